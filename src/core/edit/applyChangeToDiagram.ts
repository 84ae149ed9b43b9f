/**
 * `applyChangeToDiagram(diagram, change)`: what a change means for the diagram model, computed on
 * the model alone. It is a second implementation of each change's meaning, independent of the
 * text path (`computeEdits`), so a property test can check one against the other; the UI may
 * also use it to show a change before the text is re-analysed.
 */
import type { FzDiagram } from '../model/types';
import { connectInDiagram, reconnectInDiagram, setEdgeLabelInDiagram } from './diagramEdges';
import {
  addLaneToDiagram,
  deleteLaneFromDiagram,
  moveLaneInDiagram,
  renameLaneInDiagram,
  setLaneLabelInDiagram,
} from './diagramLanes';
import {
  addNodeToDiagram,
  deleteFromDiagram,
  moveNodeInDiagram,
  pasteIntoDiagram,
  renameNodeInDiagram,
  renumberDiagram,
  setNodeLabelInDiagram,
  setNodeShapeInDiagram,
} from './diagramNodes';
import type { FzChange } from './types';

/**
 * The diagram after `change`, as `analyzeFz` would read the text that `computeEdits` writes for
 * it, ranges aside: lists keep file order, edge ids are renumbered `e1…` in order, nodes and
 * lanes with no label show their id. Pure; never throws; the input is not modified.
 *
 * Differences by design: existing elements keep their old `range` and new ones get a zero range
 * (ranges describe a text); a change that does not apply (unknown id or lane, or one that
 * `computeEdits` would refuse for a reason visible in the model) returns `diagram` itself, but
 * label checks (line breaks, length) are `computeEdits`'s job. It assumes FlowZap's layout
 * (every edge written in its source node's lane block), which the text path keeps.
 *
 * @example const next = applyChangeToDiagram(diagram, { kind: 'setNodeShape', node: 'n2', shape: 'diamond' });
 */
export function applyChangeToDiagram(diagram: FzDiagram, change: FzChange): FzDiagram {
  switch (change.kind) {
    case 'addNode':
      return addNodeToDiagram(diagram, change);
    case 'deleteElements':
      return deleteFromDiagram(diagram, change);
    case 'setNodeLabel':
      return setNodeLabelInDiagram(diagram, change);
    case 'setNodeShape':
      return setNodeShapeInDiagram(diagram, change);
    case 'moveNodeToLane':
      return moveNodeInDiagram(diagram, change);
    case 'connect':
      return connectInDiagram(diagram, change);
    case 'reconnect':
      return reconnectInDiagram(diagram, change);
    case 'setEdgeLabel':
      return setEdgeLabelInDiagram(diagram, change);
    case 'addLane':
      return addLaneToDiagram(diagram, change);
    case 'setLaneLabel':
      return setLaneLabelInDiagram(diagram, change);
    case 'renameLane':
      return renameLaneInDiagram(diagram, change);
    case 'moveLane':
      return moveLaneInDiagram(diagram, change);
    case 'deleteLane':
      return deleteLaneFromDiagram(diagram, change);
    case 'paste':
      return pasteIntoDiagram(diagram, change);
    case 'renameNode':
      return renameNodeInDiagram(diagram, change);
    case 'renumberNodes':
      return renumberDiagram(diagram);
    default:
      return unknownKind(diagram, change);
  }
}

/** A kind TypeScript does not know (data from elsewhere): nothing changes. */
function unknownKind(diagram: FzDiagram, _change: never): FzDiagram {
  return diagram;
}
