/**
 * Edits of a `.fz` text as data. The canvas (and the code pane's commands) describe what a person
 * did as an {@link FzChange}; `computeEdits(text, change)` (a pure function) answers with the
 * minimal {@link FzTextEdit}s that make the text say it, like jsonc-parser's `modify()` → `Edit[]`.
 * The store hands those edits to the editor so that both panes share one undo history.
 *
 * Everything is addressed by what the text says: node ids (`n5`), lane ids (`Gateway`) and edge
 * ids (`e3`, the n-th edge statement of the current text, as in `FzDiagram.edges`). A change is
 * always computed against the text it was made on, so those ids are current.
 */
import type { FzHandle, FzShape } from '../model/types';

/**
 * One replacement in a text: `text[start, end)` becomes `insert`. Offsets are UTF-16 code units
 * into the text *before* any edit of the same batch; a batch is sorted by `start` and its ranges
 * never overlap (an insertion, `start === end`, may touch a neighbour's range).
 */
export interface FzTextEdit {
  start: number;
  end: number;
  insert: string;
}

/**
 * A node as copied to the clipboard: everything but its place (ids are re-assigned on paste).
 * `label` is the label attribute as written: a taskbox's sub-items joined back with `|`, and
 * absent when the node had none (its display text was then its description or id).
 */
export interface FzClipboardNode {
  /** The id it had where it was copied (edges below refer to it). */
  id: string;
  shape: FzShape;
  label?: string;
  owner?: string;
  description?: string;
  system?: string;
}

/** An edge between two copied nodes, by their copied ids. */
export interface FzClipboardEdge {
  from: string;
  to: string;
  fromHandle: FzHandle;
  toHandle: FzHandle;
  label?: string;
}

/**
 * What a person did to the diagram. Every kind has one meaning in the text (`computeEdits`) and
 * the same meaning on the model (`applyChangeToDiagram`):
 * - `addNode`: a new node line at the end of `lane`'s nodes (after its last node line, so the
 *   block keeps FlowZap's nodes-then-edges layout; after `after` when given, which must be in
 *   `lane`), with `id` or else the next free `nX` (one more than the highest id the file
 *   mentions). An absent or `''` label writes no label.
 * - `deleteElements`: removes node lines and edge lines; a deleted node takes every edge that
 *   touches it (anywhere in the file) and its references in loops with it (a loop left with no
 *   node goes too).
 * - `setNodeLabel` / `setNodeShape`: rewrites only that attribute or word in the node's line
 *   (a label of `''` removes the attribute; FlowZap then shows the description or the id).
 * - `moveNodeToLane`: the node's line moves to the end of `lane`'s nodes; its outgoing edges that
 *   were written in its old block move with it to the end of `lane`'s edges (FlowZap writes an
 *   edge in its source's lane block); every edge that touches it gets the target lane prefix it
 *   now needs (and loses one it no longer needs).
 * - `connect`: a new edge line after the last edge line of the source node's lane block, with a
 *   lane prefix on the target when it is in another lane.
 * - `reconnect`: one end of an existing edge now names another node and/or handle (and the target
 *   prefix follows); a source moved to another lane takes the edge line to that lane's block.
 * - `setEdgeLabel`: adds, changes or (with `null` or `''`) removes the edge's `[label="…"]`.
 * - `addLane`: a new empty lane block (after the last lane, or before `before` and the comment
 *   lines directly above it).
 * - `setLaneLabel`: the `# Label` of a lane header (or of its legacy label line); `''` removes it.
 * - `renameLane`: the lane id `from` becomes `to` in its header and in every edge prefix.
 * - `moveLane`: the lane's block (header, body, closing brace and the comments directly above it)
 *   moves so that it becomes the `toIndex`-th lane (0-based).
 * - `deleteLane`: the lane's block goes, with its nodes' edges and loop references elsewhere.
 * - `paste`: the clipboard's nodes are added at the end of `lane`'s nodes with fresh ids (next
 *   free, in order), and its edges between them at the end of its edges, with those ids.
 * - `renameNode`: the id `from` becomes `to` in its declaration, every edge and every loop.
 * - `renumberNodes`: ids become `n1, n2, …` in declaration order, gap-free, everywhere.
 */
export type FzChange =
  | { kind: 'addNode'; lane: string; shape: FzShape; label?: string; id?: string; after?: string }
  | { kind: 'deleteElements'; nodes: readonly string[]; edges: readonly string[] }
  | { kind: 'setNodeLabel'; node: string; label: string }
  | { kind: 'setNodeShape'; node: string; shape: FzShape }
  | { kind: 'moveNodeToLane'; node: string; lane: string }
  | {
      kind: 'connect';
      from: string;
      fromHandle: FzHandle;
      to: string;
      toHandle: FzHandle;
      label?: string;
    }
  | {
      kind: 'reconnect';
      edge: string;
      end: 'source' | 'target';
      node: string;
      handle: FzHandle;
    }
  | { kind: 'setEdgeLabel'; edge: string; label: string | null }
  | { kind: 'addLane'; id: string; label?: string; before?: string }
  | { kind: 'setLaneLabel'; lane: string; label: string }
  | { kind: 'renameLane'; from: string; to: string }
  | { kind: 'moveLane'; lane: string; toIndex: number }
  | { kind: 'deleteLane'; lane: string }
  | {
      kind: 'paste';
      lane: string;
      nodes: readonly FzClipboardNode[];
      edges: readonly FzClipboardEdge[];
    }
  | { kind: 'renameNode'; from: string; to: string }
  | { kind: 'renumberNodes' };

/**
 * What `computeEdits` answers. `ok: false` carries a message for the person (an unknown node, a
 * lane id that is taken, a target id in use…) and means "change nothing". `created` lists the ids
 * the change made (a new node's id, pasted ids, a new edge's future `eN`) so the UI can select them.
 */
export type FzEditResult =
  { ok: true; edits: FzTextEdit[]; created: string[] } | { ok: false; message: string };

/** The change of one kind, e.g. `FzChangeOf<'connect'>`. */
export type FzChangeOf<K extends FzChange['kind']> = Extract<FzChange, { kind: K }>;
