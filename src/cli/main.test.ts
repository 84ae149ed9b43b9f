import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOP_FZ, tempDirWith } from './testing';

// Resolved here because the spawned process runs in a temp dir with no node_modules.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The real process, as `npm run fz` starts it (through tsx). */
function fz(args: string[], cwd: string, input?: string) {
  const main = new URL('./main.ts', import.meta.url).pathname;
  return spawnSync(process.execPath, ['--import', TSX, main, ...args], {
    cwd,
    input,
    encoding: 'utf8',
  });
}

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await tempDirWith({
    'shop.fz': SHOP_FZ,
    'bad.fz': SHOP_FZ.replace('circle', 'hexagon'),
  }));
});
afterAll(() => remove());

describe('the fz process', () => {
  it('prints exactly one JSON value and exits 1 when a file has errors', () => {
    const run = fz(['validate', '--json', 'shop.fz', 'bad.fz'], dir);
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.stdout) as { file: string; valid: boolean }[];
    expect(reports.map((r) => r.valid)).toEqual([true, false]);
    expect(run.stdout.endsWith(']\n')).toBe(true);
  });

  it('reads piped stdin and exits 0 for a valid diagram', () => {
    const run = fz(['validate'], dir, SHOP_FZ);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<stdin>: valid');
  });

  it('exits 2 on a usage error and 2 on a directory, never with a stack trace', () => {
    const usage = fz(['validate', '--frobnicate'], dir);
    expect(usage.status).toBe(2);
    const directory = fz(['graph', '.'], dir);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toBe('fz: cannot read .: is a directory, not a file\n');
    for (const run of [usage, directory]) expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
