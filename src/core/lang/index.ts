/**
 * Public API of the FlowZap language services: completion, hover, go to definition, rename,
 * quick-fixes and format, as pure functions over an analysed text (`createLangDocument`). They
 * speak plain offsets (UTF-16, into the text) and 1-based positions; an editor adapter (Monaco's
 * is `src/editor/features/`) converts them. No editor types here.
 */
export {
  createLangDocument,
  laneBlockAtLine,
  type FzLangDocument,
  type FzNodeInfo,
} from './document';
export { offsetAt, positionOf, rangeOfOffsets, type FzPosition, type FzRange } from './positions';
export { allSymbols, nodeReferences, symbolAt, type FzSymbol } from './symbols';
export { highestNodeNumber, nextFreeNodeId } from './nextId';
export { completionContextAt, type FzCompletionContext } from './completionContext';
export { completeFz, type FzCompletionItem, type FzCompletionKind } from './completion';
export { hoverFz, type FzHover } from './hover';
export { definitionFz, type FzDefinition } from './definition';
export {
  nodeRenameProblem,
  prepareRename,
  renameAt,
  type FzRenameResult,
  type FzRenameTarget,
} from './rename';
export { FZ_FIXERS, FZ_UNFIXABLE, quickFixesFor, type FzMarkerRef, type FzQuickFix } from './fixes';
export { formatEdits, type FzFormatEdits } from './format';
