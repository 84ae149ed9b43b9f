import { describe, expect, it } from 'vitest';
import { createEditPrefetch, type IdleScheduler } from './editPrefetch';

/** An idle scheduler the test runs by hand. */
function manualIdle() {
  const waiting = new Set<() => void>();
  const idle: IdleScheduler = (callback) => {
    waiting.add(callback);
    return () => waiting.delete(callback);
  };
  const runAll = () => {
    const now = [...waiting];
    waiting.clear();
    now.forEach((callback) => callback());
  };
  return { idle, runAll, pending: () => waiting.size };
}

describe('createEditPrefetch', () => {
  it('reads only the newest text, once, when the browser is idle', () => {
    const { idle, runAll, pending } = manualIdle();
    const read: string[] = [];
    const prefetch = createEditPrefetch(idle, (text) => read.push(text));
    prefetch.offer('a');
    prefetch.offer('ab');
    prefetch.offer('abc');
    expect(read).toEqual([]);
    expect(pending()).toBe(1);
    runAll();
    expect(read).toEqual(['abc']);
    runAll();
    expect(read).toEqual(['abc']);
  });

  it('reads nothing after destroy', () => {
    const { idle, runAll } = manualIdle();
    const read: string[] = [];
    const prefetch = createEditPrefetch(idle, (text) => read.push(text));
    prefetch.offer('a');
    prefetch.destroy();
    runAll();
    expect(read).toEqual([]);
  });
});
