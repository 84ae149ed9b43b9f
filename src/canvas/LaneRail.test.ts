import { describe, expect, it } from 'vitest';
import { checkoutDiagram } from '../core/layout/testDiagrams';
import { railLanesOf } from './LaneRail';
import { toFlowElements } from './toFlowElements';

describe('railLanesOf', () => {
  it('repeats every lane band, in order, with its name', () => {
    const { nodes } = toFlowElements(checkoutDiagram(), null);
    const rail = railLanesOf(nodes);
    expect(rail.map((lane) => lane.label)).toEqual(['Web Shop', 'Edge Proxy', 'Backend Services']);
    for (let i = 1; i < rail.length; i++) {
      expect(rail[i]!.y).toBe(rail[i - 1]!.y + rail[i - 1]!.height);
    }
  });
});
