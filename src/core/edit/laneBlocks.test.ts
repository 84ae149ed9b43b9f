import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { applyChangeToDiagram } from './applyChangeToDiagram';
import { crlf, lines, refusal, runChange } from './testHarness';
import type { FzChange } from './types';

const A = [
  '// Lane A comment',
  'A { # A',
  '  n1: circle',
  '  n1.handle(bottom) -> B.n2.handle(top)',
  '}',
];
const B = ['B { # B', '  n2: circle', '  n2.handle(bottom) -> C.n3.handle(top)', '}'];
const C = [
  '// about C',
  'C { # C',
  '  n3: circle',
  '  n3.handle(top) -> A.n1.handle(bottom)',
  '  loop [again] n2 n3',
  '}',
];
const ABC = lines(...A, '', ...B, '', ...C);

/** The model of the result equals the model-side meaning of the change. */
function expectSameModel(text: string, after: string, change: FzChange): void {
  const strip = (d: ReturnType<typeof analyzeFz>['diagram']) =>
    JSON.stringify({
      lanes: d.lanes.map((l) => [l.id, l.label]),
      nodes: d.nodes.map((n) => [n.id, n.lane]),
      edges: d.edges.map((e) => [e.id, e.from, e.to, e.fromLane, e.toLane]),
      loops: d.loops.map((l) => [l.lane, l.nodes]),
    });
  const expected = applyChangeToDiagram(analyzeFz(text).diagram, change);
  expect(strip(analyzeFz(after).diagram)).toBe(strip(expected));
}

describe('moveLane', () => {
  it('moves a block up with the comment above it, keeping the blank-line separation', () => {
    const change: FzChange = { kind: 'moveLane', lane: 'C', toIndex: 0 };
    const run = runChange(ABC, change);
    expect(run.text).toBe(lines(...C, '', ...A, '', ...B));
    expectSameModel(ABC, run.text, change);
  });

  it('moves a block down, after the block it displaces', () => {
    const toEnd: FzChange = { kind: 'moveLane', lane: 'A', toIndex: 2 };
    expect(runChange(ABC, toEnd).text).toBe(lines(...B, '', ...C, '', ...A));
    expectSameModel(ABC, runChange(ABC, toEnd).text, toEnd);
    const one: FzChange = { kind: 'moveLane', lane: 'A', toIndex: 1 };
    expect(runChange(crlf(ABC), one).text).toBe(crlf(lines(...B, '', ...A, '', ...C)));
  });

  it('works without a final line break and without blank lines between blocks', () => {
    const bare = lines(...A, '', ...B).replace(/\n$/, '');
    expect(runChange(bare, { kind: 'moveLane', lane: 'B', toIndex: 0 }).text).toBe(
      lines(...B, '', ...A).replace(/\n$/, ''),
    );
    const tight = lines(...A, ...B);
    expect(runChange(tight, { kind: 'moveLane', lane: 'B', toIndex: 0 }).text).toBe(
      lines(...B, ...A),
    );
  });

  it('changes nothing for the same place and refuses bad positions and unclosed blocks', () => {
    expect(runChange(ABC, { kind: 'moveLane', lane: 'B', toIndex: 1 }).edits).toEqual([]);
    expect(refusal(ABC, { kind: 'moveLane', lane: 'B', toIndex: 3 })).toMatch(/0 to 2/);
    expect(refusal(ABC, { kind: 'moveLane', lane: 'B', toIndex: -1 })).toMatch(/position -1/);
    const open = lines(...A, '', 'B { # B', '  n2: circle');
    expect(refusal(open, { kind: 'moveLane', lane: 'B', toIndex: 0 })).toMatch(/B is never closed/);
  });
});

describe('deleteLane', () => {
  it('removes the block, its separator, edges elsewhere touching its nodes and their loop references', () => {
    const change: FzChange = { kind: 'deleteLane', lane: 'B' };
    const run = runChange(ABC, change);
    expect(run.text).toBe(
      lines(
        '// Lane A comment',
        'A { # A',
        '  n1: circle',
        '}',
        '',
        ...C.slice(0, 4),
        '  loop [again] n3',
        '}',
      ),
    );
    expect(analyzeFz(run.text).errorCount).toBe(0);
    expectSameModel(ABC, run.text, change);
  });

  it('removes the last block with the blank line before it, and the comment above it', () => {
    const change: FzChange = { kind: 'deleteLane', lane: 'C' };
    const run = runChange(crlf(ABC), change);
    expect(run.text).toBe(crlf(lines(A[0]!, A[1]!, A[2]!, A[3]!, A[4]!, '', B[0]!, B[1]!, B[3]!)));
    expectSameModel(ABC, runChange(ABC, change).text, change);
  });

  it('refuses an unknown lane', () => {
    expect(refusal(ABC, { kind: 'deleteLane', lane: 'D' })).toMatch(/no lane D/);
  });
});
