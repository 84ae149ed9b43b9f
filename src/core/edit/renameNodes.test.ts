import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { CHECKOUT, checkoutWith, crlf, lines, refusal, runChange } from './testHarness';

describe('renameNode', () => {
  it('renames the declaration, every edge end and every loop reference, and nothing else', () => {
    const run = runChange(crlf(CHECKOUT), { kind: 'renameNode', from: 'n2', to: 'n9' });
    expect(run.text).toBe(
      crlf(
        checkoutWith({
          4: '  n9: rectangle label:"Submit Order"',
          6: '  n1.handle(right) -> n9.handle(left)',
          7: '  n9.handle(bottom) -> Gateway.n3.handle(top) [label="POST /orders"]',
          8: '  loop [retry until valid] n9 n3',
          16: '  n3.handle(top) -> Client.n9.handle(bottom) [label="200 OK"]',
        }),
      ),
    );
    expect(run.edits.every((e) => e.insert === 'n9' && e.end - e.start === 2)).toBe(true);
  });

  it('refuses ids in use (declared or only referenced) and ids not of the form n<number>', () => {
    expect(refusal(CHECKOUT, { kind: 'renameNode', from: 'n2', to: 'n3' })).toMatch(
      /n3 is already used/,
    );
    const dangling = lines('A {', '  n1: circle', '  n1.handle(right) -> n5.handle(left)', '}');
    expect(refusal(dangling, { kind: 'renameNode', from: 'n1', to: 'n5' })).toMatch(
      /n5 is already used/,
    );
    expect(refusal(CHECKOUT, { kind: 'renameNode', from: 'n2', to: 'N2' })).toMatch(/n<number>/);
    expect(refusal(CHECKOUT, { kind: 'renameNode', from: 'n2', to: 'n02' })).toMatch(/n<number>/);
    expect(refusal(CHECKOUT, { kind: 'renameNode', from: 'n8', to: 'n9' })).toMatch(/no node n8/);
  });
});

describe('renumberNodes', () => {
  it('numbers n1…nK in declaration order everywhere, as one batch', () => {
    const gappy = lines(
      'A { # A',
      '  n4: circle label:"Start"',
      '  n9: rectangle',
      '  n4.handle(right) -> B.n2.handle(left)',
      '  loop [x] n4 n2',
      '}',
      '',
      'B { # B',
      '  n2: circle',
      '  n2.handle(top) -> A.n9.handle(bottom)',
      '}',
    );
    const run = runChange(gappy, { kind: 'renumberNodes' });
    expect(run.text).toBe(
      lines(
        'A { # A',
        '  n1: circle label:"Start"',
        '  n2: rectangle',
        '  n1.handle(right) -> B.n3.handle(left)',
        '  loop [x] n1 n3',
        '}',
        '',
        'B { # B',
        '  n3: circle',
        '  n3.handle(top) -> A.n2.handle(bottom)',
        '}',
      ),
    );
    const analysis = analyzeFz(run.text);
    expect(analysis.diagnostics.filter((d) => d.code === 'FZ101')).toEqual([]);
    expect(analysis.diagram.nodes.find((n) => n.id === 'n2')!.label).toBe('n2');
  });

  it('changes nothing on a gap-free file and refuses when a dangling reference would connect', () => {
    expect(runChange(CHECKOUT, { kind: 'renumberNodes' }).edits).toEqual([]);
    const dangling = lines('A {', '  n3: circle', '  n3.handle(right) -> n1.handle(left)', '}');
    expect(refusal(dangling, { kind: 'renumberNodes' })).toMatch(
      /n1 is referenced but never declared/,
    );
  });
});
