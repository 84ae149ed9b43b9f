import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz';
import type { FzDiagram } from '../core/model/types';
import { inferRole, respondStatusFromLabel } from '../core/sim/roles';
import { DEFAULT_DOCUMENT } from './defaultDocument';

// Read from ../shared at test time only (never copied into the product); skipped when absent.
const SEED = fileURLToPath(new URL('../../../shared/seed/api-gateway.fz', import.meta.url));
const seedPresent = existsSync(SEED);
if (!seedPresent) console.info(`skipping the reference comparison: ${SEED} is absent`);

/** The shape of a diagram without its words: shapes per node, and who links to whom, how. */
function topology(d: FzDiagram) {
  const laneIndex = new Map(d.lanes.map((lane, i) => [lane.id, i]));
  return {
    lanes: d.lanes.length,
    nodes: d.nodes.map((n) => [n.id, n.shape, laneIndex.get(n.lane)]),
    edges: d.edges.map((e) => [e.from, e.fromHandle, e.to, e.toHandle]),
  };
}

describe('the default document', () => {
  it('parses with no errors and no warnings', () => {
    const a = analyzeFz(DEFAULT_DOCUMENT);
    expect(a.diagnostics).toEqual([]);
    expect(a.diagram.nodes).toHaveLength(17);
    expect(a.diagram.edges).toHaveLength(19);
  });

  it('is our own text, not a copy of the reference template', () => {
    expect(DEFAULT_DOCUMENT).not.toContain('Authenticate JWT Token');
    expect(DEFAULT_DOCUMENT).not.toContain('Microservices Cluster');
  });

  it.skipIf(!seedPresent)(
    'has the architecture of the reference diagram, and the same roles',
    () => {
      const seed = analyzeFz(readFileSync(SEED, 'utf8')).diagram;
      const ours = analyzeFz(DEFAULT_DOCUMENT).diagram;
      expect(topology(ours)).toEqual(topology(seed));
      const roles = (d: FzDiagram) =>
        d.nodes.map((n) => {
          const incoming = d.edges.filter((e) => e.to === n.id).length;
          const outgoing = d.edges.filter((e) => e.from === n.id).length;
          return [inferRole(n, incoming, outgoing), respondStatusFromLabel(n.label)];
        });
      // Routing and status edge labels drive the simulator, so they must be the same too.
      const functional = (d: FzDiagram) =>
        d.edges.map((e) => (/^(Yes|No|Users|Orders|\d{3})$/.test(e.label ?? '') ? e.label : null));
      expect(functional(ours)).toEqual(functional(seed));
      expect(roles(ours)).toEqual(roles(seed));
    },
  );
});
