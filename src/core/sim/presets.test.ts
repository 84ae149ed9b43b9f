import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { DEFAULT_PRESET_ID, presetScenarios } from './presets';
import { parseScenario } from './scenario';
import { simulate } from './simulate';
import type { SimTransport } from './types';

const ok: SimTransport = async () => ({ status: 200, headers: {}, body: null });

const GATEWAY = `Users { # Users
n1: circle label:"Open App"
n2: circle label:"Page Shown"
n1.handle(right) -> Api.n3.handle(left)
}
Api { # API
n3: rectangle label:"Verify JWT"
n4: diamond label:"Token OK?"
n5: rectangle label:"Quota Check"
n6: diamond label:"Allowed?"
n7: rectangle label:"Return 401 Login Needed"
n8: rectangle label:"Return 429 Wait"
n9: rectangle label:"Service Registry"
n10: rectangle label:"Photo Service"
n11: rectangle label:"Album Service"
n12: rectangle label:"Merge Page"
n3.handle(right) -> n4.handle(left)
n4.handle(right) -> n5.handle(left) [label="Yes"]
n4.handle(bottom) -> n7.handle(top) [label="No"]
n5.handle(right) -> n6.handle(left)
n6.handle(right) -> n9.handle(left) [label="Yes"]
n6.handle(bottom) -> n8.handle(top) [label="No"]
n7.handle(top) -> Users.n2.handle(bottom)
n8.handle(top) -> Users.n2.handle(bottom)
n9.handle(right) -> n10.handle(left) [label="Photos"]
n9.handle(bottom) -> n11.handle(top) [label="Albums"]
n10.handle(right) -> n12.handle(left)
n11.handle(right) -> n12.handle(top)
n12.handle(top) -> Users.n2.handle(bottom)
}
`;

describe('presetScenarios', () => {
  const diagram = analyzeFz(GATEWAY).diagram;
  const presets = presetScenarios(diagram);

  it('offers normal, burst and bad-tokens, with burst as the default', () => {
    expect(presets.map((p) => p.id)).toEqual(['normal', 'burst', 'bad-tokens']);
    expect(DEFAULT_PRESET_ID).toBe('burst');
  });

  it('configures the rate-limit nodes it finds by role and a path from the router labels', () => {
    const burst = presets.find((p) => p.id === 'burst')!.scenario;
    expect(burst.nodes).toEqual({
      n5: { algorithm: 'token-bucket', capacity: 10, refillPerSec: 5, key: 'client' },
    });
    expect(burst.traffic[0]).toMatchObject({ path: '/photos/42', count: 15 });
  });

  it('passes the scenario schema and runs with the promised outcomes', async () => {
    const expected: Record<string, Record<string, number>> = {
      burst: { '200': 10, '429': 5 },
      'bad-tokens': { '200': 5, '401': 15 },
    };
    for (const preset of presets) {
      expect(parseScenario(preset.scenario).ok).toBe(true);
      const outcome = await simulate(diagram, preset.scenario, { transport: ok });
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      if (preset.id === 'normal') {
        expect(Object.keys(outcome.result.status)).toEqual(['200']);
        expect(outcome.result.requests).toBeGreaterThan(20);
      } else {
        expect(outcome.result.status).toEqual(expected[preset.id]);
      }
    }
  });

  it('works on an empty diagram', () => {
    const empty = presetScenarios({ lanes: [], nodes: [], edges: [], loops: [] });
    expect(empty).toHaveLength(3);
    expect(empty[1]!.scenario.traffic[0]).toMatchObject({ path: '/' });
  });

  const seed = fileURLToPath(new URL('../../../../shared/seed/api-gateway.fz', import.meta.url));

  if (!existsSync(seed)) console.log(`skipping reference-diagram test: ${seed} is absent`);
  it.skipIf(!existsSync(seed))('targets n7 and /users/42 on the reference diagram', () => {
    const burst = presetScenarios(analyzeFz(readFileSync(seed, 'utf8')).diagram)[1]!.scenario;
    expect(Object.keys(burst.nodes)).toEqual(['n7']);
    expect(burst.traffic[0]).toMatchObject({ path: '/users/42' });
  });
});
