import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeIo } from './io';
import { runCli } from './runCli';

/** What one in-process `fz` run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `fz argv` in-process with real files under `cwd`, capturing stdout and stderr; `stdin` is
 * what standard input holds (null: an interactive terminal). For tests.
 */
export async function runFz(
  cwd: string,
  argv: string[],
  stdin: string | Uint8Array | null = null,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = createNodeIo({
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
  });
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory holding `files` (name → content), and a remover for afterAll. */
export async function tempDirWith(
  files: Record<string, string | Uint8Array>,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'fz-cli-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A small valid two-lane diagram (a request and its response), our own example. */
export const SHOP_FZ = [
  'Shop { # Web Shop',
  '  n1: circle label:"Open Cart"',
  '  n2: rectangle label:"Pay Order"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Bank.n3.handle(top) [label="Charge"]',
  '}',
  '',
  'Bank { # Card Issuer',
  '  n3: rectangle label:"Charge Card"',
  '  n3.handle(top) -> Shop.n2.handle(bottom) [label="Paid"]',
  '}',
  '',
].join('\n');
