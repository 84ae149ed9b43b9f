/**
 * msw 2 builds its cookie store when its module loads and insists on `localStorage` whenever it
 * is not running in Node. A dedicated Web Worker (where the studio runs simulations) has no
 * `localStorage`, so importing msw there throws "Failed to create a CookieStore". This module,
 * imported before msw, gives such workers an in-memory `localStorage`. Elsewhere it does nothing.
 */

/** A `Storage` kept in memory, for workers only (nothing here needs persistence). */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

const scope = globalThis as { localStorage?: Storage; WorkerGlobalScope?: unknown };
if (scope.WorkerGlobalScope !== undefined && scope.localStorage === undefined) {
  scope.localStorage = new MemoryStorage();
}
