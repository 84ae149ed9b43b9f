import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('addNode', () => {
  it('adds a canonical node line after the last node of the lane, with the next free id', () => {
    const run = runChange(CHECKOUT, {
      kind: 'addNode',
      lane: 'Client',
      shape: 'rectangle',
      label: 'Pay',
    });
    expect(run.text).toBe(
      checkoutWith({ 4: '  n2: rectangle label:"Submit Order"\n  n5: rectangle label:"Pay"' }),
    );
    expect(run.created).toEqual(['n5']);
    expect(run.touched).toEqual([]);
  });

  it('keeps CRLF line endings', () => {
    const run = runChange(crlf(CHECKOUT), { kind: 'addNode', lane: 'Gateway', shape: 'circle' });
    expect(run.text).toBe(
      crlf(checkoutWith({ 14: '  n4: rectangle label:"Return 401"\n  n5: circle' })),
    );
  });

  it('goes right after `after`, with a given id, and writes no label for an empty one', () => {
    const run = runChange(CHECKOUT, {
      kind: 'addNode',
      lane: 'Gateway',
      shape: 'circle',
      id: 'n10',
      label: '',
      after: 'n3',
    });
    expect(run.text).toBe(
      checkoutWith({ 13: '  n3: diamond label:"Token Valid?"\n  n10: circle' }),
    );
    expect(run.created).toEqual(['n10']);
  });

  it('numbers above every id the text mentions, dangling references included', () => {
    const text = lines('A { # A', '  n1: circle', '  n1.handle(right) -> n9.handle(left)', '}');
    const run = runChange(text, { kind: 'addNode', lane: 'A', shape: 'circle' });
    expect(run.created).toEqual(['n10']);
  });

  it('uses the indentation of the block, else of the file, else two spaces', () => {
    const tabs = lines('A {', '\tn1: circle', '}', '', 'B {', '}');
    expect(runChange(tabs, { kind: 'addNode', lane: 'B', shape: 'circle' }).text).toBe(
      lines('A {', '\tn1: circle', '}', '', 'B {', '\tn2: circle', '}'),
    );
    const flat = lines('A { # A', 'n1: circle', '}');
    expect(runChange(flat, { kind: 'addNode', lane: 'A', shape: 'diamond' }).text).toBe(
      lines('A { # A', 'n1: circle', 'n2: diamond', '}'),
    );
    expect(runChange(lines('A {', '}'), { kind: 'addNode', lane: 'A', shape: 'circle' }).text).toBe(
      lines('A {', '  n1: circle', '}'),
    );
  });

  it('keeps a legacy label line first, opens a one-line `Id {}` block, and handles a missing final newline', () => {
    const legacy = lines('A {', '  # Sales Team', '}');
    expect(runChange(legacy, { kind: 'addNode', lane: 'A', shape: 'circle' }).text).toBe(
      lines('A {', '  # Sales Team', '  n1: circle', '}'),
    );
    const inline = runChange('A {}\n', { kind: 'addNode', lane: 'A', shape: 'circle' });
    expect(inline.text).toBe(lines('A {', '  n1: circle', '}'));
    expect(analyzeFz(inline.text).diagram.nodes.map((n) => n.lane)).toEqual(['A']);
    const open = runChange('A {\n  n1: circle', { kind: 'addNode', lane: 'A', shape: 'circle' });
    expect(open.text).toBe('A {\n  n1: circle\n  n2: circle');
  });

  it('refuses unknown lanes, bad or taken ids, `after` in another lane and bad shapes', () => {
    expect(refusal(CHECKOUT, { kind: 'addNode', lane: 'Billing', shape: 'circle' })).toMatch(
      /no lane Billing/,
    );
    expect(
      refusal(CHECKOUT, { kind: 'addNode', lane: 'Client', shape: 'circle', id: 'n3' }),
    ).toMatch(/n3 is already used/);
    expect(
      refusal(CHECKOUT, { kind: 'addNode', lane: 'Client', shape: 'circle', id: 'start' }),
    ).toMatch(/not of the form n<number>/);
    expect(
      refusal(CHECKOUT, { kind: 'addNode', lane: 'Client', shape: 'circle', after: 'n3' }),
    ).toMatch(/n3 is not in lane Client/);
    const hexagon = { kind: 'addNode', lane: 'Client', shape: 'hexagon' } as unknown as Parameters<
      typeof refusal
    >[1];
    expect(refusal(CHECKOUT, hexagon)).toMatch(/Unknown shape "hexagon"/);
  });
});

describe('setNodeLabel', () => {
  it('rewrites only the quoted value', () => {
    const run = runChange(CHECKOUT, { kind: 'setNodeLabel', node: 'n4', label: 'Denied' });
    expect(run.text).toBe(checkoutWith({ 14: '  n4: rectangle label:"Denied"' }));
    const value = CHECKOUT.indexOf('"Return 401"');
    expect(run.edits).toEqual([{ start: value, end: value + 12, insert: '"Denied"' }]);
  });

  it('adds the attribute first when there is none, and removes it for an empty label', () => {
    const text = lines('A {', '  n1: taskbox owner:"Ops" description:"Deploy"', '}');
    const added = runChange(text, { kind: 'setNodeLabel', node: 'n1', label: 'Review|Docs' });
    expect(added.text).toBe(
      lines('A {', '  n1: taskbox label:"Review|Docs" owner:"Ops" description:"Deploy"', '}'),
    );
    const node = analyzeFz(added.text).diagram.nodes[0]!;
    expect([node.label, node.subItems]).toEqual(['Review', ['Docs']]);
    const removed = runChange(added.text, { kind: 'setNodeLabel', node: 'n1', label: '' });
    expect(removed.text).toBe(text);
    expect(analyzeFz(removed.text).diagram.nodes[0]!.label).toBe('Deploy');
  });

  it('changes nothing when the label is already written that way', () => {
    const run = runChange(CHECKOUT, { kind: 'setNodeLabel', node: 'n1', label: 'Start' });
    expect(run.edits).toEqual([]);
  });

  it('keeps CRLF and the other lines', () => {
    const run = runChange(crlf(CHECKOUT), { kind: 'setNodeLabel', node: 'n1', label: 'Begin' });
    expect(run.text).toBe(crlf(checkoutWith({ 3: '  n1: circle label:"Begin"' })));
    expect(run.touched).toEqual([3]);
  });
});

describe('setNodeShape', () => {
  it('rewrites only the shape word', () => {
    const run = runChange(CHECKOUT, { kind: 'setNodeShape', node: 'n4', shape: 'circle' });
    expect(run.text).toBe(checkoutWith({ 14: '  n4: circle label:"Return 401"' }));
    const at = CHECKOUT.indexOf('rectangle label:"Return');
    expect(run.edits).toEqual([{ start: at, end: at + 9, insert: 'circle' }]);
  });

  it('changes nothing for the same shape and refuses an unknown node', () => {
    expect(
      runChange(CHECKOUT, { kind: 'setNodeShape', node: 'n3', shape: 'diamond' }).edits,
    ).toEqual([]);
    expect(refusal(CHECKOUT, { kind: 'setNodeShape', node: 'n42', shape: 'circle' })).toMatch(
      /no node n42/,
    );
  });
});
