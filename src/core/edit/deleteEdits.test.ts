import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('deleteElements', () => {
  it('takes the edges touching a node anywhere and its loop references', () => {
    const run = runChange(CHECKOUT, { kind: 'deleteElements', nodes: ['n3'], edges: [] });
    expect(run.text).toBe(
      checkoutWith({ 7: null, 8: '  loop [retry until valid] n2', 13: null, 15: null, 16: null }),
    );
    expect(run.touched).toEqual([7, 8, 13, 15, 16]);
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('removes a loop that loses its last node', () => {
    const run = runChange(crlf(CHECKOUT), {
      kind: 'deleteElements',
      nodes: ['n2', 'n3'],
      edges: [],
    });
    expect(run.text).toBe(
      crlf(checkoutWith({ 4: null, 6: null, 7: null, 8: null, 13: null, 15: null, 16: null })),
    );
  });

  it('deletes edge lines by id', () => {
    const run = runChange(CHECKOUT, { kind: 'deleteElements', nodes: [], edges: ['e2', 'e5'] });
    expect(run.text).toBe(checkoutWith({ 7: null, 17: null }));
  });

  it('keeps the spacing of the loop list whichever references go', () => {
    const text = (loop: string) =>
      lines('A {', '  n3: circle', '  n4: circle', '  n5: circle', `  ${loop}`, '}');
    const del = (nodes: string[]) =>
      runChange(text('loop [x]  n3 n4\tn5'), { kind: 'deleteElements', nodes, edges: [] }).text;
    expect(del(['n3', 'n4'])).toBe(
      text('loop [x]  n5').replace('  n3: circle\n  n4: circle\n', ''),
    );
    expect(del(['n4'])).toBe(text('loop [x]  n3\tn5').replace('  n4: circle\n', ''));
    expect(del(['n5'])).toBe(text('loop [x]  n3 n4').replace('  n5: circle\n', ''));
    expect(del(['n3'])).toBe(text('loop [x]  n4\tn5').replace('  n3: circle\n', ''));
  });

  it('deletes a last line that has no line break', () => {
    const text = 'A {\n  n1: circle\n  n2: circle\n}\nn1.handle(right) -> n2.handle(left)';
    const run = runChange(text, { kind: 'deleteElements', nodes: [], edges: ['e1'] });
    expect(run.text).toBe('A {\n  n1: circle\n  n2: circle\n}');
  });

  it('refuses unknown nodes and edges without changing anything', () => {
    expect(refusal(CHECKOUT, { kind: 'deleteElements', nodes: ['n1', 'n9'], edges: [] })).toMatch(
      /no node n9/,
    );
    expect(refusal(CHECKOUT, { kind: 'deleteElements', nodes: [], edges: ['e6'] })).toMatch(
      /no edge e6/,
    );
  });
});
