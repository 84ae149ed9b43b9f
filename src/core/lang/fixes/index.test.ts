import { describe, expect, it } from 'vitest';
import { FZ_DIAGNOSTICS } from '../../fz/diagnostics';
import { createLangDocument } from '../document';
import { CLEAN, withLine } from '../testDocs';
import { FZ_FIXERS, FZ_UNFIXABLE, quickFixesFor } from './index';

describe('the quick-fix catalogue', () => {
  it('covers every diagnostic code exactly once: a fixer or a reason', () => {
    for (const code of Object.keys(FZ_DIAGNOSTICS)) {
      expect([code in FZ_FIXERS, code in FZ_UNFIXABLE]).toContain(true);
      expect(code in FZ_FIXERS && code in FZ_UNFIXABLE).toBe(false);
    }
    for (const code of [...Object.keys(FZ_FIXERS), ...Object.keys(FZ_UNFIXABLE)]) {
      expect(FZ_DIAGNOSTICS).toHaveProperty(code);
    }
  });
});

describe('quickFixesFor', () => {
  const text = withLine(2, '  n1: circle label="Start"');
  const doc = createLangDocument(text);

  it('answers the diagnostic at the marker’s place', () => {
    expect(quickFixesFor(doc, { code: 'FZ008', line: 2, column: 14 })).toHaveLength(1);
  });

  it('answers nothing for a stale marker (moved, or another code)', () => {
    expect(quickFixesFor(doc, { code: 'FZ008', line: 3, column: 14 })).toEqual([]);
    expect(quickFixesFor(doc, { code: 'FZ009', line: 2, column: 14 })).toEqual([]);
    expect(
      quickFixesFor(createLangDocument(CLEAN), { code: 'FZ008', line: 2, column: 14 }),
    ).toEqual([]);
  });

  it('answers nothing for codes without a fixer', () => {
    const broken = withLine(9, '  n4: diamond label:"Valid?"\n  n5: circle');
    const d = createLangDocument(broken).analysis.diagnostics.find((x) => x.code === 'FZ104');
    expect(d).toBeDefined();
    expect(quickFixesFor(createLangDocument(broken), d!)).toEqual([]);
  });
});
