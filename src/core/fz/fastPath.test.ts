/**
 * The fast paths (`fastNode.ts`, `fastEdge.ts`) must be invisible: whenever they accept a line,
 * the careful parsers accept it too, report nothing and build an equal statement.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FzAstEdge, FzAstNode } from './ast';
import { fastEdge } from './fastEdge';
import { fastNode } from './fastNode';
import { createLineIndex } from './lineIndex';
import { ParseContext } from './parseContext';
import { parseEdge } from './parseEdge';
import { parseNode } from './parseNode';
import { COLON } from './scanner';

type Statement = FzAstNode | FzAstEdge | null;

/** Parses the one statement of `line` with the fast or the careful path, as the parser would. */
function parseLine(line: string, fast: boolean): { statement: Statement; diagnostics: number } {
  const ctx = new ParseContext(line, createLineIndex(line), true);
  const s = ctx.scanner;
  ctx.line = 1;
  s.reset(0, line.length);
  s.skipWs();
  ctx.beginStatement();
  const first = s.pos;
  const idEnd = s.scanIdent();
  if (idEnd < 0) return { statement: null, diagnostics: 0 };
  s.skipWs();
  let statement: Statement;
  if (s.peek() === COLON) {
    statement = fast ? fastNode(ctx, first, idEnd) : parseNode(ctx, first, idEnd);
  } else {
    statement = fast ? fastEdge(ctx, first, idEnd) : parseEdge(ctx, first, idEnd);
  }
  return { statement, diagnostics: ctx.sink.list.length };
}

function expectSame(line: string): boolean {
  const fast = parseLine(line, true);
  if (fast.statement === null) return false;
  const careful = parseLine(line, false);
  expect(careful.diagnostics, line).toBe(0);
  expect({ ...fast.statement }, line).toEqual({ ...careful.statement });
  return true;
}

const word = fc.constantFrom(
  'n1',
  'n42',
  'n0',
  'n07',
  'x1',
  'Lane',
  'Gateway',
  'circle',
  'rectangle',
  'diamond',
  'taskbox',
  'circles',
  'label',
  'owner',
  'description',
  'system',
  'labels',
  'handle',
  'handles',
  'right',
  'left',
  'top',
  'bottom',
  'up',
);
const punct = fc.constantFrom(' ', '  ', '\t', ':', '=', '.', '->', '(', ')', '[', ']', '"');
const str = fc.constantFrom(
  '"Hi"',
  '"a b c"',
  '""',
  '"q\\"x"',
  '"é"',
  '"open',
  '"a\\\\b"',
  '"\u0001"',
);
const templates = fc.constantFrom(
  'n12: rectangle label:"Check (step 2)" owner:"Ops"',
  'n3: taskbox label:"A|B" system:"S" description:"D"',
  'n1.handle(right) -> n2.handle(left)',
  'A.n1.handle(top) -> B.n22.handle(bottom) [label="Go"]',
);
/** A well-formed line with a few random pieces inserted or characters removed. */
const line = fc
  .tuple(
    templates,
    fc.array(fc.tuple(fc.nat(), fc.oneof(word, punct, str, fc.constant(''))), {
      minLength: 0,
      maxLength: 3,
    }),
  )
  .map(([template, edits]) => {
    let text: string = template;
    for (const [at, piece] of edits) {
      const i = at % (text.length + 1);
      text =
        piece === ''
          ? text.slice(0, i) + text.slice(i + 1)
          : text.slice(0, i) + piece + text.slice(i);
    }
    return `  ${text}`;
  });

describe('fast paths', () => {
  it('accept the common shapes', () => {
    expect(expectSame('  n12: rectangle label:"Check (step 2)" owner:"Ops"')).toBe(true);
    expect(expectSame('n1:circle')).toBe(true);
    expect(expectSame('n3: taskbox label : "A|B"  system:"S" description:"D" owner:"O"  ')).toBe(
      true,
    );
    expect(expectSame('  n1.handle(right) -> n2.handle(left)')).toBe(true);
    expect(expectSame('A.n1.handle( top ) -> B.n22.handle(bottom) [ label = "Go" ]  ')).toBe(true);
  });

  it('leave every unusual line to the careful parser', () => {
    for (const bad of [
      'n1: circle label:"a" label:"b"',
      'n1: circle label="a"',
      'n1: circle label:"q\\"x"',
      'n1: circle label:"open',
      'n1: circle label:"é"',
      'n01: circle',
      'n1: square',
      'n1.handle(up) -> n2.handle(left)',
      'n1.handle(right) -> n2.handle(left) [label:"x"]',
      'n1.handle(right) -> n2.handle(left) -> n3.handle(left)',
      'n1 -> n2',
    ]) {
      expect(parseLine(bad, true).statement, bad).toBeNull();
    }
  });

  it('build what the careful parser builds, on arbitrary lines', () => {
    let accepted = 0;
    fc.assert(
      fc.property(line, (text) => {
        if (expectSame(text)) accepted++;
      }),
      { numRuns: 3000, seed: 7 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('', 'A.', 'Lane.'),
        fc.constantFrom('n1', 'n23'),
        fc.constantFrom('right', 'left', 'top', 'bottom'),
        fc.constantFrom('', ' ', '\t'),
        fc.constantFrom('', ' [label="x"]', '[ label = "a b" ]', ' [label=""]'),
        (lane, id, dir, gap, label) => {
          const text = `${lane}${id}.handle(${gap}${dir}${gap})${gap}->${gap}n2.handle(${dir})${label}`;
          expect(expectSame(text)).toBe(true);
        },
      ),
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
