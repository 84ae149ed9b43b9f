import { afterEach, describe, expect, it, vi } from 'vitest';

const scope = globalThis as { localStorage?: Storage; WorkerGlobalScope?: unknown };

afterEach(() => {
  delete scope.WorkerGlobalScope;
  delete scope.localStorage;
  vi.resetModules();
});

describe('workerStorage', () => {
  it('gives a worker without localStorage an in-memory one, so msw can load there', async () => {
    scope.WorkerGlobalScope = {}; // what a worker has and a window or Node has not
    await import('./workerStorage');
    expect(scope.localStorage).toBeDefined();
    scope.localStorage!.setItem('k', 'v');
    expect(scope.localStorage!.getItem('k')).toBe('v');
    expect(scope.localStorage!.length).toBe(1);
    expect(scope.localStorage!.getItem('missing')).toBeNull();
  });

  it('leaves Node (not a worker) alone', async () => {
    await import('./workerStorage');
    expect(scope.localStorage).toBeUndefined();
  });
});
