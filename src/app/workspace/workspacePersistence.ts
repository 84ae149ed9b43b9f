import { createStore, get, set, type UseStore } from 'idb-keyval';
import { readWorkspaceSnapshot, type FzWorkspaceSnapshot } from './workspaceSnapshot';

/** IndexedDB database and object store of the workspace (idb-keyval: one store per database). */
export const WORKSPACE_DB_NAME = 'fz-studio';
export const WORKSPACE_STORE_NAME = 'workspace';
/** Key of the one record that holds the current workspace. */
export const WORKSPACE_KEY = 'current';
/** How long opening or writing IndexedDB may take before it counts as failed (blocked, hung). */
export const PERSISTENCE_TIMEOUT_MS = 3000;

/** What `load` answers: the saved snapshot (null when none), or why it could not be read. */
export type FzLoadOutcome =
  { ok: true; snapshot: FzWorkspaceSnapshot | null } | { ok: false; message: string };

/** What `save` answers. */
export type FzSaveOutcome = { ok: true } | { ok: false; message: string };

/** Where the workspace is kept between sessions. Neither method ever rejects. */
export interface FzWorkspacePersistence {
  load(): Promise<FzLoadOutcome>;
  save(snapshot: FzWorkspaceSnapshot): Promise<FzSaveOutcome>;
}

/** Options of {@link createWorkspacePersistence}; the defaults are the studio's. */
export interface WorkspacePersistenceOptions {
  dbName?: string;
  storeName?: string;
  /** Milliseconds before a hung open or write counts as failed (default 3 s). */
  timeoutMs?: number;
  /** An idb-keyval store to use instead of opening `dbName`/`storeName` (tests). */
  store?: UseStore;
}

function reasonOf(error: unknown): string {
  if (
    error instanceof Error ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    return `${name}${error.message}`;
  }
  return String(error);
}

async function withTimeout<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // IndexedDB can stay silent forever (a blocked open, some private modes): a promise that never
  // settles must not keep the studio from starting.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The studio's persistence in IndexedDB through idb-keyval (database `fz-studio`, object store
 * `workspace`, one record under `current`). The database is opened on first use. Every failure
 * (no IndexedDB, private mode, quota, a blocked or hung open, a database without the store) is an
 * outcome with a message, never a rejection; a stored record that is not a snapshot loads as none.
 *
 * @example
 * const persistence = createWorkspacePersistence();
 * const restored = await persistence.load(); // { ok: true, snapshot: { text, pinned, … } | null }
 */
export function createWorkspacePersistence(
  options: WorkspacePersistenceOptions = {},
): FzWorkspacePersistence {
  const timeoutMs = options.timeoutMs ?? PERSISTENCE_TIMEOUT_MS;
  let store = options.store;
  const storeOf = (): UseStore => {
    store ??= createStore(
      options.dbName ?? WORKSPACE_DB_NAME,
      options.storeName ?? WORKSPACE_STORE_NAME,
    );
    return store;
  };
  return {
    async load() {
      try {
        const value = await withTimeout(() => get<unknown>(WORKSPACE_KEY, storeOf()), timeoutMs);
        return { ok: true, snapshot: readWorkspaceSnapshot(value) };
      } catch (error) {
        return { ok: false, message: reasonOf(error) };
      }
    },
    async save(snapshot) {
      try {
        await withTimeout(() => set(WORKSPACE_KEY, snapshot, storeOf()), timeoutMs);
        return { ok: true };
      } catch (error) {
        return { ok: false, message: reasonOf(error) };
      }
    },
  };
}
