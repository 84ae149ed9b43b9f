/**
 * Test helper for quick-fixes: finds the first diagnostic of a code in a text, asks for its
 * fixes and applies one, returning what a test needs to check ("the diagnostic is gone and
 * nothing else changed").
 */
import { applyTextEdits } from '../../edit';
import { analyzeFz } from '../../model/analyze';
import { createLangDocument } from '../document';
import { quickFixesFor, type FzQuickFix } from './index';

/** What {@link applyFirstFix} returns. */
export interface FixRun {
  fixes: FzQuickFix[];
  /** The text after the chosen fix (the input when there is no fix). */
  fixed: string;
  /** Codes of every diagnostic of the fixed text. */
  codesAfter: string[];
}

/**
 * Applies fix number `pick` of the first `code` diagnostic of `text`. Throws when the text has no
 * such diagnostic (the test's broken text is wrong then).
 */
export function applyFirstFix(text: string, code: string, pick = 0): FixRun {
  const doc = createLangDocument(text);
  const diagnostic = doc.analysis.diagnostics.find((d) => d.code === code);
  if (!diagnostic) {
    const got = doc.analysis.diagnostics.map((d) => d.code).join(', ');
    throw new Error(`no ${code} in the test text (it has: ${got || 'none'})`);
  }
  const fixes = quickFixesFor(doc, diagnostic);
  const chosen = fixes[pick];
  const fixed = chosen ? applyTextEdits(text, chosen.edits) : text;
  return { fixes, fixed, codesAfter: analyzeFz(fixed).diagnostics.map((d) => d.code) };
}
