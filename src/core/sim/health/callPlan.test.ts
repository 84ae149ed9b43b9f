import { describe, expect, it } from 'vitest';
import { planCall } from './callPlan';
import { createInstanceTimeline } from './timeline';

describe('what a call to an instance meets (Envoy statuses)', () => {
  const timeline = createInstanceTimeline(4, [
    { at: 1000, instance: 1, state: 'down' },
    { at: 1000, instance: 2, state: 'unresponsive' },
    { at: 500, instance: 3, state: 'down' },
    { at: 700, instance: 3, state: 'up' },
  ]);

  it('an up instance answers after its service time', () => {
    expect(planCall(timeline, 15_000, 0, 0, 10)).toEqual({ kind: 'answered', at: 10 });
  });

  it('a down instance refuses at once: 503 UF connection failure', () => {
    expect(planCall(timeline, 15_000, 1000, 1, 10)).toMatchObject({
      kind: 'refused',
      at: 1000,
      status: 503,
      flag: 'UF',
    });
  });

  it('an unresponsive instance times out: 504 UT after the route timeout', () => {
    expect(planCall(timeline, 15_000, 1200, 2, 10)).toMatchObject({
      kind: 'timeout',
      at: 16_200,
      status: 504,
      flag: 'UT',
      body: 'upstream request timeout',
    });
  });

  it('an instance that goes down during the call resets it then: 503 UC', () => {
    expect(planCall(timeline, 15_000, 995, 1, 10)).toMatchObject({
      kind: 'reset',
      at: 1000,
      status: 503,
      flag: 'UC',
    });
    // A change exactly at the answer time already counts; one just after does not.
    expect(planCall(timeline, 15_000, 990, 1, 10).kind).toBe('reset');
    expect(planCall(timeline, 15_000, 989, 1, 10)).toEqual({ kind: 'answered', at: 999 });
  });

  it('an instance that hangs during the call leaves it to the route timeout', () => {
    expect(planCall(timeline, 15_000, 995, 2, 10)).toMatchObject({ kind: 'timeout', at: 15_995 });
  });

  it('only the first change in the call matters (down at 500 resets, even if up at 700)', () => {
    expect(planCall(timeline, 15_000, 450, 3, 400)).toMatchObject({ kind: 'reset', at: 500 });
  });
});
