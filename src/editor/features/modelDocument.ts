/**
 * The bridge between Monaco models and the pure language services: one analysed
 * `FzLangDocument` per model version (so the hover, the lightbulb and completion on the same text
 * parse once), and conversions between text offsets and Monaco positions. Offsets come from the
 * model's own text (`getValue()`), whose line breaks Monaco has normalised and whose BOM it has
 * stripped; `core/lang` counts columns in UTF-16 units, as Monaco does.
 */
import type { IPosition, IRange, editor } from 'monaco-editor/editor';
import { createLangDocument, offsetAt, rangeOfOffsets, type FzLangDocument } from '../../core/lang';
import type { FzTextEdit } from '../../core/edit';

const cache = new WeakMap<editor.ITextModel, { version: number; doc: FzLangDocument }>();

/** The analysed text of `model` at its current version. */
export function langDocumentOf(model: editor.ITextModel): FzLangDocument {
  const version = model.getVersionId();
  const hit = cache.get(model);
  if (hit && hit.version === version) return hit.doc;
  const doc = createLangDocument(model.getValue());
  cache.set(model, { version, doc });
  return doc;
}

/** The text offset of a Monaco position. */
export function offsetOf(doc: FzLangDocument, position: IPosition): number {
  return offsetAt(doc.lines, { line: position.lineNumber, column: position.column });
}

/** The Monaco range of offsets `[start, end)`. */
export function monacoRange(doc: FzLangDocument, start: number, end: number): IRange {
  const r = rangeOfOffsets(doc.lines, start, end);
  return {
    startLineNumber: r.startLine,
    startColumn: r.startColumn,
    endLineNumber: r.endLine,
    endColumn: r.endColumn,
  };
}

/** Text edits as Monaco workspace text edits on `model` (guarded by its current version). */
export function workspaceEdits(
  model: editor.ITextModel,
  doc: FzLangDocument,
  edits: readonly FzTextEdit[],
) {
  const versionId = model.getVersionId();
  return edits.map((e) => ({
    resource: model.uri,
    versionId,
    textEdit: { range: monacoRange(doc, e.start, e.end), text: e.insert },
  }));
}
