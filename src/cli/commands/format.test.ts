import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFz, SHOP_FZ, tempDirWith } from '../testing';

/** The shop diagram written untidily: no indent, extra blank lines, CRLF. */
const UNTIDY = `\r\n\r\n${SHOP_FZ.replace(/^ {2}/gm, '').replace(/\n/g, '\r\n')}\r\n\r\n`;
const BROKEN = 'Shop { # Shop\n  n1: square label:"A"\n}\n';

let dir = '';
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ dir, remove } = await tempDirWith({
    'untidy.fz': UNTIDY,
    'rewrite.fz': UNTIDY,
    'broken.fz': BROKEN,
    'bom.fz': '',
  }));
});
afterAll(() => remove());

describe('fz format', () => {
  it('prints canonical text that is itself canonical', async () => {
    const run = await runFz(dir, ['format', 'untidy.fz']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout).toContain('n2.handle(bottom) -> Bank.n3.handle(top) [label="Charge"]');
    const again = await runFz(dir, ['format', '--check', '-'], run.stdout);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--check exits 1 with a message on stderr when the file is not canonical', async () => {
    const run = await runFz(dir, ['format', '--check', 'untidy.fz']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('untidy.fz is not formatted');
  });

  it('--write rewrites the file in place with the canonical text', async () => {
    const expected = (await runFz(dir, ['format', 'rewrite.fz'])).stdout;
    const run = await runFz(dir, ['format', '--write', 'rewrite.fz']);
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'rewrite.fz'), 'utf8')).toBe(expected);
    expect((await runFz(dir, ['format', '--check', 'rewrite.fz'])).code).toBe(0);
  });

  it('counts a BOM as a difference: --check fails, --write drops it', async () => {
    const canonical = (await runFz(dir, ['format', 'untidy.fz'])).stdout;
    await writeFile(join(dir, 'bom.fz'), `\uFEFF${canonical}`);
    expect((await runFz(dir, ['format', '--check', 'bom.fz'])).code).toBe(1);
    expect((await runFz(dir, ['format', '--write', 'bom.fz'])).code).toBe(0);
    expect(await readFile(join(dir, 'bom.fz'), 'utf8')).toBe(canonical);
  });

  it('never touches a file with errors: diagnostics on stderr, exit 1', async () => {
    const run = await runFz(dir, ['format', '--write', 'broken.fz']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.fz:2:\d+: error FZ\d{3}: /m);
    expect(await readFile(join(dir, 'broken.fz'), 'utf8')).toBe(BROKEN);
  });

  it('refuses --check with --write, and --write on stdin (exit 2)', async () => {
    expect((await runFz(dir, ['format', '--check', '--write', 'untidy.fz'])).code).toBe(2);
    expect((await runFz(dir, ['format', '--write', '-'], SHOP_FZ)).code).toBe(2);
  });
});
