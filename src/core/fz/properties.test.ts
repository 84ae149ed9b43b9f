/**
 * Property tests: arbitrary diagrams survive print → parse; arbitrary text never throws and every
 * diagnostic points inside the text; formatting is idempotent and keeps the diagram.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFz, analyzeFzWithAst } from '../model/analyze';
import type { FzDiagram, FzEdge, FzHandle, FzLoop, FzNode, FzShape } from '../model/types';
import { createLineIndex } from './lineIndex';
import { printDiagram } from './printDiagram';
import { formatFz } from './printer';

/** Generous per-test timeout: these runs are CPU-heavy and the CI machine may be shared. */
const SLOW_TEST_TIMEOUT = 120_000;

const SHAPES: FzShape[] = ['circle', 'rectangle', 'diamond', 'taskbox'];
const HANDLES: FzHandle[] = ['left', 'right', 'top', 'bottom'];
const NO_RANGE = { startLine: 0, startColumn: 0, endLine: 0, endColumn: 0 };

/** Text pieces that stress the scanner: quotes, escapes, statement punctuation, non-ASCII. */
const piece = fc.constantFrom(
  'a',
  'Z',
  '7',
  ' ',
  '"',
  '\\',
  '->',
  '#',
  '//',
  '{',
  '}',
  '[',
  ']',
  ':',
  '=',
  '(',
  ')',
  '.',
  'é',
  '中',
  '🚀',
  '\t',
);
const text = (pieces: fc.Arbitrary<string>, max = 8) =>
  fc.array(pieces, { maxLength: max }).map((p) => p.join(''));
const label = text(piece);
const laneLabel = text(piece)
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const condition = text(piece.filter((p) => p !== ']')).map((s) => s.replace(/\s+/g, ' ').trim());

function withoutRanges(diagram: FzDiagram): FzDiagram {
  return {
    lanes: diagram.lanes.map((l) => ({ ...l, range: NO_RANGE })),
    nodes: diagram.nodes.map((n) => ({ ...n, range: NO_RANGE })),
    edges: diagram.edges.map((e) => ({ ...e, range: NO_RANGE })),
    loops: diagram.loops.map((l) => ({ ...l, range: NO_RANGE })),
  };
}

