import { describe, expect, it } from 'vitest';
import { asFzHandle, connectChange, edgeLabelChange, reconnectChange } from './edgeGestures';

const EDGE = { id: 'e2', source: 'n1', target: 'n2', sourceHandle: 'right', targetHandle: 'left' };

describe('connectChange', () => {
  it('names both nodes and the handles the connection used', () => {
    expect(
      connectChange({ source: 'n1', sourceHandle: 'bottom', target: 'n7', targetHandle: 'top' }),
    ).toEqual({ kind: 'connect', from: 'n1', fromHandle: 'bottom', to: 'n7', toHandle: 'top' });
  });

  it('ignores a connection without FlowZap handles or from a handle to itself', () => {
    expect(
      connectChange({ source: 'n1', sourceHandle: null, target: 'n2', targetHandle: 'left' }),
    ).toBeNull();
    expect(
      connectChange({ source: 'n1', sourceHandle: 'right', target: 'n2', targetHandle: 'a' }),
    ).toBeNull();
    expect(
      connectChange({ source: 'n1', sourceHandle: 'top', target: 'n1', targetHandle: 'top' }),
    ).toBeNull();
  });

  it('allows a node to connect two of its own handles', () => {
    expect(
      connectChange({ source: 'n1', sourceHandle: 'top', target: 'n1', targetHandle: 'left' }),
    ).toMatchObject({ kind: 'connect', from: 'n1', to: 'n1' });
  });
});

describe('reconnectChange', () => {
  it('moves the target end when the source stayed (target anchor dragged)', () => {
    expect(
      reconnectChange(EDGE, {
        source: 'n1',
        sourceHandle: 'right',
        target: 'n4',
        targetHandle: 'top',
      }),
    ).toEqual({ kind: 'reconnect', edge: 'e2', end: 'target', node: 'n4', handle: 'top' });
  });

  it('moves the source end when the target stayed (source anchor dragged)', () => {
    expect(
      reconnectChange(EDGE, {
        source: 'n3',
        sourceHandle: 'bottom',
        target: 'n2',
        targetHandle: 'left',
      }),
    ).toEqual({ kind: 'reconnect', edge: 'e2', end: 'source', node: 'n3', handle: 'bottom' });
  });

  it('sees a change of handle on the same node as a reconnection', () => {
    expect(
      reconnectChange(EDGE, {
        source: 'n1',
        sourceHandle: 'right',
        target: 'n2',
        targetHandle: 'top',
      }),
    ).toEqual({ kind: 'reconnect', edge: 'e2', end: 'target', node: 'n2', handle: 'top' });
  });

  it('does nothing when dropped back where it was, or when both ends differ', () => {
    expect(
      reconnectChange(EDGE, {
        source: 'n1',
        sourceHandle: 'right',
        target: 'n2',
        targetHandle: 'left',
      }),
    ).toBeNull();
    expect(
      reconnectChange(EDGE, {
        source: 'n5',
        sourceHandle: 'right',
        target: 'n6',
        targetHandle: 'left',
      }),
    ).toBeNull();
    expect(
      reconnectChange(EDGE, {
        source: 'n1',
        sourceHandle: 'right',
        target: 'n6',
        targetHandle: null,
      }),
    ).toBeNull();
  });
});

describe('edgeLabelChange', () => {
  it('adds, changes and removes a label', () => {
    expect(edgeLabelChange({ id: 'e1' }, 'Retry')).toEqual({
      kind: 'setEdgeLabel',
      edge: 'e1',
      label: 'Retry',
    });
    expect(edgeLabelChange({ id: 'e1', label: 'Yes' }, 'No')).toMatchObject({ label: 'No' });
    expect(edgeLabelChange({ id: 'e1', label: 'Yes' }, '')).toEqual({
      kind: 'setEdgeLabel',
      edge: 'e1',
      label: null,
    });
    expect(edgeLabelChange({ id: 'e1', label: 'Yes' }, '   ')).toMatchObject({ label: null });
  });

  it('changes nothing when the label stays or an unlabelled edge stays empty', () => {
    expect(edgeLabelChange({ id: 'e1', label: 'Yes' }, 'Yes')).toBeNull();
    expect(edgeLabelChange({ id: 'e1' }, '')).toBeNull();
  });
});

describe('asFzHandle', () => {
  it('accepts the four FlowZap handles only', () => {
    expect(['left', 'right', 'top', 'bottom'].map(asFzHandle)).toEqual([
      'left',
      'right',
      'top',
      'bottom',
    ]);
    expect(asFzHandle('Left')).toBeNull();
    expect(asFzHandle(undefined)).toBeNull();
  });
});
