import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';
import type { FzChange } from './types';

const CLIPBOARD: FzChange = {
  kind: 'paste',
  lane: 'Gateway',
  nodes: [
    { id: 'n1', shape: 'circle', label: 'Start' },
    { id: 'n7', shape: 'taskbox', label: 'Review|Docs', owner: 'Ops' },
  ],
  edges: [{ from: 'n1', to: 'n7', fromHandle: 'right', toHandle: 'left', label: 'next' }],
};

describe('paste', () => {
  it('adds the nodes with fresh ids and their edges re-mapped, in canonical form', () => {
    const run = runChange(crlf(CHECKOUT), CLIPBOARD);
    expect(run.text).toBe(
      crlf(
        checkoutWith({
          14: '  n4: rectangle label:"Return 401"\n  n5: circle label:"Start"\n  n6: taskbox label:"Review|Docs" owner:"Ops"',
          17: '  n4.handle(top) -> Client.n1.handle(bottom)\n  n5.handle(right) -> n6.handle(left) [label="next"]',
        }),
      ),
    );
    expect(run.created).toEqual(['n5', 'n6', 'e6']);
    expect(run.touched).toEqual([]);
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('puts the edges after the new nodes in a lane without edges', () => {
    const run = runChange(lines('A { # A', '}'), { ...CLIPBOARD, lane: 'A' } as FzChange);
    expect(run.text).toBe(
      lines(
        'A { # A',
        '  n1: circle label:"Start"',
        '  n2: taskbox label:"Review|Docs" owner:"Ops"',
        '  n1.handle(right) -> n2.handle(left) [label="next"]',
        '}',
      ),
    );
    expect(run.created).toEqual(['n1', 'n2', 'e1']);
  });

  it('changes nothing for an empty clipboard and refuses inconsistent clipboards', () => {
    expect(
      runChange(CHECKOUT, { kind: 'paste', lane: 'Client', nodes: [], edges: [] }).edits,
    ).toEqual([]);
    const twice: FzChange = {
      kind: 'paste',
      lane: 'Client',
      nodes: [
        { id: 'n1', shape: 'circle' },
        { id: 'n1', shape: 'circle' },
      ],
      edges: [],
    };
    expect(refusal(CHECKOUT, twice)).toMatch(/same id/);
    const dangling: FzChange = {
      kind: 'paste',
      lane: 'Client',
      nodes: [{ id: 'n1', shape: 'circle' }],
      edges: [{ from: 'n1', to: 'n9', fromHandle: 'right', toHandle: 'left' }],
    };
    expect(refusal(CHECKOUT, dangling)).toMatch(/n9, which was not copied/);
    const badLabel: FzChange = {
      kind: 'paste',
      lane: 'Client',
      nodes: [{ id: 'n1', shape: 'circle', owner: 'a\u0007b' }],
      edges: [],
    };
    expect(refusal(CHECKOUT, badLabel)).toMatch(
      /owner of copied node n1 contains control character U\+0007/,
    );
    expect(refusal(CHECKOUT, { ...CLIPBOARD, lane: 'Nope' } as FzChange)).toMatch(/no lane Nope/);
  });
});
