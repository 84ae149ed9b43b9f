/** The streaming interface between the parser and the model builder (`analyzeFz`). */
import type { FzAstEdge, FzAstLane, FzAstLoop, FzAstNode } from './ast';
import type { DiagnosticSink } from './diagnosticSink';
import type { FzLineIndex } from './lineIndex';

/**
 * Receives statements as they are parsed, instead of (or besides) an AST. The objects passed may be
 * reused for the next statement when no AST is kept: a listener must copy what it needs.
 */
export interface FzStatementListener {
  /** Called once before any statement, with the text's line index and the diagnostic sink. */
  begin(lines: FzLineIndex, sink: DiagnosticSink): void;
  /** A lane header was read (its label may still be set by a legacy label line that follows). */
  lane(lane: FzAstLane): void;
  /** A node statement, inside `lane` or at the top level (null). */
  node(node: FzAstNode, lane: FzAstLane | null): void;
  /** An edge statement, inside `lane` or at the top level (null). */
  edge(edge: FzAstEdge, lane: FzAstLane | null): void;
  /** A loop statement, inside `lane` or at the top level (null). */
  loop(loop: FzAstLoop, lane: FzAstLane | null): void;
}
