// `fz validate FILE --scenario S.json`: the scenario is checked against the diagram without
// running it; known pitfall BR-18 (an HS256 "secret" that is really an RSA public key) is flagged.
import { exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INLINE_GATEWAY } from '../../core/sim/testing/gateways';
import { runFz, tempDirWith } from '../testing';
import type { ValidateReport } from './validate';

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  const { publicKey } = await generateKeyPair('RS256', { extractable: true });
  const scenario = (nodes: object) => JSON.stringify({ traffic: [{ at: 0, count: 1 }], nodes });
  ({ dir, remove } = await tempDirWith({
    'gateway.fz': INLINE_GATEWAY,
    'ok.scenario.json': scenario({ n6: { algorithm: 'gcra', ratePerSec: 2, burst: 1 } }),
    'mixed.scenario.json': scenario({ n4: { alg: 'HS256', secret: await exportSPKI(publicKey) } }),
    'bad.scenario.json': scenario({ n6: { algorithm: 'bucket' }, n99: { role: 'service' } }),
    'broken.scenario.json': '{ "traffic": [',
  }));
});
afterAll(() => remove());

describe('fz validate --scenario', () => {
  it('accepts a scenario that would run, exit 0', async () => {
    const run = await runFz(dir, ['validate', 'gateway.fz', '--scenario', 'ok.scenario.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok.scenario.json: valid scenario');
  });

  it('BR-18: flags an HS256 secret that is an RSA key, naming the key, exit 1', async () => {
    const run = await runFz(dir, ['validate', 'gateway.fz', '--scenario', 'mixed.scenario.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^mixed\.scenario\.json: error: nodes\.n4\.secret: .*RSA/m);
  });

  it('lists every problem (unknown algorithm, unknown node) and reports them in --json', async () => {
    const run = await runFz(dir, [
      'validate',
      'gateway.fz',
      '--scenario',
      'bad.scenario.json',
      '--json',
    ]);
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as ValidateReport[];
    expect(report!.valid).toBe(true); // the diagram itself is fine
    expect(report!.scenario!.valid).toBe(false);
    expect(report!.scenario!.errors.join('\n')).toMatch(/nodes\.n99/);
  });

  it('reports JSON that does not parse, and refuses two diagrams with one scenario', async () => {
    const broken = await runFz(dir, [
      'validate',
      'gateway.fz',
      '--scenario',
      'broken.scenario.json',
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('broken.scenario.json: error: not valid JSON');
    const two = await runFz(dir, [
      'validate',
      'gateway.fz',
      'gateway.fz',
      '--scenario',
      'ok.scenario.json',
    ]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('exactly one FILE');
  });
});
