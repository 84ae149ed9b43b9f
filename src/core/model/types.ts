/**
 * The diagram model: what a `.fz` text means, independent of how it was written.
 * Derived from the AST by `buildModel`; every list is in file order and every id is resolved.
 * This file is the contract between the language core, the canvas, the simulator and the CLI.
 */

/** The four FlowZap node shapes. */
export type FzShape = 'circle' | 'rectangle' | 'diamond' | 'taskbox';

/** The four sides of a node where an edge can attach (React Flow "handles"). */
export type FzHandle = 'left' | 'right' | 'top' | 'bottom';

/** A range in the source text; lines and columns are 1-based, the end is exclusive. */
export interface FzSourceRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A swimlane: `Client { # Client Application`. `label` falls back to the id when absent. */
export interface FzLane {
  id: string;
  label: string;
  range: FzSourceRange;
}

/** A node: `n5: rectangle label:"Authenticate JWT Token"`. */
export interface FzNode {
  /** `n<integer>`, globally unique. */
  id: string;
  /** Id of the lane the node is declared in. */
  lane: string;
  shape: FzShape;
  /** The display text: `label`, else `description` (taskbox), else the id. */
  label: string;
  owner?: string;
  description?: string;
  system?: string;
  /** Taskbox sub-items from a `|`-separated label (`"Review|Check docs|Verify"` → the last two). */
  subItems?: string[];
  range: FzSourceRange;
}

/** An edge: `n1.handle(right) -> Gateway.n5.handle(top) [label="Route"]`. */
export interface FzEdge {
  /** `e1`, `e2`, … in file order (stable only while the file's edge order is unchanged). */
  id: string;
  from: string;
  to: string;
  fromLane: string;
  toLane: string;
  fromHandle: FzHandle;
  toHandle: FzHandle;
  label?: string;
  range: FzSourceRange;
}

/** A loop fragment: `loop [retry until valid] n2 n3`. `lane` is null when written at top level. */
export interface FzLoop {
  condition: string;
  nodes: string[];
  lane: string | null;
  range: FzSourceRange;
}

/** The whole diagram. References in edges and loops always name existing nodes and lanes. */
export interface FzDiagram {
  lanes: FzLane[];
  nodes: FzNode[];
  edges: FzEdge[];
  loops: FzLoop[];
}

/** How bad a diagnostic is: errors make the diagram invalid (and unsimulatable); warnings do not. */
export type FzSeverity = 'error' | 'warning' | 'info';

/**
 * A problem found in the text, with its exact place (1-based lines and columns, end exclusive;
 * columns count UTF-16 code units after any BOM, tabs count as one).
 */
export interface FzDiagnostic {
  /** Stable catalogue code, `FZ001` … (see `src/core/fz/diagnostics.ts`). */
  code: string;
  severity: FzSeverity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
