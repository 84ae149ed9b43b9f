import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { copyToClipboard } from './clipboard';
import { lines, runChange } from './testHarness';

const TEXT = lines(
  'A { # A',
  '  n1: taskbox label:"Review|Docs|Sign" owner:"Ops" description:"Check"',
  '  n2: rectangle',
  '  n3: circle label:"End"',
  '  n1.handle(right) -> n2.handle(left) [label="ok"]',
  '  n2.handle(right) -> n3.handle(left)',
  '}',
);

describe('copyToClipboard', () => {
  it('copies nodes as written and only the edges between them; pasting gives equal copies', () => {
    const diagram = analyzeFz(TEXT).diagram;
    const clip = copyToClipboard(diagram, ['n1', 'n2', 'n9']);
    expect(clip).toEqual({
      nodes: [
        {
          id: 'n1',
          shape: 'taskbox',
          label: 'Review|Docs|Sign',
          owner: 'Ops',
          description: 'Check',
        },
        { id: 'n2', shape: 'rectangle' },
      ],
      edges: [{ from: 'n1', to: 'n2', fromHandle: 'right', toHandle: 'left', label: 'ok' }],
    });
    const run = runChange(TEXT, { kind: 'paste', lane: 'A', ...clip });
    const after = analyzeFz(run.text).diagram;
    const strip = ({ id: _id, range: _range, ...rest }: (typeof after.nodes)[number]) => rest;
    expect(strip(after.nodes[3]!)).toEqual(strip(diagram.nodes[0]!));
    expect(after.nodes[4]).toMatchObject({ id: 'n5', label: 'n5', shape: 'rectangle' });
  });
});
