/**
 * Property test: random valid documents (generated, in varied styles, and the published corpus)
 * and random sequences of valid changes. After every change:
 * - the text is still free of errors;
 * - its diagram is "the same model" as `applyChangeToDiagram` gives: equal lanes (id, label),
 *   nodes, edges (ids included: the order must match too) and loops, every field but `range`;
 * - the edits touch only lines that mention what the change names (a node or lane id of the
 *   change, or the moved/deleted lane's own block); comments survive (a `#` comment may become
 *   `//` when a label above it goes); CRLF stays CRLF;
 * - undo gives the text back and redo gives the result again (`runChange`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import type { FzDiagram, FzHandle, FzShape } from '../model/types';
import { generateFzDiagram } from '../testing/generateFz';
import { applyChangeToDiagram } from './applyChangeToDiagram';
import { runChange } from './testHarness';
import type { FzChange } from './types';

const SLOW_TEST_TIMEOUT = 120_000;
const SHAPES: FzShape[] = ['circle', 'rectangle', 'diamond', 'taskbox'];
const HANDLES: FzHandle[] = ['left', 'right', 'top', 'bottom'];
const KINDS: FzChange['kind'][] = [
  'addNode',
  'deleteElements',
  'setNodeLabel',
  'setNodeShape',
  'moveNodeToLane',
  'connect',
  'reconnect',
  'setEdgeLabel',
  'addLane',
  'setLaneLabel',
  'renameLane',
  'moveLane',
  'deleteLane',
  'paste',
  'renameNode',
  'renumberNodes',
];

/** Label text that stresses quoting: quotes, backslashes, statement punctuation, non-ASCII. */
const piece = fc.constantFrom(
  ...['a', 'Z', '7', ' ', '"', '\\', '|', 'é', '中', '->', '#', '{', '}', '[', ']', ':', '=', '.'],
  ...['(', '🚀', '\t', 'Pay'],
);
const labelArb = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));

interface Style {
  eol: string;
  indent: string;
  comments: number[];
  blanks: number[];
}

/** A generated document rewritten in another style: line ending, indentation, extra lines. */
function restyle(text: string, style: Style): string {
  const rows = text
    .replace(/\n$/, '')
    .split('\n')
    .map((row) => (row.startsWith('  ') ? style.indent + row.slice(2) : row));
  for (const at of style.comments) {
    rows.splice(at % (rows.length + 1), 0, `${at % 2 ? '#' : '//'} note ${at}`);
  }
  for (const at of style.blanks) rows.splice(at % (rows.length + 1), 0, '');
  return rows.join(style.eol) + style.eol;
}

