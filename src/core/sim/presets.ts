/**
 * Ready-made scenarios for the open diagram, so a user can press Run without writing JSON. They
 * are built from the diagram itself: every node whose role is rate-limit gets a token bucket, and
 * the request path is taken from the first labelled branch of a router or discovery node.
 */
import type { FzDiagram } from '../model/types';
import { inferRole } from './roles';
import type { SimNodeSettings, SimScenario } from './types';

/** The preset ids, in the order the studio shows them. */
export type SimPresetId = 'normal' | 'burst' | 'bad-tokens';

/** A named scenario for the open diagram. */
export interface SimPreset {
  id: SimPresetId;
  label: string;
  description: string;
  scenario: SimScenario;
}

/** The preset selected when the studio opens. */
export const DEFAULT_PRESET_ID: SimPresetId = 'burst';

/** Token bucket given to every rate-limit node by the presets. */
export const PRESET_BUCKET = { algorithm: 'token-bucket', capacity: 10, refillPerSec: 5 } as const;

/**
 * The three presets for `diagram`: `normal` (4 requests/s for 10 s, under the refill rate, Poisson
 * arrivals), `burst` (15 valid requests at once from one client: 10 pass, 5 get 429) and
 * `bad-tokens` (5 each of valid, missing, expired and bad-signature tokens at once: the 15 bad
 * ones get 401 and use no quota). Works on any diagram, including an empty one.
 */
export function presetScenarios(diagram: FzDiagram): SimPreset[] {
  const nodes: Record<string, SimNodeSettings> = {};
  const incoming = new Map<string, number>();
  const outgoing = new Map<string, number>();
  for (const e of diagram.edges) {
    incoming.set(e.to, (incoming.get(e.to) ?? 0) + 1);
    outgoing.set(e.from, (outgoing.get(e.from) ?? 0) + 1);
  }
  let path = '/';
  for (const node of diagram.nodes) {
    const role = inferRole(node, incoming.get(node.id) ?? 0, outgoing.get(node.id) ?? 0);
    if (role === 'rate-limit') nodes[node.id] = { ...PRESET_BUCKET, key: 'client' };
    if (path === '/' && (role === 'discovery' || role === 'router')) {
      const labelled = diagram.edges.find(
        (e) => e.from === node.id && /^[A-Za-z][\w -]*$/.test(e.label ?? ''),
      );
      const edges = diagram.edges.filter((e) => e.from === node.id);
      if (labelled && edges.length > 1)
        path = `/${labelled.label!.trim().toLowerCase().replace(/\s+/g, '-')}/42`;
    }
  }
  const withNodes = (traffic: SimScenario['traffic']): SimScenario => ({
    seed: 1,
    traffic,
    nodes: structuredClone(nodes),
  });
  return [
    {
      id: 'normal',
      label: 'Normal traffic',
      description: `4 requests/s for 10 s (Poisson) on ${path}, under the rate limit`,
      scenario: withNodes([
        { from: 0, to: 10_000, rps: 4, arrival: 'poisson', client: 'alice', token: 'valid', path },
      ]),
    },
    {
      id: 'burst',
      label: 'Burst',
      description: `15 requests at once on ${path} from one client against a bucket of 10: 10 pass, 5 get 429`,
      scenario: withNodes([{ at: 0, count: 15, client: 'alice', token: 'valid', path }]),
    },
    {
      id: 'bad-tokens',
      label: 'Bad tokens',
      description: '5 valid, 5 missing, 5 expired and 5 badly signed tokens at once: 15 × 401',
      scenario: withNodes(
        (['valid', 'missing', 'expired', 'bad-signature'] as const).map((token) => ({
          at: 0,
          count: 5,
          client: 'alice',
          token,
          path,
        })),
      ),
    },
  ];
}
