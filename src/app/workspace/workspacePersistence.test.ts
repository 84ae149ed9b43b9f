import { IDBFactory } from 'fake-indexeddb';
import { createStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWorkspacePersistence,
  WORKSPACE_DB_NAME,
  WORKSPACE_KEY,
  WORKSPACE_STORE_NAME,
} from './workspacePersistence';
import {
  readWorkspaceSnapshot,
  WORKSPACE_SNAPSHOT_VERSION,
  type FzWorkspaceSnapshot,
} from './workspaceSnapshot';

const SNAPSHOT: FzWorkspaceSnapshot = {
  version: WORKSPACE_SNAPSHOT_VERSION,
  text: 'Lane { # L\n  n1: circle label:"Start"\n}\n',
  pinned: { n1: { lane: 'Lane', x: 300, y: 44 } },
};

const globals = globalThis as { indexedDB?: IDBFactory };

/** Reads the raw record back through IndexedDB itself, the way the e2e test does. */
function readRaw(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = globals.indexedDB!.open(WORKSPACE_DB_NAME);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = db
        .transaction(WORKSPACE_STORE_NAME)
        .objectStore(WORKSPACE_STORE_NAME)
        .get(WORKSPACE_KEY);
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

describe('workspace persistence (IndexedDB)', () => {
  beforeEach(() => {
    globals.indexedDB = new IDBFactory();
  });
  afterEach(() => {
    delete globals.indexedDB;
  });

  it('loads nothing from an empty browser', async () => {
    expect(await createWorkspacePersistence().load()).toEqual({ ok: true, snapshot: null });
  });

  it('round-trips the text and the pins through IndexedDB', async () => {
    expect(await createWorkspacePersistence().save(SNAPSHOT)).toEqual({ ok: true });
    expect(await readRaw()).toEqual(SNAPSHOT);
    // A new session (a new persistence object) reads what the last one wrote.
    expect(await createWorkspacePersistence().load()).toEqual({ ok: true, snapshot: SNAPSHOT });
  });

  it('loads a record of another version or shape as nothing', async () => {
    const store = createStore(WORKSPACE_DB_NAME, WORKSPACE_STORE_NAME);
    const persistence = createWorkspacePersistence({ store });
    await persistence.save({ ...SNAPSHOT, version: 2 } as unknown as typeof SNAPSHOT);
    expect(await persistence.load()).toEqual({ ok: true, snapshot: null });
  });

  it('reports a database without the workspace store as a failure, not a throw', async () => {
    // Another tool made `fz-studio` first, with some other object store.
    await new Promise<void>((resolve) => {
      const open = globals.indexedDB!.open(WORKSPACE_DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('something-else');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    const persistence = createWorkspacePersistence();
    const loaded = await persistence.load();
    expect(loaded.ok).toBe(false);
    expect((await persistence.save(SNAPSHOT)).ok).toBe(false);
  });

  it('reports a browser without IndexedDB (private mode) as a failure', async () => {
    delete globals.indexedDB;
    const loaded = await createWorkspacePersistence().load();
    expect(loaded).toMatchObject({ ok: false });
    expect((await createWorkspacePersistence().save(SNAPSHOT)).ok).toBe(false);
  });

  it('gives up on an open that never answers (blocked)', async () => {
    const hung = () => new Promise<never>(() => undefined);
    const persistence = createWorkspacePersistence({ store: hung, timeoutMs: 20 });
    expect(await persistence.load()).toEqual({ ok: false, message: 'no answer within 20 ms' });
  });
});

describe('readWorkspaceSnapshot', () => {
  it('keeps good pins and drops malformed ones', () => {
    const read = readWorkspaceSnapshot({
      ...SNAPSHOT,
      pinned: {
        n1: { lane: 'Lane', x: 300, y: 44 },
        n2: { lane: 'Lane', x: 'left', y: 44 },
        n3: { lane: 7, x: 1, y: 1 },
        n4: null,
      },
    });
    expect(read?.pinned).toEqual({ n1: { lane: 'Lane', x: 300, y: 44 } });
  });

  it('rejects what is not a snapshot', () => {
    for (const junk of [undefined, null, 'text', [], { version: 1 }, { version: 1, text: 5 }])
      expect(readWorkspaceSnapshot(junk)).toBeNull();
    expect(readWorkspaceSnapshot({ version: 1, text: '' })).toEqual({
      version: 1,
      text: '',
      pinned: {},
    });
  });
});