const generatedDoc = fc
  .record({
    nodes: fc.integer({ min: 1, max: 12 }),
    lanes: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    eol: fc.constantFrom('\n', '\r\n'),
    indent: fc.constantFrom('  ', '', '\t', '    '),
    comments: fc.array(fc.nat(), { maxLength: 3 }),
    blanks: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map((o) => restyle(generateFzDiagram(o).text, o));

const CORPUS = fileURLToPath(new URL('../../../../shared/fz-corpus/', import.meta.url));

/** Corpus files that follow FlowZap's placement rules (the model side assumes them). */
function corpusDocs(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.fz'))
    .sort()
    .map((f) => readFileSync(`${CORPUS}${f}`, 'utf8'))
    .filter((text) => {
      const a = analyzeFz(text);
      return (
        a.errorCount === 0 && !a.diagnostics.some((d) => d.code === 'FZ105' || d.code === 'FZ106')
      );
    });
}

const corpus = corpusDocs();
const docArb =
  corpus.length > 0 ? fc.oneof(generatedDoc, fc.constantFrom(...corpus)) : generatedDoc;

interface Step {
  kind: FzChange['kind'];
  a: number;
  b: number;
  c: number;
  flag: boolean;
  shape: FzShape;
  h1: FzHandle;
  h2: FzHandle;
  label: string;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  flag: fc.boolean(),
  shape: fc.constantFrom(...SHAPES),
  h1: fc.constantFrom(...HANDLES),
  h2: fc.constantFrom(...HANDLES),
  label: labelArb,
});

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

function maxNodeNumber(d: FzDiagram): number {
  return Math.max(0, ...d.nodes.map((n) => Number(n.id.slice(1))));
}

function freshLaneId(d: FzDiagram, n: number): string {
  let id = `Lane${n % 50}`;
  while (d.lanes.some((l) => l.id === id)) id += 'x';
  return id;
}

/**
 * True when `lane`'s header writes a label equal to its id (`Server { # Server`): the model keeps
 * only the display text, so it cannot tell that from "no label" (which shows the id), and a
 * rename is then ambiguous on the model side. The only state the model cannot represent.
 */
function labelledWithOwnId(text: string, lane: string): boolean {
  const block = analyzeFz(text).ast.items.find((i) => i.kind === 'lane' && i.id === lane);
  return block?.kind === 'lane' && block.label === lane;
}

/** A valid change of `step.kind` on `d` (read from `text`), or null when there is none. */
function toChange(d: FzDiagram, s: Step, text: string): FzChange | null {
  const lane = pick(d.lanes, s.a)?.id;
  const node = pick(d.nodes, s.a)?.id;
  const other = pick(d.nodes, s.b)?.id;
  const edge = pick(d.edges, s.b)?.id;
  switch (s.kind) {
    case 'addNode': {
      if (!lane) return null;
      const inLane = d.nodes.filter((n) => n.lane === lane);
      const after = s.flag ? pick(inLane, s.b)?.id : undefined;
      const id = s.c % 3 === 0 ? `n${maxNodeNumber(d) + 1 + (s.c % 7)}` : undefined;
      return { kind: 'addNode', lane, shape: s.shape, label: s.label, after, id };
    }
    case 'deleteElements': {
      const nodes = s.flag && node ? [node] : [];
      const edges = edge && s.c % 2 === 0 ? [edge] : [];
      return nodes.length + edges.length === 0 ? null : { kind: 'deleteElements', nodes, edges };
    }
    case 'setNodeLabel':
      return node ? { kind: 'setNodeLabel', node, label: s.label } : null;
    case 'setNodeShape':
      return node ? { kind: 'setNodeShape', node, shape: s.shape } : null;
    case 'moveNodeToLane': {
      const to = pick(d.lanes, s.b)?.id;
      return node && to ? { kind: 'moveNodeToLane', node, lane: to } : null;
    }
    case 'connect':
      return node && other
        ? {
            kind: 'connect',
            from: node,
            fromHandle: s.h1,
            to: other,
            toHandle: s.h2,
            label: s.flag ? s.label : undefined,
          }
        : null;
    case 'reconnect':
      return edge && node
        ? { kind: 'reconnect', edge, end: s.flag ? 'source' : 'target', node, handle: s.h1 }
        : null;
    case 'setEdgeLabel':
      return edge ? { kind: 'setEdgeLabel', edge, label: s.flag ? s.label : null } : null;
    case 'addLane': {
      const before = s.flag ? pick(d.lanes, s.b)?.id : undefined;
      return { kind: 'addLane', id: freshLaneId(d, s.c), label: s.label, before };
    }
    case 'setLaneLabel':
      return lane ? { kind: 'setLaneLabel', lane, label: s.label } : null;
    case 'renameLane':
      if (!lane || labelledWithOwnId(text, lane)) return null;
      return { kind: 'renameLane', from: lane, to: freshLaneId(d, s.c) };
    case 'moveLane':
      return lane ? { kind: 'moveLane', lane, toIndex: s.b % d.lanes.length } : null;
    case 'deleteLane':
      return lane && d.lanes.length > 1 ? { kind: 'deleteLane', lane } : null;
    case 'paste': {
      if (!lane) return null;
      const count = 1 + (s.c % 3);
      const nodes = Array.from({ length: count }, (_, i) => ({
        id: `c${i}`,
        shape: SHAPES[(s.b + i) % 4]!,
        label: i === 0 ? s.label : `Copy ${i}`,
        owner: s.flag && i === 1 ? 'Ops "team"' : undefined,
      }));
      const edges = nodes.slice(1).map((n, i) => ({
        from: `c${i}`,
        to: n.id,
        fromHandle: s.h1,
        toHandle: s.h2,
        label: s.flag ? undefined : s.label,
      }));
      return { kind: 'paste', lane, nodes, edges };
    }
    case 'renameNode':
      return node
        ? { kind: 'renameNode', from: node, to: `n${maxNodeNumber(d) + 1 + (s.c % 5)}` }
        : null;
    case 'renumberNodes':
      return { kind: 'renumberNodes' };
  }
}

/** A diagram without source ranges: what "the same model" compares. */
function normal(d: FzDiagram): unknown {
  return JSON.parse(
    JSON.stringify(d, (key, value: unknown) => (key === 'range' ? undefined : value)),
  );
}

/** Ids a change names (node ids, edge ends, lane ids): lines mentioning none must not change. */
function namedIds(d: FzDiagram, c: FzChange): string[] {
  const endsOf = (id: string) => {
    const e = d.edges.find((x) => x.id === id);
    return e ? [e.from, e.to] : [];
  };
  switch (c.kind) {
    case 'addNode':
    case 'addLane':
    case 'connect':
    case 'paste':
      return [];
    case 'deleteElements':
      return [...c.nodes, ...c.edges.flatMap(endsOf)];
    case 'setNodeLabel':
    case 'setNodeShape':
    case 'moveNodeToLane':
      return [c.node];
    case 'reconnect':
    case 'setEdgeLabel':
      return endsOf(c.edge);
    case 'setLaneLabel':
      return [c.lane];
    case 'renameLane':
      return [c.from];
    case 'moveLane':
    case 'deleteLane':
      return [c.lane, ...d.nodes.filter((n) => n.lane === c.lane).map((n) => n.id)];
    case 'renameNode':
      return [c.from];
    case 'renumberNodes':
      return d.nodes.map((n) => n.id);
  }
}

/** 1-based lines of the moved or deleted lane's block (header to `}`), for lane changes. */
function laneBlockLines(text: string, c: FzChange): Set<number> {
  const out = new Set<number>();
  if (c.kind !== 'moveLane' && c.kind !== 'deleteLane') return out;
  const lane = analyzeFz(text).ast.items.find((i) => i.kind === 'lane' && i.id === c.lane);
  if (lane?.kind !== 'lane') return out;
  const last = text.slice(0, lane.closeStart).split(/\r\n|\n/).length;
  for (let l = lane.line; l <= last; l++) out.add(l);
  return out;
}

function expectOnlyNamedLinesTouched(text: string, d: FzDiagram, c: FzChange, touched: number[]) {
  const rows = text.split(/\r\n|\n/);
  const ids = namedIds(d, c);
  const block = laneBlockLines(text, c);
  for (const line of touched) {
    const row = rows[line - 1]!;
    const named = ids.some((id) => new RegExp(`(^|[^A-Za-z0-9_])${id}($|[^A-Za-z0-9_])`).test(row));
    const movable = block.has(line) || /^\s*((\/\/|#).*)?$/.test(row);
    expect(named || movable, `line ${line} "${row}" changed by ${JSON.stringify(c)}`).toBe(true);
  }
}

/** The texts of the `// note k` / `# note k` comments the style added (a `#` may become `//`). */
function notes(text: string): string[] {
  return text
    .split(/\r\n|\n/)
    .flatMap((r) => /^\s*(?:\/\/|#) (note \d+)$/.exec(r)?.[1] ?? [])
    .sort();
}

describe('computeEdits ≡ applyChangeToDiagram on random documents and changes', () => {
  it('has corpus documents to start from when the corpus is present', () => {
    if (existsSync(CORPUS)) expect(corpus.length).toBeGreaterThan(10);
  });

  it(
    'keeps text and model in step, error-free, touching only what each change names',
    () => {
      fc.assert(
        fc.property(docArb, fc.array(stepArb, { minLength: 1, maxLength: 6 }), (start, steps) => {
          let text = start;
          let model = analyzeFz(text).diagram;
          for (const step of steps) {
            const change = toChange(model, step, text);
            if (!change) continue;
            const run = runChange(text, change);
            expectOnlyNamedLinesTouched(text, model, change, run.touched);
            if (change.kind !== 'deleteLane') {
              expect(notes(run.text)).toEqual(notes(text));
            }
            const next = applyChangeToDiagram(model, change);
            const analysis = analyzeFz(run.text);
            expect(analysis.errorCount, `errors after ${JSON.stringify(change)}`).toBe(0);
            expect(normal(analysis.diagram)).toEqual(normal(next));
            text = run.text;
            model = next;
          }
        }),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_TIMEOUT,
  );
});
