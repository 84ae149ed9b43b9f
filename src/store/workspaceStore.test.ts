import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from './workspaceStore';

const BANDS = { Shop: { y: 0, height: 160 }, Edge: { y: 160, height: 200 } };

function store() {
  const st = createWorkspaceStore();
  st.getState().setLaneBands(BANDS);
  return st;
}

describe('workspace store: pins', () => {
  it('pins dropped nodes relative to their lane band, in one change', () => {
    const st = store();
    let changes = 0;
    st.subscribe(() => changes++);
    st.getState().pinPositions(
      { n1: { x: 300, y: 40 }, n5: { x: 620, y: 230 } },
      { n1: 'Shop', n5: 'Edge' },
    );
    expect(st.getState().pinned).toEqual({
      n1: { lane: 'Shop', x: 300, y: 40 },
      n5: { lane: 'Edge', x: 620, y: 70 },
    });
    expect(changes).toBe(1);
  });

  it('skips nodes with no lane, an unknown band or bad numbers, and keeps earlier pins', () => {
    const st = store();
    st.getState().pinPositions({ n1: { x: 300, y: 40 } }, { n1: 'Shop' });
    st.getState().pinPositions(
      { n2: { x: 1, y: 1 }, n3: { x: 1, y: 1 }, n4: { x: Number.NaN, y: 1 } },
      { n3: 'Nowhere', n4: 'Shop' },
    );
    expect(Object.keys(st.getState().pinned)).toEqual(['n1']);
  });

  it('re-pins a node dragged again (the newest drop wins)', () => {
    const st = store();
    st.getState().pinPositions({ n1: { x: 300, y: 40 } }, { n1: 'Shop' });
    st.getState().pinPositions({ n1: { x: 500, y: 60 } }, { n1: 'Shop' });
    expect(st.getState().pinned['n1']).toEqual({ lane: 'Shop', x: 500, y: 60 });
  });

  it('prunes pins of nodes that are gone or changed lane, and only then changes', () => {
    const st = createWorkspaceStore({
      pinned: {
        n1: { lane: 'Shop', x: 300, y: 40 },
        n2: { lane: 'Shop', x: 500, y: 40 },
        n3: { lane: 'Edge', x: 500, y: 40 },
      },
    });
    let changes = 0;
    st.subscribe(() => changes++);
    st.getState().prunePinned(['n1', 'n2', 'n3'], { n1: 'Shop', n2: 'Shop', n3: 'Edge' });
    expect(changes).toBe(0);
    st.getState().prunePinned(['n1', 'n3'], { n1: 'Shop', n3: 'Shop' });
    expect(st.getState().pinned).toEqual({ n1: { lane: 'Shop', x: 300, y: 40 } });
    expect(changes).toBe(1);
  });

  it('clears every pin', () => {
    const st = store();
    st.getState().pinPositions({ n1: { x: 300, y: 40 } }, { n1: 'Shop' });
    st.getState().clearPinned();
    expect(st.getState().pinned).toEqual({});
  });

  it('re-layout clears the pins and asks for a new layout in one change', () => {
    const st = store();
    st.getState().pinPositions({ n1: { x: 300, y: 40 } }, { n1: 'Shop' });
    const seen: { pins: number; count: number }[] = [];
    st.subscribe((s) => seen.push({ pins: Object.keys(s.pinned).length, count: s.relayoutCount }));
    st.getState().relayout();
    expect(seen).toEqual([{ pins: 0, count: 1 }]);
  });
});

describe('workspace store: status', () => {
  it('keeps only the first persistence failure', () => {
    const st = createWorkspaceStore();
    expect(st.getState().persistence).toEqual({ status: 'ok' });
    st.getState().reportPersistenceFailure('QuotaExceededError');
    st.getState().reportPersistenceFailure('something else');
    expect(st.getState().persistence).toEqual({ status: 'failed', message: 'QuotaExceededError' });
    expect(createWorkspaceStore({ persistenceError: 'blocked' }).getState().persistence).toEqual({
      status: 'failed',
      message: 'blocked',
    });
  });

  it('records layout progress without a change when nothing moved on', () => {
    const st = createWorkspaceStore();
    let changes = 0;
    st.subscribe(() => changes++);
    st.getState().setLayoutRun({ status: 'running', phase: 'flow', nodes: 5000 });
    st.getState().setLayoutRun({ status: 'running', phase: 'flow', nodes: 5000 });
    st.getState().setLayoutRun({ status: 'idle' });
    expect(changes).toBe(2);
    expect(st.getState().layoutRun).toEqual({ status: 'idle' });
  });
});
