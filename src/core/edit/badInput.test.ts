import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { MAX_EDIT_LABEL_LENGTH } from './checks';
import { computeEdits } from './computeEdits';
import { CHECKOUT, refusal, runChange } from './testHarness';
import type { FzChange } from './types';

describe('labels a person may type', () => {
  it('refuses line breaks and control characters instead of altering them', () => {
    for (const label of [
      'two\nlines',
      'cr\rhere',
      'bell\u0007',
      'nul\u0000',
      'del\u007f',
      'ls\u2028',
    ]) {
      expect(refusal(CHECKOUT, { kind: 'setNodeLabel', node: 'n1', label })).toMatch(
        /^The label of n1 contains (a line break|control character U\+[0-9A-F]{4})/,
      );
      expect(refusal(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e1', label })).toMatch(/contains/);
      expect(refusal(CHECKOUT, { kind: 'setLaneLabel', lane: 'Client', label })).toMatch(
        /contains/,
      );
    }
  });

  it('accepts tabs and emoji (FlowZap may not render emoji: warning FZ103)', () => {
    const run = runChange(CHECKOUT, { kind: 'setNodeLabel', node: 'n1', label: 'Go\t🚀' });
    const analysis = analyzeFz(run.text);
    expect(analysis.diagram.nodes[0]!.label).toBe('Go\t🚀');
    expect(analysis.diagnostics.map((d) => d.code)).toContain('FZ103');
  });

  it('accepts long labels with the FZ102 warning, and refuses a pasted document', () => {
    const long = 'x'.repeat(MAX_EDIT_LABEL_LENGTH);
    const run = runChange(CHECKOUT, { kind: 'setNodeLabel', node: 'n1', label: long });
    expect(analyzeFz(run.text).diagram.nodes[0]!.label).toBe(long);
    expect(analyzeFz(run.text).diagnostics.map((d) => d.code)).toContain('FZ102');
    expect(refusal(CHECKOUT, { kind: 'setNodeLabel', node: 'n1', label: `${long}x` })).toMatch(
      /5001 characters long; the limit is 5000/,
    );
  });
});

describe('changes that cannot apply', () => {
  it('name what is wrong and never throw, whatever the text', () => {
    const texts = ['', '\u0000\u0001binary\uFFFF', 'A {\n  n1: circle\n', '}}}\n{{{', CHECKOUT];
    const changes: FzChange[] = [
      { kind: 'setNodeLabel', node: 'n77', label: 'x' },
      { kind: 'deleteElements', nodes: [], edges: ['e77'] },
      { kind: 'renameLane', from: 'Nope', to: 'Other' },
      { kind: 'moveLane', lane: 'Nope', toIndex: 0 },
      { kind: 'connect', from: 'n77', fromHandle: 'right', to: 'n1', toHandle: 'left' },
    ];
    for (const text of texts) {
      for (const change of changes) {
        const result = computeEdits(text, change);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/n77|e77|Nope/);
      }
    }
  });

  it('refuses a change kind it does not know', () => {
    const strange = { kind: 'explode' } as unknown as FzChange;
    expect(computeEdits(CHECKOUT, strange)).toEqual({
      ok: false,
      message: 'Unknown change kind "explode".',
    });
  });

  it('refuses to move or connect a node declared outside any lane', () => {
    const text = 'n1: circle\nA {\n  n2: circle\n}\n';
    expect(refusal(text, { kind: 'moveNodeToLane', node: 'n1', lane: 'A' })).toMatch(
      /outside any lane/,
    );
    expect(
      refusal(text, {
        kind: 'connect',
        from: 'n2',
        fromHandle: 'right',
        to: 'n1',
        toHandle: 'left',
      }),
    ).toMatch(/outside any lane/);
  });
});
