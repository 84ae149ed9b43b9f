/**
 * `computeEdits(text, change)`: the one entry point from a gesture to text edits. Reads the text
 * as it is (errors included) and hands the change to the function of its kind; each kind's rules
 * are in its own file (`nodeEdits`, `deleteEdits`, `moveNode`, `edgeEdits`, `laneEdits`,
 * `laneBlocks`, `paste`, `renameNodes`).
 */
import { deleteElements } from './deleteEdits';
import { readEditDoc } from './editDoc';
import { connect, reconnect, setEdgeLabel } from './edgeEdits';
import { deleteLane, moveLane } from './laneBlocks';
import { addLane, renameLane, setLaneLabel } from './laneEdits';
import { moveNodeToLane } from './moveNode';
import { addNode, setNodeLabel, setNodeShape } from './nodeEdits';
import { paste } from './paste';
import { renameNode, renumberNodes } from './renameNodes';
import type { FzChange, FzEditResult } from './types';

/** A kind TypeScript does not know (data from elsewhere): refused, never thrown. */
function unknownKind(change: never): FzEditResult {
  const kind = (change as { kind?: unknown }).kind;
  return { ok: false, message: `Unknown change kind ${JSON.stringify(kind)}.` };
}

/**
 * The minimal edits that make `text` say `change` (like jsonc-parser's `modify`): bytes outside
 * the statements the change concerns never change; comments, blank lines, indentation and line
 * endings are kept; new lines use the file's line break and its lanes' indentation. The edits are
 * relative to `text`, sorted and non-overlapping: apply them with `applyTextEdits` or an
 * editor's `executeEdits`, and undo them with `invertTextEdits`.
 *
 * Pure; never throws on any text or change from the UI. Unknown ids, taken ids, bad labels or a
 * change that cannot apply give `{ ok: false, message }` (nothing to apply). A change that the
 * text already says gives `{ ok: true, edits: [] }`. `created` lists the ids the change made.
 *
 * @example
 * const r = computeEdits(text, { kind: 'setNodeLabel', node: 'n5', label: 'Check JWT' });
 * if (r.ok) text = applyTextEdits(text, r.edits);
 */
export function computeEdits(text: string, change: FzChange): FzEditResult {
  const doc = readEditDoc(text);
  switch (change.kind) {
    case 'addNode':
      return addNode(doc, change);
    case 'deleteElements':
      return deleteElements(doc, change);
    case 'setNodeLabel':
      return setNodeLabel(doc, change);
    case 'setNodeShape':
      return setNodeShape(doc, change);
    case 'moveNodeToLane':
      return moveNodeToLane(doc, change);
    case 'connect':
      return connect(doc, change);
    case 'reconnect':
      return reconnect(doc, change);
    case 'setEdgeLabel':
      return setEdgeLabel(doc, change);
    case 'addLane':
      return addLane(doc, change);
    case 'setLaneLabel':
      return setLaneLabel(doc, change);
    case 'renameLane':
      return renameLane(doc, change);
    case 'moveLane':
      return moveLane(doc, change);
    case 'deleteLane':
      return deleteLane(doc, change);
    case 'paste':
      return paste(doc, change);
    case 'renameNode':
      return renameNode(doc, change);
    case 'renumberNodes':
      return renumberNodes(doc);
    default:
      return unknownKind(change);
  }
}
