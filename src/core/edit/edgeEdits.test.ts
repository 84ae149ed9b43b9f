import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('connect', () => {
  it('writes a canonical edge after the last edge of the source lane, prefixing a cross-lane target', () => {
    const run = runChange(CHECKOUT, {
      kind: 'connect',
      from: 'n4',
      fromHandle: 'bottom',
      to: 'n2',
      toHandle: 'top',
      label: 'retry',
    });
    expect(run.text).toBe(
      checkoutWith({
        17: '  n4.handle(top) -> Client.n1.handle(bottom)\n  n4.handle(bottom) -> Client.n2.handle(top) [label="retry"]',
      }),
    );
    expect(run.created).toEqual(['e6']);
    expect(run.touched).toEqual([]);
  });

  it('names the future id by position: a same-lane edge in the first lane is e3', () => {
    const run = runChange(crlf(CHECKOUT), {
      kind: 'connect',
      from: 'n2',
      fromHandle: 'left',
      to: 'n1',
      toHandle: 'right',
    });
    expect(run.text).toBe(
      crlf(
        checkoutWith({
          7: '  n2.handle(bottom) -> Gateway.n3.handle(top) [label="POST /orders"]\n  n2.handle(left) -> n1.handle(right)',
        }),
      ),
    );
    expect(run.created).toEqual(['e3']);
    expect(analyzeFz(run.text).diagram.edges[2]!).toMatchObject({ id: 'e3', from: 'n2', to: 'n1' });
  });

  it('goes after the nodes of a lane without edges', () => {
    const text = lines('A { # A', '  n1: circle', '  n2: circle', '  loop [x] n1 n2', '}');
    const run = runChange(text, {
      kind: 'connect',
      from: 'n1',
      fromHandle: 'right',
      to: 'n2',
      toHandle: 'left',
      label: '',
    });
    expect(run.text).toBe(
      lines(
        'A { # A',
        '  n1: circle',
        '  n2: circle',
        '  n1.handle(right) -> n2.handle(left)',
        '  loop [x] n1 n2',
        '}',
      ),
    );
  });

  it('refuses unknown nodes, bad handles and multi-line labels', () => {
    const base = {
      kind: 'connect',
      from: 'n1',
      fromHandle: 'right',
      to: 'n2',
      toHandle: 'left',
    } as const;
    expect(refusal(CHECKOUT, { ...base, to: 'n7' })).toMatch(/no node n7/);
    expect(refusal(CHECKOUT, { ...base, toHandle: 'up' as 'top' })).toMatch(/Unknown handle "up"/);
    expect(refusal(CHECKOUT, { ...base, label: 'a\nb' })).toMatch(/line break/);
  });
});

describe('reconnect', () => {
  it('rewrites only the node and handle tokens of the target', () => {
    const run = runChange(CHECKOUT, {
      kind: 'reconnect',
      edge: 'e2',
      end: 'target',
      node: 'n4',
      handle: 'left',
    });
    expect(run.text).toBe(
      checkoutWith({ 7: '  n2.handle(bottom) -> Gateway.n4.handle(left) [label="POST /orders"]' }),
    );
    expect(run.edits).toHaveLength(2);
  });

  it('drops the target prefix when the new target is in the source lane', () => {
    const run = runChange(CHECKOUT, {
      kind: 'reconnect',
      edge: 'e2',
      end: 'target',
      node: 'n1',
      handle: 'top',
    });
    expect(run.text).toBe(
      checkoutWith({ 7: '  n2.handle(bottom) -> n1.handle(top) [label="POST /orders"]' }),
    );
  });

  it('moves the edge to the new source lane block when the source changes lane', () => {
    const run = runChange(CHECKOUT, {
      kind: 'reconnect',
      edge: 'e1',
      end: 'source',
      node: 'n3',
      handle: 'bottom',
    });
    expect(run.text).toBe(
      checkoutWith({
        6: null,
        17: '  n4.handle(top) -> Client.n1.handle(bottom)\n  n3.handle(bottom) -> Client.n2.handle(left)',
      }),
    );
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('rewrites the source in place inside its lane', () => {
    const run = runChange(CHECKOUT, {
      kind: 'reconnect',
      edge: 'e3',
      end: 'source',
      node: 'n4',
      handle: 'right',
    });
    expect(run.text).toBe(
      checkoutWith({ 15: '  n4.handle(right) -> n4.handle(left) [label="No"]' }),
    );
  });

  it('refuses unknown edges and nodes', () => {
    const change = {
      kind: 'reconnect',
      edge: 'e9',
      end: 'target',
      node: 'n1',
      handle: 'top',
    } as const;
    expect(refusal(CHECKOUT, change)).toMatch(/no edge e9/);
    expect(refusal(CHECKOUT, { ...change, edge: 'e1', node: 'n0' })).toMatch(/no node n0/);
  });
});

describe('setEdgeLabel', () => {
  it('adds, rewrites (escaped) and removes the bracket label', () => {
    const added = runChange(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e1', label: 'go' });
    expect(added.text).toBe(
      checkoutWith({ 6: '  n1.handle(right) -> n2.handle(left) [label="go"]' }),
    );
    const changed = runChange(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e3', label: 'No "way"' });
    expect(changed.text).toBe(
      checkoutWith({ 15: '  n3.handle(right) -> n4.handle(left) [label="No \\"way\\""]' }),
    );
    expect(analyzeFz(changed.text).diagram.edges[2]!.label).toBe('No "way"');
    const removed = runChange(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e2', label: null });
    expect(removed.text).toBe(checkoutWith({ 7: '  n2.handle(bottom) -> Gateway.n3.handle(top)' }));
    expect(runChange(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e2', label: '' }).text).toBe(
      removed.text,
    );
    expect(runChange(CHECKOUT, { kind: 'setEdgeLabel', edge: 'e1', label: null }).edits).toEqual(
      [],
    );
  });
});
