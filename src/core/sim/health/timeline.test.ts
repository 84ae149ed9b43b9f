import { describe, expect, it } from 'vitest';
import { createInstanceTimeline } from './timeline';

describe('instance timeline', () => {
  const timeline = createInstanceTimeline(3, [
    { at: 5000, instance: 1, state: 'up' },
    { at: 1000, instance: 1, state: 'down' },
    { at: 2000, instance: 2, state: 'unresponsive' },
    { at: 3000, instance: 2, state: 'up' },
    { at: 3000, instance: 2, state: 'down' }, // the later event at the same time wins
    { at: 4000, instance: 0, state: 'up' }, // no change: dropped
  ]);

  it('starts up and holds each state from its event time on', () => {
    expect(timeline.stateAt(1, 999)).toBe('up');
    expect(timeline.stateAt(1, 1000)).toBe('down');
    expect(timeline.stateAt(1, 4999)).toBe('down');
    expect(timeline.stateAt(1, 5000)).toBe('up');
    expect(timeline.stateAt(2, 2500)).toBe('unresponsive');
    expect(timeline.stateAt(2, 3000)).toBe('down');
    expect(timeline.stateAt(7, 3000)).toBe('up');
  });

  it('lists only real changes, in time order', () => {
    expect(timeline.changes.map((c) => `${c.at}:${c.instance}:${c.state}`)).toEqual([
      '1000:1:down',
      '2000:2:unresponsive',
      '3000:2:down',
      '5000:1:up',
    ]);
  });

  it('finds the first change in (from, to]', () => {
    expect(timeline.firstChangeIn(1, 0, 999)).toBeUndefined();
    expect(timeline.firstChangeIn(1, 0, 1000)).toEqual({ at: 1000, instance: 1, state: 'down' });
    expect(timeline.firstChangeIn(1, 1000, 6000)?.at).toBe(5000);
    expect(timeline.firstChangeIn(0, 0, 10_000)).toBeUndefined();
  });
});
