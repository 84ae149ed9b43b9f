import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz';
import type { FzDiagram } from '../core/model/types';
import { DEFAULT_DOCUMENT } from './defaultDocument';

const SEED = fileURLToPath(new URL('../../../shared/seed/api-gateway.fz', import.meta.url));

/** The diagram without source ranges: what `fz graph` compares. */
function semantics(d: FzDiagram) {
  return {
    lanes: d.lanes.map(({ id, label }) => ({ id, label })),
    nodes: d.nodes.map(({ range: _r, ...n }) => n),
    edges: d.edges.map(({ range: _r, ...e }) => e),
    loops: d.loops.map(({ range: _r, ...l }) => l),
  };
}

const seedPresent = existsSync(SEED);
if (!seedPresent) console.info(`skipping the reference comparison: ${SEED} is absent`);

describe('the default document', () => {
  it('parses with no errors and no warnings', () => {
    const a = analyzeFz(DEFAULT_DOCUMENT);
    expect(a.diagnostics).toEqual([]);
    expect(a.diagram.nodes).toHaveLength(17);
    expect(a.diagram.edges).toHaveLength(19);
  });

  it.skipIf(!seedPresent)('means exactly what the reference diagram means', () => {
    const seed = analyzeFz(readFileSync(SEED, 'utf8'));
    expect(semantics(analyzeFz(DEFAULT_DOCUMENT).diagram)).toEqual(semantics(seed.diagram));
  });
});
