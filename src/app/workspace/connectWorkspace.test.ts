import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInProcess } from '../../simulate/runInProcess';
import { createStudioStore } from '../../store/studioStore';
import { createWorkspaceStore } from '../../store/workspaceStore';
import { connectWorkspace, type FzPageEvents } from './connectWorkspace';
import type { FzSaveOutcome, FzWorkspacePersistence } from './workspacePersistence';
import type { FzWorkspaceSnapshot } from './workspaceSnapshot';

const TEXT = `Shop { # Shop
  n1: circle label:"Start"
  n2: rectangle label:"Pay"
  n1.handle(right) -> n2.handle(left)
}
`;
const WITHOUT_N2 = `Shop { # Shop
  n1: circle label:"Start"
}
`;
const BROKEN = TEXT.replace('n2: rectangle', 'n2: hexagon');

/** A persistence that keeps saves in memory and answers with `outcome` (changeable per test). */
function memoryPersistence() {
  const saves: FzWorkspaceSnapshot[] = [];
  let outcome: FzSaveOutcome = { ok: true };
  const persistence: FzWorkspacePersistence = {
    load: () => Promise.resolve({ ok: true, snapshot: null }),
    save: (snapshot) => {
      saves.push(structuredClone(snapshot));
      return Promise.resolve(outcome);
    },
  };
  return { persistence, saves, failWith: (message: string) => (outcome = { ok: false, message }) };
}

/** A page whose `pagehide` the test fires. */
function fakePage() {
  const listeners = new Map<string, () => void>();
  const page: FzPageEvents = {
    addEventListener: (type, listener) => void listeners.set(type, listener),
    removeEventListener: (type) => void listeners.delete(type),
  };
  return { page, fire: (type: string) => listeners.get(type)?.() };
}

function setup(text = TEXT, pinned = {}) {
  const studio = createStudioStore({ initialText: text, runner: runInProcess });
  const workspace = createWorkspaceStore({ pinned });
  workspace.getState().setLaneBands({ Shop: { y: 0, height: 160 } });
  const memory = memoryPersistence();
  const { page, fire } = fakePage();
  const disconnect = connectWorkspace({
    studio,
    workspace,
    persistence: memory.persistence,
    page,
    delayMs: 300,
  });
  return { studio, workspace, ...memory, fire, disconnect };
}

const PIN = { n2: { lane: 'Shop', x: 400, y: 50 } };

describe('connectWorkspace', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves text and pins together once the edits pause', async () => {
    const { studio, workspace, saves } = setup();
    studio.getState().setText(TEXT + '\n');
    workspace.getState().pinPositions({ n2: { x: 400, y: 50 } }, { n2: 'Shop' });
    studio.getState().setText(TEXT + '\n\n');
    await vi.advanceTimersByTimeAsync(299);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ version: 1, text: TEXT + '\n\n', pinned: PIN }]);
  });

  it('saves at once when the page is left', async () => {
    const { studio, saves, fire } = setup();
    studio.getState().setText(TEXT + '# more\n');
    fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.map((s) => s.text)).toEqual([TEXT + '# more\n']);
  });

  it('drops the pin of a node deleted from the text, but not while the text has errors', async () => {
    const { studio, workspace, saves } = setup(TEXT, PIN);
    studio.getState().setText(BROKEN);
    expect(workspace.getState().pinned).toEqual(PIN);
    studio.getState().setText(WITHOUT_N2);
    expect(workspace.getState().pinned).toEqual({});
    await vi.advanceTimersByTimeAsync(300);
    expect(saves.at(-1)).toEqual({ version: 1, text: WITHOUT_N2, pinned: {} });
  });

  it('drops pins of nodes already gone at start', () => {
    const { workspace } = setup(WITHOUT_N2, PIN);
    expect(workspace.getState().pinned).toEqual({});
  });

  it('reports a failed write once and stops saving; the stores keep working', async () => {
    const { studio, workspace, saves, failWith } = setup();
    failWith('QuotaExceededError: the quota has been exceeded');
    studio.getState().setText(TEXT + '\n');
    await vi.advanceTimersByTimeAsync(300);
    expect(workspace.getState().persistence).toEqual({
      status: 'failed',
      message: 'QuotaExceededError: the quota has been exceeded',
    });
    studio.getState().setText(TEXT + '\n\n');
    await vi.advanceTimersByTimeAsync(300);
    expect(saves).toHaveLength(1);
    expect(studio.getState().text).toBe(TEXT + '\n\n');
  });

  it('stops listening when disconnected', async () => {
    const { studio, saves, disconnect, fire } = setup();
    studio.getState().setText(TEXT + '\n');
    disconnect();
    fire('pagehide');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves).toEqual([]);
  });
});
