import { describe, expect, it } from 'vitest';
import { laneAtY, nearestLaneAtY } from './laneHit';

// Three stacked bands as the layout gives them: Web 0–120, Api 120–300, Db 300–420.
const LANES = [
  { id: 'Web', y: 0, height: 120 },
  { id: 'Api', y: 120, height: 180 },
  { id: 'Db', y: 300, height: 120 },
];

describe('laneAtY', () => {
  it('finds the band containing y, the top edge belonging to the lower band', () => {
    expect(laneAtY(LANES, 0)).toBe('Web');
    expect(laneAtY(LANES, 119.5)).toBe('Web');
    expect(laneAtY(LANES, 120)).toBe('Api');
    expect(laneAtY(LANES, 299)).toBe('Api');
    expect(laneAtY(LANES, 419)).toBe('Db');
  });

  it('answers null outside every band, for NaN and with no lanes', () => {
    expect(laneAtY(LANES, -1)).toBeNull();
    expect(laneAtY(LANES, 420)).toBeNull();
    expect(laneAtY(LANES, Number.NaN)).toBeNull();
    expect(laneAtY([], 10)).toBeNull();
  });
});

describe('nearestLaneAtY', () => {
  it('is laneAtY inside the bands', () => {
    for (const y of [5, 150, 310]) expect(nearestLaneAtY(LANES, y)).toBe(laneAtY(LANES, y));
  });

  it('gives the first lane above the diagram and the last below it', () => {
    expect(nearestLaneAtY(LANES, -400)).toBe('Web');
    expect(nearestLaneAtY(LANES, 5000)).toBe('Db');
  });

  it('gives the closer band across a gap between bands', () => {
    const gapped = [
      { id: 'A', y: 0, height: 100 },
      { id: 'B', y: 200, height: 100 },
    ];
    expect(nearestLaneAtY(gapped, 120)).toBe('A');
    expect(nearestLaneAtY(gapped, 190)).toBe('B');
  });

  it('answers null only with no lanes or NaN', () => {
    expect(nearestLaneAtY([], 3)).toBeNull();
    expect(nearestLaneAtY(LANES, Number.NaN)).toBeNull();
  });
});
