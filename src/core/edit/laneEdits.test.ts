import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('addLane', () => {
  it('adds an empty block after the last one, separated by a blank line', () => {
    const run = runChange(CHECKOUT, {
      kind: 'addLane',
      id: 'Billing',
      label: '  Billing Service ',
    });
    expect(run.text).toBe(`${CHECKOUT}\nBilling { # Billing Service\n}\n`);
    expect(run.created).toEqual(['Billing']);
    expect(run.touched).toEqual([]);
  });

  it('goes before `before` and the comment above it, in the file line ending', () => {
    const run = runChange(crlf(CHECKOUT), { kind: 'addLane', id: 'Billing', before: 'Gateway' });
    expect(run.text).toBe(
      crlf(checkoutWith({ 11: 'Billing {\n}\n\n// The gateway checks the token' })),
    );
    expect(analyzeFz(run.text).diagram.lanes.map((l) => l.id)).toEqual([
      'Client',
      'Billing',
      'Gateway',
    ]);
  });

  it('starts an empty text, and appends after a text without lanes', () => {
    expect(runChange('', { kind: 'addLane', id: 'Client' }).text).toBe('Client {\n}\n');
    expect(runChange('// notes', { kind: 'addLane', id: 'A', label: 'A' }).text).toBe(
      '// notes\nA { # A\n}',
    );
  });

  it('refuses taken or malformed ids, multi-line labels, unknown `before` and an unclosed last lane', () => {
    expect(refusal(CHECKOUT, { kind: 'addLane', id: 'Gateway' })).toMatch(/already used/);
    expect(refusal(CHECKOUT, { kind: 'addLane', id: '9lives' })).toMatch(/not valid/);
    expect(refusal(CHECKOUT, { kind: 'addLane', id: 'n5' })).toMatch(/looks like a node id/);
    expect(refusal(CHECKOUT, { kind: 'addLane', id: 'B', label: 'x\ny' })).toMatch(/line break/);
    expect(refusal(CHECKOUT, { kind: 'addLane', id: 'B', before: 'Nope' })).toMatch(/no lane Nope/);
    expect(refusal('A {\n  n1: circle\n', { kind: 'addLane', id: 'B' })).toMatch(/never closed/);
  });
});

describe('setLaneLabel', () => {
  it('rewrites the label after `#`, removes it when empty, and adds one to a bare header', () => {
    const renamed = runChange(CHECKOUT, { kind: 'setLaneLabel', lane: 'Client', label: 'Browser' });
    expect(renamed.text).toBe(checkoutWith({ 2: 'Client { # Browser' }));
    const removed = runChange(CHECKOUT, { kind: 'setLaneLabel', lane: 'Client', label: ' ' });
    expect(removed.text).toBe(checkoutWith({ 2: 'Client {' }));
    const added = runChange(removed.text, { kind: 'setLaneLabel', lane: 'Client', label: 'App' });
    expect(added.text).toBe(checkoutWith({ 2: 'Client { # App' }));
    expect(analyzeFz(added.text).diagram.lanes[0]!.label).toBe('App');
  });

  it('edits a legacy label line in place, or removes that line', () => {
    const legacy = lines('A {', '  # Sales Team', '  n1: circle', '}');
    expect(runChange(legacy, { kind: 'setLaneLabel', lane: 'A', label: 'Sales' }).text).toBe(
      lines('A {', '  # Sales', '  n1: circle', '}'),
    );
    expect(runChange(legacy, { kind: 'setLaneLabel', lane: 'A', label: '' }).text).toBe(
      lines('A {', '  n1: circle', '}'),
    );
  });

  it('keeps a `#` comment a comment when the label above it goes', () => {
    const text = lines('A { # Alpha', '  # first step', '  n1: circle', '}');
    const run = runChange(text, { kind: 'setLaneLabel', lane: 'A', label: '' });
    expect(run.text).toBe(lines('A {', '  // first step', '  n1: circle', '}'));
    expect(analyzeFz(run.text).diagram.lanes[0]!.label).toBe('A');
    const legacy = lines('A {', '  # Alpha', '  # first step', '}');
    expect(runChange(legacy, { kind: 'setLaneLabel', lane: 'A', label: '' }).text).toBe(
      lines('A {', '  // first step', '}'),
    );
  });

  it('takes the `}` of a one-line block off the header line', () => {
    const run = runChange('A {}\n', { kind: 'setLaneLabel', lane: 'A', label: 'Alpha' });
    expect(run.text).toBe('A { # Alpha\n}\n');
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('changes nothing for the same label and refuses unknown lanes', () => {
    expect(
      runChange(CHECKOUT, { kind: 'setLaneLabel', lane: 'Client', label: 'Client App' }).edits,
    ).toEqual([]);
    expect(refusal(CHECKOUT, { kind: 'setLaneLabel', lane: 'Billing', label: 'x' })).toMatch(
      /no lane Billing/,
    );
  });
});

describe('renameLane', () => {
  it('renames the header and every prefix naming the lane', () => {
    const run = runChange(CHECKOUT, { kind: 'renameLane', from: 'Gateway', to: 'Edge' });
    expect(run.text).toBe(
      checkoutWith({
        7: '  n2.handle(bottom) -> Edge.n3.handle(top) [label="POST /orders"]',
        12: 'Edge { # API Gateway',
      }),
    );
    expect(run.touched).toEqual([7, 12]);
  });

  it('refuses a taken or malformed id, and changes nothing for the same id', () => {
    expect(refusal(CHECKOUT, { kind: 'renameLane', from: 'Gateway', to: 'Client' })).toMatch(
      /Client is already used/,
    );
    expect(refusal(CHECKOUT, { kind: 'renameLane', from: 'Gateway', to: 'API Gateway' })).toMatch(
      /not valid/,
    );
    expect(runChange(CHECKOUT, { kind: 'renameLane', from: 'Client', to: 'Client' }).edits).toEqual(
      [],
    );
  });
});
