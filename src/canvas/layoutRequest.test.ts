import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz';
import type { FzLayout } from '../core/layout/types';
import { answerLayoutRequest } from './layoutRequest';
import type { FzLayoutResponse } from './layoutProtocol';

const diagram = analyzeFz(
  'Ops { # Ops\n  n1: circle label:"Go"\n  n2: rectangle label:"Do"\n  n1.handle(right) -> n2.handle(left)\n}\n',
).diagram;

describe('answerLayoutRequest', () => {
  it('posts the progress of the layout, then the layout', async () => {
    const layout: FzLayout = { nodes: {}, lanes: {}, width: 1, height: 1 };
    const posted: FzLayoutResponse[] = [];
    await answerLayoutRequest(
      { seq: 4, diagram },
      async (_, onPhase) => {
        onPhase('flow');
        return layout;
      },
      (m) => posted.push(m),
    );
    expect(posted).toEqual([
      { seq: 4, progress: { phase: 'flow', nodes: 2 } },
      { seq: 4, layout },
    ]);
  });

  it('answers with the file-order placement when the layout fails (the canvas never waits forever)', async () => {
    const posted: FzLayoutResponse[] = [];
    await answerLayoutRequest(
      { seq: 7, diagram },
      () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
      (m) => posted.push(m),
    );
    expect(posted).toHaveLength(1);
    const answer = posted[0]!;
    expect(answer.seq).toBe(7);
    expect('layout' in answer && Object.keys(answer.layout.nodes).sort()).toEqual(['n1', 'n2']);
  });
});
