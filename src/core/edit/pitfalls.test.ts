/**
 * Known pitfall BR-06 (shared/docs/known-pitfalls.md): flowzap-mcp's text patcher deletes only a
 * node's own line, leaving edges that point at it, and escapes labels its own reader cannot read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { formatFz } from '../fz/printer';
import { applyTextEdits, invertTextEdits } from './textEdits';
import { lines, runChange } from './testHarness';

const SHOP = lines(
  'Shop { # Web Shop',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Browse"',
  '  n3: rectangle label:"Checkout"',
  '  n4: circle label:"Done"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(right) -> n3.handle(left)',
  '  n3.handle(bottom) -> Billing.n7.handle(top)',
  '}',
  '',
  'Billing { # Billing',
  '  n5: rectangle label:"Charge Card"',
  '  n6: diamond label:"Paid?"',
  '  n7: rectangle label:"Create Invoice"',
  '  n7.handle(right) -> n5.handle(left)',
  '  n5.handle(right) -> n6.handle(left)',
  '  n6.handle(top) -> Shop.n4.handle(bottom) [label="Yes"]',
  '}',
);

describe('BR-06: deleting a node and escaping a label', () => {
  it('(a) deletes n3 with its incoming and cross-lane outgoing edges; undo restores them in place', () => {
    const run = runChange(SHOP, { kind: 'deleteElements', nodes: ['n3'], edges: [] });
    expect(run.text.split('\n').filter((l) => /\bn3\b/.test(l))).toEqual([]);
    const without = SHOP.split('\n')
      .filter((_, i) => i !== 3 && i !== 6 && i !== 7)
      .join('\n');
    expect(run.text).toBe(without);
    expect(run.touched).toEqual([4, 7, 8]);
    const undone = applyTextEdits(run.text, invertTextEdits(SHOP, run.edits));
    expect(undone).toBe(SHOP);
    expect(analyzeFz(run.text).errorCount).toBe(0);
  });

  it('(b) writes `Say "hi" \\ bye` with escapes that our parser reads back, with the FZ111 warning', () => {
    const label = 'Say "hi" \\ bye';
    const run = runChange(SHOP, { kind: 'setNodeLabel', node: 'n5', label });
    expect(run.text).toBe(SHOP.replace('"Charge Card"', '"Say \\"hi\\" \\\\ bye"'));
    const analysis = analyzeFz(run.text);
    expect(analysis.diagram.nodes.find((n) => n.id === 'n5')!.label).toBe(label);
    expect(analysis.errorCount).toBe(0);
    expect(analysis.diagnostics.filter((d) => d.code === 'FZ111')).toHaveLength(1);
    const formatted = formatFz(run.text);
    expect(formatted).toEqual({ ok: true, text: run.text, changed: false });
  });
});
