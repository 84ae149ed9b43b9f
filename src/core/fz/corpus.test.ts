/**
 * Real FlowZap files (read at run time from ../shared, never copied into the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../model/analyze';
import type { FzDiagram } from '../model/types';
import { formatFz } from './printer';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const CORPUS = `${SHARED}fz-corpus/`;
const SEED = `${SHARED}seed/api-gateway.fz`;
const hasCorpus = existsSync(CORPUS);
const hasSeed = existsSync(SEED);
if (!hasCorpus) console.warn(`[corpus.test] skipped: ${CORPUS} is absent`);
if (!hasSeed) console.warn(`[corpus.test] skipped: ${SEED} is absent`);

const read = (path: string): string => readFileSync(path, 'utf8');
const list = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.fz'))
        .sort()
    : [];

/** The diagram without source ranges (they legitimately move when formatting). */
function withoutRanges(diagram: FzDiagram): unknown {
  return JSON.parse(
    JSON.stringify(diagram, (key, value: unknown) => (key === 'range' ? undefined : value)),
  );
}

describe.skipIf(!hasCorpus)('fz-corpus: every published file', () => {
  const files = list(CORPUS);

  it('has files to test', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s parses with zero errors and round-trips through format', (file) => {
    const text = read(CORPUS + file);
    const result = analyzeFz(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.stats.nodes).toBeGreaterThan(0);
    const once = formatFz(text);
    if (!once.ok) throw new Error(`format refused ${file}`);
    expect(withoutRanges(analyzeFz(once.text).diagram)).toEqual(withoutRanges(result.diagram));
    expect(formatFz(once.text)).toEqual({ ok: true, text: once.text, changed: false });
  });
});

describe.skipIf(!hasCorpus)('fz-corpus/invalid: every known-bad file', () => {
  const dir = `${CORPUS}invalid/`;
  const codes = (file: string) =>
    analyzeFz(read(dir + file))
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => [d.code, d.line]);

  it('reports `[label:"…"]` on an edge (FZ009) where it is written', () => {
    expect(codes('code-readme-wedding-colon-edge-label-crlf.fz')).toEqual([['FZ009', 22]]);
  });

  it('reports the placeholder shape and the undeclared target', () => {
    expect(codes('mcp-get-syntax-basic-structure-placeholder.fz')).toEqual([
      ['FZ004', 2],
      ['FZ012', 3],
    ]);
  });

  it('reports free-form node ids and edges without handles', () => {
    const found = codes('mcp-readme-v1.0.2-nonstandard-syntax.fz');
    expect(found).toContainEqual(['FZ005', 3]);
    expect(found).toContainEqual(['FZ010', 6]);
    expect(found).toContainEqual(['FZ010', 14]);
  });

  it.each(list(dir))('%s reports at least one error and format refuses it', (file) => {
    const text = read(dir + file);
    expect(analyzeFz(text).errorCount).toBeGreaterThan(0);
    expect(formatFz(text).ok).toBe(false);
  });
});

describe.skipIf(!hasSeed)('the reference diagram (seed/api-gateway.fz)', () => {
  it('has 3 lanes, 17 nodes, 19 edges and no diagnostics', () => {
    const result = analyzeFz(read(SEED));
    expect(result.errorCount).toBe(0);
    expect(result.stats).toEqual({ lanes: 3, nodes: 17, edges: 19, loops: 0 });
    expect(result.diagram.lanes.map((l) => [l.id, l.label])).toEqual([
      ['Client', 'Client Application'],
      ['Gateway', 'API Gateway'],
      ['Services', 'Microservices Cluster'],
    ]);
    expect(result.diagram.edges[1]).toMatchObject({
      id: 'e2',
      from: 'n2',
      to: 'n5',
      fromLane: 'Client',
      toLane: 'Gateway',
      fromHandle: 'bottom',
      toHandle: 'top',
      label: 'Route Request',
    });
  });
});
