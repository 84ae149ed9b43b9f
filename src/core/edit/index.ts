/**
 * Public API of the edit core: a gesture (`FzChange`) → minimal text edits (`computeEdits`),
 * applying and undoing edit batches (`applyTextEdits`, `invertTextEdits`), and the same change
 * on the model (`applyChangeToDiagram`). Pure; see README.md for the rules each change follows.
 */
export type {
  FzChange,
  FzChangeOf,
  FzClipboardEdge,
  FzClipboardNode,
  FzEditResult,
  FzTextEdit,
} from './types';
export { computeEdits } from './computeEdits';
export { applyTextEdits, checkTextEdits, invertTextEdits } from './textEdits';
export { applyChangeToDiagram } from './applyChangeToDiagram';
export { copyToClipboard } from './clipboard';
export { MAX_EDIT_LABEL_LENGTH, labelProblem, laneIdProblem, nodeIdProblem } from './checks';
