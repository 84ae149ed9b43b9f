import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeFz } from '../fz/index';
import type { FzNode } from '../model/types';
import { inferRole, respondStatusFromLabel } from './roles';

function node(shape: FzNode['shape'], label: string): FzNode {
  const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
  return { id: 'n1', lane: 'L', shape, label, range };
}

describe('inferRole', () => {
  const byLabel: [string, string][] = [
    ['Return 401 Unauthorized', 'respond'],
    ['respond 503 when down', 'respond'],
    ['Return 429 Throttled', 'respond'], // the respond row wins over "throttl"
    ['Load Balancer', 'load-balancer'],
    ['Verify JWT', 'auth'],
    ['Authenticate User', 'auth'],
    ['Apply Rate Limiting', 'rate-limit'],
    ['Throttle Clients', 'rate-limit'],
    ['Check Quota', 'rate-limit'],
    ['Service Discovery Lookup', 'discovery'], // discovery before service
    ['Consul Registry', 'discovery'],
    ['Route to Microservice', 'router'],
    ['Edge Router', 'router'],
    ['Aggregate Responses', 'aggregate'],
    ['Compose Response', 'aggregate'],
    ['Merge Results', 'aggregate'],
    ['User Service', 'service'],
    ['Orders Database', 'service'],
    ['Receive API Response', 'step'],
  ];
  for (const [label, role] of byLabel) {
    it(`"${label}" → ${role}`, () => expect(inferRole(node('rectangle', label), 1, 1)).toBe(role));
  }

  it('makes every diamond a decision, whatever its label', () => {
    expect(inferRole(node('diamond', 'Rate Limit OK?'), 1, 2)).toBe('decision');
  });

  it('makes circles sources, sinks or milestones by their place in the graph', () => {
    expect(inferRole(node('circle', 'End'), 0, 1)).toBe('source');
    expect(inferRole(node('circle', 'Start'), 1, 0)).toBe('sink');
    expect(inferRole(node('circle', 'Halfway'), 1, 1)).toBe('milestone');
  });

  it('reads the status of respond labels', () => {
    expect(respondStatusFromLabel('Return 404 Not Found')).toBe(404);
    expect(respondStatusFromLabel('Return 4040')).toBeUndefined();
    expect(respondStatusFromLabel('Returns list')).toBeUndefined();
  });

  const seed = fileURLToPath(new URL('../../../../shared/seed/api-gateway.fz', import.meta.url));

  if (!existsSync(seed)) console.log(`skipping reference-diagram test: ${seed} is absent`);
  it.skipIf(!existsSync(seed))('gives the reference diagram the roles simulation.md lists', () => {
    const { diagram } = analyzeFz(readFileSync(seed, 'utf8'));
    const inDeg = (id: string) => diagram.edges.filter((e) => e.to === id).length;
    const outDeg = (id: string) => diagram.edges.filter((e) => e.from === id).length;
    const roles = Object.fromEntries(
      diagram.nodes.map((n) => [n.id, inferRole(n, inDeg(n.id), outDeg(n.id))]),
    );
    expect(roles).toEqual({
      n1: 'source',
      n2: 'load-balancer',
      n3: 'step',
      n4: 'sink',
      n5: 'auth',
      n6: 'decision',
      n7: 'rate-limit',
      n8: 'respond',
      n9: 'decision',
      n10: 'router',
      n11: 'respond',
      n12: 'aggregate',
      n13: 'discovery',
      n14: 'service',
      n15: 'service',
      n16: 'service',
      n17: 'aggregate',
    });
  });
});
