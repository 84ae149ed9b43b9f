/**
 * "A gesture on a diagram whose text has errors edits only what it touches and never loses the
 * user's text": every change below runs on a text with three kinds of errors elsewhere, and each
 * error line must come out byte-identical, with the same errors reported.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import { checkoutWith, crlf, runChange } from './testHarness';
import type { FzChange } from './types';

const BAD_NODE = '  n5: hexagon label:"Oops';
const BAD_EDGE = '  n4.handle(right) -> n99.handle(left)';
const GARBAGE = 'this line is not FlowZap';
const BROKEN = checkoutWith({
  1: `// Checkout flow\n${GARBAGE}`,
  14: `  n4: rectangle label:"Return 401"\n${BAD_NODE}\n${BAD_EDGE}`,
});

const CHANGES: FzChange[] = [
  { kind: 'setNodeLabel', node: 'n1', label: 'Begin' },
  { kind: 'setNodeShape', node: 'n2', shape: 'diamond' },
  { kind: 'addNode', lane: 'Gateway', shape: 'circle', label: 'New' },
  { kind: 'deleteElements', nodes: ['n3'], edges: ['e1'] },
  { kind: 'moveNodeToLane', node: 'n2', lane: 'Gateway' },
  { kind: 'connect', from: 'n1', fromHandle: 'bottom', to: 'n3', toHandle: 'top' },
  { kind: 'reconnect', edge: 'e2', end: 'target', node: 'n4', handle: 'top' },
  { kind: 'setEdgeLabel', edge: 'e3', label: 'Nope' },
  { kind: 'setLaneLabel', lane: 'Gateway', label: 'Edge' },
  { kind: 'renameLane', from: 'Client', to: 'Browser' },
  { kind: 'addLane', id: 'Billing', before: 'Gateway' },
  { kind: 'moveLane', lane: 'Gateway', toIndex: 0 },
  { kind: 'renameNode', from: 'n1', to: 'n10' },
];

function errorCodes(text: string): string[] {
  return analyzeFz(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code)
    .sort();
}

describe('changes on a text with errors elsewhere', () => {
  const before = errorCodes(BROKEN);

  it('has the errors this test is about', () => {
    expect(before).toEqual(['FZ003', 'FZ004', 'FZ012']);
  });

  for (const change of CHANGES) {
    it(`${change.kind} keeps every error line byte-identical`, () => {
      for (const text of [BROKEN, crlf(BROKEN)]) {
        const run = runChange(text, change);
        const rows = run.text.split(/\r?\n/);
        for (const bad of [BAD_NODE, BAD_EDGE, GARBAGE]) {
          expect(rows.filter((r) => r === bad)).toHaveLength(1);
        }
        expect(errorCodes(run.text)).toEqual(before);
      }
    });
  }

  it('a node with an unknown shape can still be fixed by a shape change', () => {
    const run = runChange(BROKEN, { kind: 'setNodeShape', node: 'n5', shape: 'circle' });
    expect(run.text).toBe(BROKEN.replace(BAD_NODE, '  n5: circle label:"Oops'));
    expect(errorCodes(run.text)).not.toContain('FZ004');
  });
});
