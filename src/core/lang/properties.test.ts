/**
 * Property tests: on any mix of good and broken FlowZap lines (CRLF, BOM and emoji included), no
 * language service throws, and every quick-fix is a valid edit batch that leaves fewer
 * diagnostics of its code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, checkTextEdits } from '../edit';
import { analyzeFz } from '../model/analyze';
import { completeFz } from './completion';
import { definitionFz } from './definition';
import { createLangDocument } from './document';
import { quickFixesFor } from './fixes';
import { formatEdits } from './format';
import { hoverFz } from './hover';
import { prepareRename, renameAt } from './rename';

const SLOW_TEST_TIMEOUT = 120_000;

/** Lines that are right, lines with one known mistake, and fragments of lines. */
const line = fc.constantFrom(
  'Client { # Web Client',
  'Api {',
  '# Public API',
  '}',
  '',
  '  n1: circle label:"Start"',
  '  n2: rectangle label="Send"',
  '  n3: rect label:"Check😀"',
  '  n3: diamond label:"Dup" label:"Again"',
  '  start: circle lable:"Go"',
  '  n9: taskbox owner:"Ops" priority:"high"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Api.n3.handle(top) [label:"POST"]',
  '  n2.handle(Down) -> n3 [label="x]',
  '  n3.handle(top) -> Client.n1.handle(bottom) [color="red"]',
  '  n1 -> Nowhere.n2.handle(left)',
  '  loop [retry] n1 n7',
  'loop [again] n2',
  '  // note',
  '  n4: circle label:"Say \\"hi\\""',
  '  n5: rectangle label:"unterminated',
  'n6: circle',
  '  n2.',
  '  n1.handle(',
  '  n1.handle(right) -> ',
  '  n7: ',
);

const fzText = fc
  .tuple(fc.array(line, { maxLength: 14 }), fc.boolean(), fc.boolean())
  .map(([lines, crlf, bom]) => (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n'));

describe('language services on arbitrary text', () => {
  it(
    'never throw, at any offset',
    () => {
      fc.assert(
        fc.property(fzText, (text) => {
          const doc = createLangDocument(text);
          for (let offset = 0; offset <= text.length; offset += 3) {
            completeFz(doc, offset);
            hoverFz(doc, offset);
            definitionFz(doc, offset);
            const target = prepareRename(doc, offset);
            if (target.ok) renameAt(doc, offset, 'n99');
          }
          const format = formatEdits(text);
          if (format.ok) expect(checkTextEdits(text.length, format.edits)).toBeNull();
        }),
        { numRuns: 150 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'give quick-fixes that are valid batches and leave fewer diagnostics of their code',
    () => {
      fc.assert(
        fc.property(fzText, (text) => {
          const doc = createLangDocument(text);
          for (const d of doc.analysis.diagnostics) {
            for (const fix of quickFixesFor(doc, d)) {
              expect(checkTextEdits(text.length, fix.edits)).toBeNull();
              const fixed = applyTextEdits(text, fix.edits);
              // Fewer diagnostics of the code (a deleted line may bring an identical one to the
              // same place, so "not at that place any more" would be the wrong test).
              const count = (t: string): number =>
                analyzeFz(t).diagnostics.filter((x) => x.code === d.code).length;
              expect(
                count(fixed),
                `${d.code} at ${d.line}:${d.column}: "${fix.title}"`,
              ).toBeLessThan(count(text));
            }
          }
        }),
        { numRuns: 150 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );
});
