import { describe, expect, it } from 'vitest';
import { checkoutDiagram } from '../core/layout/testDiagrams';
import { railControlPlaces, railLanesOf } from './LaneRail';
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

describe('railControlPlaces', () => {
  const lanes = [
    { id: 'Web', label: 'Web', y: 0, height: 200 },
    { id: 'Api', label: 'Api', y: 200, height: 160 },
  ];

  it('puts each lane’s menu button at its band’s top, inside the label column', () => {
    const { menus } = railControlPlaces(lanes, [40, 10, 1], 900);
    expect(menus.map((m) => m.id)).toEqual(['Web', 'Api']);
    expect(menus.map((m) => m.y)).toEqual([16, 216]);
    // Right end of the 150 px label column (at x 40..190), less the button.
    expect(menus[0]!.x).toBeGreaterThan(40);
    expect(menus[0]!.x).toBeLessThan(190);
  });

  it('keeps the menu buttons on screen once the label column has scrolled off', () => {
    const { menus } = railControlPlaces(lanes, [-2000, 0, 1], 900);
    expect(menus[0]!.x).toBeGreaterThanOrEqual(30);
  });

  it('puts "+ Lane" under the last lane, but never below the pane', () => {
    expect(railControlPlaces(lanes, [0, 0, 1], 900).add.y).toBe(366);
    expect(railControlPlaces(lanes, [0, 0, 1], 300).add.y).toBeLessThanOrEqual(300 - 22);
    expect(railControlPlaces([], [0, 0, 1], 900).add.y).toBe(8);
  });
});
