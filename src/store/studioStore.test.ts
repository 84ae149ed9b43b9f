import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { runInProcess } from '../simulate/runInProcess';
import {
  selectBadges,
  selectCanvasDiagram,
  selectLastResultJson,
  selectRunBlocker,
} from './selectors';
import { createStudioStore, THEME_STORAGE_KEY } from './studioStore';
import type { SimRunner } from './types';

/** A Storage stand-in backed by a Map (the browser's localStorage is absent in Node). */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    map,
  };
}

const BROKEN = DEFAULT_DOCUMENT.replace('n2: rectangle', 'n2: hexagon');
const TWO_ERRORS = BROKEN.replace('n3: rectangle', 'n3: octagon');

function store(options: { text?: string; runner?: SimRunner } = {}) {
  return createStudioStore({
    initialText: options.text ?? DEFAULT_DOCUMENT,
    runner: options.runner ?? runInProcess,
  });
}

describe('studio store: text and analysis', () => {
  it('opens on the reference diagram: 3 lanes, 17 nodes, no errors, not stale', () => {
    const s = store().getState();
    expect(s.analysis.errorCount).toBe(0);
    expect(s.stale).toBe(false);
    expect(s.lastGoodDiagram.lanes.map((l) => l.id)).toEqual(['Callers', 'Edge', 'Backend']);
    expect(s.lastGoodDiagram.nodes).toHaveLength(17);
    expect(s.presetId).toBe('burst');
  });

  it('keeps the last good diagram and marks the canvas stale while the text has errors', () => {
    const st = store();
    const good = selectCanvasDiagram(st.getState());
    st.getState().setText(BROKEN);
    const s = st.getState();
    expect(s.text).toBe(BROKEN);
    expect(s.analysis.errorCount).toBe(1);
    expect(s.analysis.diagnostics.find((d) => d.severity === 'error')?.line).toBe(3);
    expect(s.stale).toBe(true);
    expect(selectCanvasDiagram(s)).toBe(good);
  });

  it('takes the new diagram as soon as the errors are fixed', () => {
    const st = store({ text: BROKEN });
    expect(st.getState().stale).toBe(true);
    const fixed = DEFAULT_DOCUMENT.replace('label:"End"', 'label:"Done"');
    st.getState().setText(fixed);
    expect(st.getState().stale).toBe(false);
    expect(st.getState().lastGoodDiagram.nodes.find((n) => n.id === 'n4')?.label).toBe('Done');
  });

  it('keeps the same diagram object when an edit returns to the same diagram', () => {
    const st = store();
    const good = selectCanvasDiagram(st.getState());
    st.getState().setText(DEFAULT_DOCUMENT + 'x');
    st.getState().setText(DEFAULT_DOCUMENT);
    expect(st.getState().stale).toBe(false);
    expect(selectCanvasDiagram(st.getState())).toBe(good);
    // A real change (here only a source range moves) still gives a new diagram.
    st.getState().setText('\n' + DEFAULT_DOCUMENT);
    expect(selectCanvasDiagram(st.getState())).not.toBe(good);
    expect(selectCanvasDiagram(st.getState()).nodes[0]!.range.startLine).toBe(3);
  });

  it('does not re-analyse or notify when the text is unchanged', () => {
    const st = store();
    const before = st.getState();
    st.getState().setText(DEFAULT_DOCUMENT);
    expect(st.getState()).toBe(before);
  });
});

describe('studio store: theme', () => {
  it('remembers the chosen theme in storage and reads it back', () => {
    const storage = memoryStorage();
    const first = createStudioStore({ initialText: '', runner: runInProcess, storage });
    expect(first.getState().theme).toBe('light');
    first.getState().toggleTheme();
    expect(storage.map.get(THEME_STORAGE_KEY)).toBe('dark');
    const second = createStudioStore({ initialText: '', runner: runInProcess, storage });
    expect(second.getState().theme).toBe('dark');
  });

  it('ignores junk in storage and storage that throws', () => {
    const junk = memoryStorage({ [THEME_STORAGE_KEY]: 'purple' });
    expect(
      createStudioStore({
        initialText: '',
        runner: runInProcess,
        storage: junk,
        fallbackTheme: 'dark',
      }).getState().theme,
    ).toBe('dark');
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const st = createStudioStore({ initialText: '', runner: runInProcess, storage: throwing });
    st.getState().setTheme('dark');
    expect(st.getState().theme).toBe('dark');
  });
});

describe('studio store: simulation', () => {
  it('says why Run is disabled while the text has errors, with the right plural', () => {
    expect(selectRunBlocker(store({ text: BROKEN }).getState())).toBe('Fix 1 error to run');
    expect(selectRunBlocker(store({ text: TWO_ERRORS }).getState())).toBe('Fix 2 errors to run');
    expect(selectRunBlocker(store().getState())).toBeNull();
  });

  it('does not run while the text has errors', async () => {
    const st = store({ text: BROKEN });
    await st.getState().runSimulation();
    expect(st.getState().sim.status).toBe('idle');
  });

  it('runs the chosen preset and keeps result, canonical JSON and badges', async () => {
    const st = store();
    const seen: string[] = [];
    st.subscribe((s) => seen.push(s.sim.status));
    await st.getState().runSimulation();
    const s = st.getState();
    expect(seen[0]).toBe('running');
    if (s.sim.status !== 'done') throw new Error(`run ended ${s.sim.status}`);
    expect(s.sim.presetId).toBe('burst');
    const counted = Object.values(s.sim.result.status).reduce((a, b) => a + b, 0);
    expect(counted).toBe(s.sim.result.requests);
    expect(JSON.parse(selectLastResultJson(s)!)).toEqual(s.sim.result);
    const badges = selectBadges(s);
    expect(Object.keys(badges).sort()).toEqual(Object.keys(s.sim.result.nodes).sort());
    expect(selectBadges(st.getState())).toBe(badges);
  });

  it('turns a runner that rejects into a failed run instead of hanging in "running"', async () => {
    const st = store({ runner: () => Promise.reject(new Error('worker died')) });
    await st.getState().runSimulation();
    expect(st.getState().sim).toEqual({ status: 'failed', errors: ['worker died'] });
  });

  it('reports an unknown preset as a failed run', async () => {
    const st = store();
    st.getState().selectPreset('nope');
    await st.getState().runSimulation();
    expect(st.getState().sim).toEqual({ status: 'failed', errors: ['Unknown preset "nope".'] });
  });
});

describe('studio store: mock service worker', () => {
  it('shows a failed start with its reason, and a good start as ready', async () => {
    const st = store();
    expect(st.getState().mockWorker.status).toBe('starting');
    await st
      .getState()
      .startMockWorker(() => Promise.reject(new Error('404 mockServiceWorker.js')));
    expect(st.getState().mockWorker).toEqual({
      status: 'failed',
      message: '404 mockServiceWorker.js',
    });
    await st.getState().startMockWorker(() => Promise.resolve({ ok: false, message: 'no SW' }));
    expect(st.getState().mockWorker).toEqual({ status: 'failed', message: 'no SW' });
    await st.getState().startMockWorker(() => Promise.resolve({ ok: true }));
    expect(st.getState().mockWorker).toEqual({ status: 'ready' });
  });

  it('reports a start that never settles as failed instead of stalling', async () => {
    const st = store();
    await st.getState().startMockWorker(() => new Promise(() => undefined), 20);
    expect(st.getState().mockWorker).toEqual({
      status: 'failed',
      message: 'no answer within 20 ms',
    });
  });
});
