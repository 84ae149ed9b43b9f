import { describe, expect, it } from 'vitest';
import { checkVerdict, createActiveChecker, nextCheckAt } from './activeCheck';

describe('active check counting (Envoy thresholds)', () => {
  it('marks an instance unhealthy on exactly the unhealthyThreshold-th consecutive failure', () => {
    const checker = createActiveChecker({ unhealthyThreshold: 3, healthyThreshold: 1 }, 2);
    expect(checker.onCheckResult(1, false)).toBeUndefined();
    expect(checker.onCheckResult(1, false)).toBeUndefined();
    expect(checker.failed(1)).toBe(false);
    expect(checker.onCheckResult(1, false)).toBe('unhealthy');
    expect(checker.failed(1)).toBe(true);
    expect(checker.failed(0)).toBe(false);
  });

  it('a pass between failures restarts the count', () => {
    const checker = createActiveChecker({ unhealthyThreshold: 2, healthyThreshold: 1 }, 1);
    const results = [false, true, false, true, false].map((ok) => checker.onCheckResult(0, ok));
    expect(results).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(checker.onCheckResult(0, false)).toBe('unhealthy');
  });

  it('needs healthyThreshold consecutive passes to come back; a failure restarts them', () => {
    const checker = createActiveChecker({ unhealthyThreshold: 1, healthyThreshold: 2 }, 1);
    expect(checker.onCheckResult(0, false)).toBe('unhealthy');
    expect(checker.onCheckResult(0, true)).toBeUndefined();
    expect(checker.onCheckResult(0, false)).toBeUndefined();
    expect(checker.onCheckResult(0, true)).toBeUndefined();
    expect(checker.onCheckResult(0, true)).toBe('healthy');
    expect(checker.failed(0)).toBe(false);
  });

  it('knows when a result would change nothing', () => {
    const checker = createActiveChecker({ unhealthyThreshold: 2, healthyThreshold: 2 }, 1);
    expect(checker.settled(0, true)).toBe(true);
    checker.onCheckResult(0, false);
    expect(checker.settled(0, true)).toBe(false); // a pass would clear the failure count
    checker.onCheckResult(0, false);
    expect(checker.settled(0, false)).toBe(true);
    checker.onCheckResult(0, true);
    expect(checker.settled(0, false)).toBe(false);
  });

  it('ignores instances out of range', () => {
    const checker = createActiveChecker({ unhealthyThreshold: 1, healthyThreshold: 1 }, 1);
    expect(checker.onCheckResult(5, false)).toBeUndefined();
    expect(checker.onCheckResult(-1, false)).toBeUndefined();
  });
});

describe('check cadence and verdicts', () => {
  const config = { firstCheckMs: 1000, intervalMs: 1000, timeoutMs: 200 };
  it('runs checks at firstCheckMs + k·intervalMs', () => {
    expect(nextCheckAt(config, 0)).toBe(1000);
    expect(nextCheckAt(config, 1000)).toBe(1000);
    expect(nextCheckAt(config, 1001)).toBe(2000);
    expect(nextCheckAt(config, 2500)).toBe(3000);
    expect(nextCheckAt({ firstCheckMs: 250, intervalMs: 500 }, 800)).toBe(1250);
  });

  it('up passes at once, down fails at once, unresponsive fails at the timeout', () => {
    expect(checkVerdict(config, 'up', 3000)).toEqual({ ok: true, at: 3000 });
    expect(checkVerdict(config, 'down', 3000)).toEqual({ ok: false, at: 3000 });
    expect(checkVerdict(config, 'unresponsive', 3000)).toEqual({ ok: false, at: 3200 });
  });
});
