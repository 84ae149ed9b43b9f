import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimResult } from '../../core/sim/types';
import { runFz, SHOP_FZ, tempDirWith } from '../testing';

const SEED_PATH = fileURLToPath(new URL('../../../../shared/seed/api-gateway.fz', import.meta.url));
const hasSeed = existsSync(SEED_PATH);
if (!hasSeed)
  console.log(`simulate.test: skipping runs of the reference diagram: ${SEED_PATH} absent`);

const SCENARIO = {
  seed: 1,
  traffic: [
    { at: 0, count: 4, client: 'alice', token: 'valid', path: '/users/42' },
    { at: 5, count: 2, client: 'bob', token: 'missing', path: '/orders/7' },
  ],
  nodes: {},
};

const POISSON = { from: 0, to: 2000, rps: 20, arrival: 'poisson', client: 'carol' };

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await tempDirWith({
    'gateway.fz': hasSeed ? readFileSync(SEED_PATH, 'utf8') : SHOP_FZ,
    'broken.fz': SHOP_FZ.replace('Bank.n3', 'n3'),
    'ok.scenario.json': JSON.stringify(SCENARIO),
    'poisson.scenario.json': JSON.stringify({ ...SCENARIO, traffic: [POISSON] }),
    'poisson-seed-2.scenario.json': JSON.stringify({ ...SCENARIO, seed: 2, traffic: [POISSON] }),
    'bad.scenario.json': JSON.stringify({ ...SCENARIO, bogus: 1, traffic: [{ at: 0, count: -3 }] }),
    'garbage.scenario.json': '{ "seed": 1,',
  }));
});
afterAll(() => remove());

describe('fz simulate', () => {
  it('refuses an invalid diagram: its errors, "does not simulate", exit 1', async () => {
    const run = await runFz(dir, ['simulate', 'broken.fz', '--scenario', 'ok.scenario.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^broken\.fz:5:\d+: error FZ\d{3}: /m);
    expect(run.stderr).toContain('broken.fz does not simulate');
  });

  it('names every bad key of the scenario and runs nothing (exit 1)', async () => {
    const run = await runFz(dir, ['simulate', 'gateway.fz', '--scenario', 'bad.scenario.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^fz: bad\.scenario\.json: bogus: /m);
    expect(run.stderr).toMatch(/^fz: bad\.scenario\.json: traffic\[0\]\S*: /m);
  });

  it('reports a scenario that is not JSON (exit 1), and a missing --scenario (exit 2)', async () => {
    const garbage = await runFz(dir, [
      'simulate',
      'gateway.fz',
      '--scenario=garbage.scenario.json',
    ]);
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain('garbage.scenario.json: not valid JSON');
    expect((await runFz(dir, ['simulate', 'gateway.fz'])).code).toBe(2);
  });

  it.skipIf(!hasSeed)('prints the result as JSON, with results only under --results', async () => {
    const args = ['simulate', 'gateway.fz', '--scenario', 'ok.scenario.json', '--json'];
    const run = await runFz(dir, args);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SimResult;
    expect(result.requests).toBe(6);
    expect(Object.values(result.status).reduce((a, b) => a + b, 0)).toBe(6);
    expect(result.status['401']).toBe(2);
    expect(result.results).toBeUndefined();

    const withResults = JSON.parse((await runFz(dir, [...args, '--results'])).stdout) as SimResult;
    expect(withResults.results?.map((r) => r.client)).toEqual([
      ...Array<string>(4).fill('alice'),
      'bob',
      'bob',
    ]);
    expect((await runFz(dir, args)).stdout).toBe(run.stdout);
  });

  it('--seed N runs as if the scenario said seed N; a bad seed is a usage error', async () => {
    const run = (file: string, ...extra: string[]) =>
      runFz(dir, ['simulate', 'gateway.fz', '--scenario', file, '--json', '--results', ...extra]);
    const overridden = await run('poisson.scenario.json', '--seed', '2');
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toBe((await run('poisson-seed-2.scenario.json')).stdout);
    expect(overridden.stdout).not.toBe((await run('poisson.scenario.json')).stdout);
    const bad = await run('poisson.scenario.json', '--seed', 'abc');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain("--seed must be an integer from 0 to 4294967295, got 'abc'");
  });

  it.skipIf(!hasSeed)('prints a readable summary without --json', async () => {
    const run = await runFz(dir, ['simulate', 'gateway.fz', '--scenario', 'ok.scenario.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}http_reqs\.+: 6 +[\d.]+\/s$/m);
    expect(run.stdout).toMatch(/^ {2}401 +2 +33\.3%$/m);
    expect(run.stdout).toContain('avg');
    expect(run.stdout).toContain('p(99)');
    expect(run.stdout).toMatch(/^ {2}n5 +Authenticate JWT Token +auth +6 /m);
  });

  it.skipIf(!hasSeed)(
    '--preset runs the studio preset of this diagram: burst gives 10×200, 5×429',
    async () => {
      const run = await runFz(dir, ['simulate', 'gateway.fz', '--preset', 'burst', '--json']);
      expect(run.code).toBe(0);
      const result = JSON.parse(run.stdout) as SimResult;
      expect(result.status).toEqual({ '200': 10, '429': 5 });
    },
  );

  it('--preset: an unknown name, or both --preset and --scenario, is a usage error', async () => {
    const unknown = await runFz(dir, ['simulate', 'gateway.fz', '--preset', 'storm']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "unknown preset 'storm' (choose one of: normal, burst, bad-tokens)",
    );
    const both = await runFz(dir, [
      'simulate',
      'gateway.fz',
      '--preset',
      'burst',
      '--scenario',
      'ok.scenario.json',
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --scenario or --preset');
  });
});
