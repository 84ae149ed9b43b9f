import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('moveNodeToLane', () => {
  const moved = checkoutWith({
    4: null,
    6: '  n1.handle(right) -> Gateway.n2.handle(left)',
    7: null,
    14: '  n4: rectangle label:"Return 401"\n  n2: rectangle label:"Submit Order"',
    16: '  n3.handle(top) -> n2.handle(bottom) [label="200 OK"]',
    17: '  n4.handle(top) -> Client.n1.handle(bottom)\n  n2.handle(bottom) -> n3.handle(top) [label="POST /orders"]',
  });

  it('moves the line and its outgoing edges to the new block, fixing the prefixes it touches', () => {
    const run = runChange(CHECKOUT, { kind: 'moveNodeToLane', node: 'n2', lane: 'Gateway' });
    expect(run.text).toBe(moved);
    expect(run.touched).toEqual([4, 6, 7, 16]);
    const analysis = analyzeFz(run.text);
    expect(analysis.errorCount).toBe(0);
    expect(analysis.diagnostics.filter((d) => d.code === 'FZ105')).toEqual([]);
  });

  it('keeps CRLF', () => {
    const run = runChange(crlf(CHECKOUT), { kind: 'moveNodeToLane', node: 'n2', lane: 'Gateway' });
    expect(run.text).toBe(crlf(moved));
  });

  it('puts the node and then its edges at the head of an empty block', () => {
    const text = lines(
      'A { # A',
      '  n1: circle',
      '  n2: circle',
      '  n1.handle(right) -> n2.handle(left)',
      '}',
      '',
      'B { # B',
      '}',
    );
    const run = runChange(text, { kind: 'moveNodeToLane', node: 'n1', lane: 'B' });
    expect(run.text).toBe(
      lines(
        'A { # A',
        '  n2: circle',
        '}',
        '',
        'B { # B',
        '  n1: circle',
        '  n1.handle(right) -> A.n2.handle(left)',
        '}',
      ),
    );
  });

  it('leaves edges written outside the old block in place and keeps their source prefix right', () => {
    const text = lines(
      'A { # A',
      '  n1: circle',
      '  n2: circle',
      '}',
      '',
      'B { # B',
      '  n3: circle',
      '}',
      'A.n1.handle(right) -> n2.handle(left)',
    );
    const run = runChange(text, { kind: 'moveNodeToLane', node: 'n1', lane: 'B' });
    expect(run.text).toBe(
      lines(
        'A { # A',
        '  n2: circle',
        '}',
        '',
        'B { # B',
        '  n3: circle',
        '  n1: circle',
        '}',
        'B.n1.handle(right) -> A.n2.handle(left)',
      ),
    );
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('changes nothing for its own lane and refuses unknown nodes and lanes', () => {
    expect(
      runChange(CHECKOUT, { kind: 'moveNodeToLane', node: 'n1', lane: 'Client' }).edits,
    ).toEqual([]);
    expect(refusal(CHECKOUT, { kind: 'moveNodeToLane', node: 'n1', lane: 'Billing' })).toMatch(
      /no lane Billing/,
    );
    expect(refusal(CHECKOUT, { kind: 'moveNodeToLane', node: 'n8', lane: 'Client' })).toMatch(
      /no node n8/,
    );
  });
});
