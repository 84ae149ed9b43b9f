/**
 * The shapes shared by the quick-fixes: what a fix is, and what a fixer gets (the current
 * diagnostic, already matched against a fresh analysis of the text, with its offsets).
 */
import type { FzTextEdit } from '../../edit/types';
import type { FzDiagnostic } from '../../model/types';
import type { FzLangDocument } from '../document';

/**
 * One quick-fix: a titled batch of edits (sorted, non-overlapping, offsets into the text it was
 * computed on) that the editor applies as one undo step. `preferred` marks the fix an editor may
 * apply on its own ("auto fix").
 */
export interface FzQuickFix {
  title: string;
  /** The diagnostic code it repairs. */
  code: string;
  edits: FzTextEdit[];
  preferred: boolean;
}

/** A diagnostic of the current text with its offsets `[start, end)`. */
export interface FzFixTarget {
  doc: FzLangDocument;
  diagnostic: FzDiagnostic;
  start: number;
  end: number;
}

/** Computes the fixes of one diagnostic code; empty when this occurrence has none. */
export type FzFixer = (target: FzFixTarget) => FzQuickFix[];
