/**
 * The columnar AST (`columns.ts`) must be invisible: the tree `parseFz` builds on first read of
 * `ast` holds exactly the statements the streaming parser hands to a listener, in the same lanes
 * and order, and it is built once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFzText } from '../testing/generateFz';
import type { FzAstStatement } from './ast';
import type { FzStatementListener } from './listener';
import { parseFz, parseWithSink } from './parser';

/** A plain copy (streamed statement objects are reused for the next statement). */
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** Lane headers and node/edge/loop statements with their lane, as the listener receives them. */
function streamed(text: string): unknown[] {
  const out: unknown[] = [];
  const listener: FzStatementListener = {
    begin: () => undefined,
    lane: (lane) => out.push(['lane', lane.id, lane.idStart]),
    node: (node, lane) => out.push([lane?.id ?? null, copy(node)]),
    edge: (edge, lane) => out.push([lane?.id ?? null, copy(edge)]),
    loop: (loop, lane) => out.push([lane?.id ?? null, copy(loop)]),
  };
  parseWithSink(text, listener);
  return out;
}

/** The same list read from the AST that `parseFz` materializes. */
function kept(text: string): unknown[] {
  const out: unknown[] = [];
  const add = (statement: FzAstStatement, lane: string | null): void => {
    if (statement.kind === 'comment' || statement.kind === 'invalid') return;
    out.push([lane, copy(statement)]);
  };
  for (const item of parseFz(text).ast.items) {
    if (item.kind !== 'lane') add(item, null);
    else {
      out.push(['lane', item.id, item.idStart]);
      for (const statement of item.body) add(statement, item.id);
    }
  }
  return out;
}

const lines = fc.constantFrom(
  'A { # Lane A',
  'B {',
  '# Legacy label',
  '}',
  'C { }',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"q\\"x" owner:"O"',
  '  n3: taskbox label:"A|B" system:"S" description:"D" owner:"O"',
  '  n4: square',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> B.n3.handle(top) [label="Go"]',
  '  n2.handle(up) -> n3.handle(left)',
  '  A.n1.handle( top ) -> n4.handle(left) [ label = "é" ]',
  '  loop [retry] n1 n2',
  '  // note',
  '  ??? bad',
  '',
);

describe('columnar AST', () => {
  it('materializes what the streaming parser builds', () => {
    const big = generateFzText({ nodes: 300, lanes: 3, seed: 5 });
    expect(kept(big)).toEqual(streamed(big));
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 30 }), (picked) => {
        const text = picked.join('\n');
        expect(kept(text)).toEqual(streamed(text));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('builds the tree once, on first read', () => {
    const result = parseFz('A {\n  n1: circle\n}\n');
    expect(result.ast).toBe(result.ast);
    expect(result.ast.items).toHaveLength(1);
  });
});