/** A valid diagram, built as the model (edges and loops ordered as a printed file would hold them). */
const diagramArb: fc.Arbitrary<FzDiagram> = fc
  .record({
    lanes: fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,6}$/), {
      minLength: 1,
      maxLength: 4,
    }),
    laneLabels: fc.array(laneLabel, { minLength: 4, maxLength: 4 }),
    nodes: fc.array(
      fc.record({
        lane: fc.nat(),
        shape: fc.constantFrom(...SHAPES),
        label: label.map((s) => s.replace(/\|/g, '/')),
        owner: fc.option(label, { nil: undefined }),
        description: fc.option(label, { nil: undefined }),
        system: fc.option(label, { nil: undefined }),
        subItems: fc.option(
          fc.array(
            label.map((s) => s.replace(/\|/g, '/')),
            { minLength: 1, maxLength: 3 },
          ),
          {
            nil: undefined,
          },
        ),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        fromHandle: fc.constantFrom(...HANDLES),
        toHandle: fc.constantFrom(...HANDLES),
        label: fc.option(label, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    loops: fc.array(
      fc.record({
        condition,
        lane: fc.option(fc.nat(), { nil: null }),
        nodes: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ lanes, laneLabels, nodes, edges, loops }) => {
    const laneOf = (i: number) => lanes[i % lanes.length]!;
    const modelNodes: FzNode[] = nodes.map((n, i) => {
      const node: FzNode = {
        id: `n${i + 1}`,
        lane: laneOf(n.lane),
        shape: n.shape,
        label: n.label,
        range: NO_RANGE,
      };
      if (n.owner !== undefined) node.owner = n.owner;
      if (n.description !== undefined) node.description = n.description;
      if (n.system !== undefined) node.system = n.system;
      if (n.shape === 'taskbox' && n.subItems) node.subItems = n.subItems;
      return node;
    });
    const laneIndex = (id: string) => lanes.indexOf(id);
    // File order: nodes are listed lane by lane.
    const fileOrderNodes = [...modelNodes].sort((x, y) => laneIndex(x.lane) - laneIndex(y.lane));
    const modelEdges: FzEdge[] = edges
      .map((e) => {
        const a = modelNodes[e.from % modelNodes.length]!;
        const b = modelNodes[e.to % modelNodes.length]!;
        const edge: FzEdge = {
          id: '',
          from: a.id,
          to: b.id,
          fromLane: a.lane,
          toLane: b.lane,
          fromHandle: e.fromHandle,
          toHandle: e.toHandle,
          range: NO_RANGE,
        };
        if (e.label !== undefined) edge.label = e.label;
        return edge;
      })
      .sort((x, y) => laneIndex(x.fromLane) - laneIndex(y.fromLane))
      .map((e, i) => ({ ...e, id: `e${i + 1}` }));
    const modelLoops: FzLoop[] = loops
      .map((l) => ({
        condition: l.condition,
        lane: l.lane === null ? null : laneOf(l.lane),
        nodes: l.nodes.map((n) => modelNodes[n % modelNodes.length]!.id),
        range: NO_RANGE,
      }))
      .sort(
        (x, y) =>
          (x.lane === null ? 99 : laneIndex(x.lane)) - (y.lane === null ? 99 : laneIndex(y.lane)),
      );
    return {
      lanes: lanes.map((id, i) => ({ id, label: laneLabels[i]!, range: NO_RANGE })),
      nodes: fileOrderNodes,
      edges: modelEdges,
      loops: modelLoops,
    };
  });

describe('print → parse', () => {
  it(
    'any valid diagram survives printing and parsing unchanged',
    () => {
      fc.assert(
        fc.property(diagramArb, (diagram) => {
          const printed = printDiagram(diagram);
          const result = analyzeFz(printed);
          expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(withoutRanges(result.diagram)).toEqual(diagram);
          expect(formatFz(printed)).toEqual({ ok: true, text: printed, changed: false });
        }),
        { numRuns: 300 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );
});

/** Checks the invariants every analysis must keep, whatever the text. */
function checkAnyText(input: string): void {
  const result = analyzeFz(input);
  // The streaming analysis and the one from a kept AST must agree exactly.
  const viaAst = analyzeFzWithAst(input);
  expect(result.diagnostics).toEqual(viaAst.diagnostics);
  expect(result.diagram).toEqual(viaAst.diagram);
  const lines = createLineIndex(input).starts.length;
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.endLine).toBeGreaterThanOrEqual(d.line);
    expect(d.endLine).toBeLessThanOrEqual(lines);
    expect(d.column).toBeGreaterThanOrEqual(1);
    if (d.endLine === d.line) expect(d.endColumn).toBeGreaterThan(d.column);
  }
  expect(result.errorCount + result.warningCount).toBeGreaterThanOrEqual(
    result.diagnostics.filter((d) => d.severity !== 'info').length,
  );
  const formatted = formatFz(input);
  expect(formatted.ok).toBe(result.errorCount === 0);
  if (formatted.ok) {
    expect(formatFz(formatted.text)).toEqual({ ok: true, text: formatted.text, changed: false });
    expect(withoutRanges(analyzeFz(formatted.text).diagram)).toEqual(withoutRanges(result.diagram));
  }
}

const token = fc.constantFrom(
  'A',
  'Lane',
  ' { # Label',
  '{',
  '}',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '\t',
  'n1',
  'n2',
  'n3',
  'n01',
  ':',
  ' circle',
  ' diamond',
  ' hexagon',
  ' label:"x"',
  ' label="y"',
  'label:"',
  '"',
  '\\"',
  '\\\\',
  '.handle(right)',
  '.handle(',
  '.handle(up)',
  ' -> ',
  '->',
  ' [label="z"]',
  ' [label:"z"]',
  '[',
  ']',
  'loop [again] ',
  '//',
  '# c',
  '\uFEFF',
  '\u0000',
  '🚀',
  'é',
);

describe('arbitrary input', () => {
  it(
    'random FlowZap-ish token soup never throws and keeps diagnostics inside the text',
    () => {
      fc.assert(
        fc.property(
          fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
          checkAnyText,
        ),
        {
          numRuns: 500,
        },
      );
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'random mutations of valid diagrams never throw and keep diagnostics inside the text',
    () => {
      const mutation = fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 6 }),
        insert: fc.oneof(token, fc.string()),
      });
      fc.assert(
        fc.property(
          diagramArb,
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (diagram, mutations) => {
            let t = printDiagram(diagram);
            for (const m of mutations) {
              const at = m.at % (t.length + 1);
              t = t.slice(0, at) + m.insert + t.slice(at + m.cut);
            }
            checkAnyText(t);
          },
        ),
        { numRuns: 300 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );

  it(
    'random unicode strings never throw',
    () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkAnyText), {
        numRuns: 300,
      });
    },
    SLOW_TEST_TIMEOUT,
  );
});
