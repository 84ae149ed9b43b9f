/**
 * Quick-fixes for FlowZap diagnostics. Every catalogue code with one obvious repair has a fixer
 * here; {@link FZ_UNFIXABLE} says why the others have none. A fix is computed against a fresh
 * analysis of the text: the diagnostic it is asked for must still be there (same code, same
 * start), else there is nothing to fix (the marker was stale).
 */
import type { FzDiagnostic } from '../../model/types';
import type { FzLangDocument } from '../document';
import { offsetAt } from '../positions';
import {
  fixDuplicateNode,
  fixLanePrefix,
  fixMissingLanePrefix,
  fixUndeclaredNode,
} from './referenceFixes';
import { fixBadNodeId, fixNumberingGaps } from './renameFixes';
import {
  fixCommentLine,
  fixEdgeOutsideSourceLane,
  fixEmptyFile,
  fixLegacyLaneLabel,
  fixLoopOutsideLane,
  fixNestedLane,
  fixNodeOutsideLane,
  fixStrayBrace,
  fixUnclosedLane,
} from './structureFixes';
import {
  fixBadDirection,
  fixDuplicateAttribute,
  fixEdgeLabelColon,
  fixEscapes,
  fixMissingHandle,
  fixNodeAttributeEquals,
  fixUnknownAttribute,
  fixUnknownShape,
  fixUnprintable,
  fixUnterminatedString,
} from './syntaxFixes';
import type { FzFixer, FzQuickFix } from './types';

export type { FzQuickFix } from './types';

/** The fixer of each fixable code. */
export const FZ_FIXERS: Readonly<Record<string, FzFixer>> = {
  FZ001: fixEmptyFile,
  FZ002: fixUnterminatedString,
  FZ004: fixUnknownShape,
  FZ005: fixBadNodeId,
  FZ006: fixDuplicateNode,
  FZ007: fixUnknownAttribute,
  FZ008: fixNodeAttributeEquals,
  FZ009: fixEdgeLabelColon,
  FZ010: fixMissingHandle,
  FZ011: fixBadDirection,
  FZ012: fixUndeclaredNode,
  FZ013: fixLanePrefix,
  FZ014: fixMissingLanePrefix,
  FZ015: fixLanePrefix,
  FZ016: fixUnclosedLane,
  FZ017: fixStrayBrace,
  FZ018: fixNestedLane,
  FZ019: fixNodeOutsideLane,
  FZ022: fixDuplicateAttribute,
  FZ101: fixNumberingGaps,
  FZ103: fixUnprintable,
  FZ105: fixEdgeOutsideSourceLane,
  FZ106: fixLoopOutsideLane,
  FZ108: fixLegacyLaneLabel,
  FZ109: fixCommentLine,
  FZ111: fixEscapes,
};

/** Why the remaining codes get no quick-fix: none of them has one obvious repair. */
export const FZ_UNFIXABLE: Readonly<Record<string, string>> = {
  FZ003: 'the line is none of the statements; what it was meant to be cannot be guessed',
  FZ020:
    'a token is missing or misplaced somewhere in a recognised statement; many different repairs',
  FZ021:
    'a duplicate lane can be merged into the first or renamed, and only the author knows the new name',
  FZ102: 'shortening a label needs the author’s words',
  FZ104: 'an orphan node needs an edge to somewhere or deleting; neither is obvious',
  FZ107: 'a loop needs a second node only the author can name (or deleting)',
  FZ110: 'a response edge needs a source and target node only the author can choose',
  FZ900: 'information only (diagnostics were capped)',
};

/** Where a diagnostic starts, as the editor's marker has it (1-based). */
export interface FzMarkerRef {
  code: string;
  line: number;
  column: number;
}

function toOffsets(doc: FzLangDocument, d: FzDiagnostic): { start: number; end: number } {
  const start = offsetAt(doc.lines, { line: d.line, column: d.column });
  const end = offsetAt(doc.lines, { line: d.endLine, column: d.endColumn });
  return { start, end: Math.max(start, end) };
}

/**
 * The quick-fixes of the diagnostic that `marker` shows, computed on `doc`. Empty when the code has
 * no fixer, when the text no longer has that diagnostic there, or when this occurrence cannot be
 * fixed safely. Each fix's edits are one valid batch (sorted, non-overlapping). Never throws.
 */
export function quickFixesFor(doc: FzLangDocument, marker: FzMarkerRef): FzQuickFix[] {
  const fixer = FZ_FIXERS[marker.code];
  if (!fixer) return [];
  const diagnostic = doc.analysis.diagnostics.find(
    (d) => d.code === marker.code && d.line === marker.line && d.column === marker.column,
  );
  if (!diagnostic) return [];
  return fixer({ doc, diagnostic, ...toOffsets(doc, diagnostic) });
}
