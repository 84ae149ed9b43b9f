import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, readInput, STDIN_NAME } from './input';
import { createNodeIo } from './io';

describe('decodeText', () => {
  it('drops a UTF-8 BOM and says so, keeping CR characters for the parser', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a {\r\n}\r\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'a {\r\n}\r\n', hadBom: true });
  });

  it('rejects bytes that are not UTF-8, and keeps NUL bytes for the parser to report', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
    expect(decodeText(new Uint8Array([0x61, 0x00, 0x62]))).toEqual({ text: 'a\0b', hadBom: false });
  });
});

describe('readInput', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fz-input-'));
    await mkdir(join(dir, 'folder'));
    await writeFile(join(dir, 'ok.fz'), 'A { # A\n}\n');
    await writeFile(join(dir, 'bom.fz'), '\uFEFFA { # Café\n}\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a file relative to cwd', async () => {
    const io = createNodeIo({ cwd: dir });
    const { bytes, ...rest } = (await readInput(io, 'ok.fz')) as { bytes: Uint8Array };
    expect(rest).toEqual({ ok: true, name: 'ok.fz', text: 'A { # A\n}\n', hadBom: false });
    expect([...bytes]).toEqual([...new TextEncoder().encode('A { # A\n}\n')]);
  });

  it('gives the bytes of the text without the BOM (what `fz graph` copies values from)', async () => {
    const input = await readInput(createNodeIo({ cwd: dir }), 'bom.fz');
    expect(input.ok && input.hadBom).toBe(true);
    if (!input.ok) return;
    expect(input.text).toBe('A { # Café\n}\n');
    expect([...input.bytes]).toEqual([...new TextEncoder().encode(input.text)]);
  });

  it.each([
    ['missing.fz', 'cannot read missing.fz: no such file'],
    ['folder', 'cannot read folder: is a directory, not a file'],
  ])('turns %s into a one-line message', async (operand, message) => {
    expect(await readInput(createNodeIo({ cwd: dir }), operand)).toEqual({
      ok: false,
      name: operand,
      message,
      exitCode: 2,
    });
  });

  it('names standard input <stdin> and refuses an interactive terminal', async () => {
    const piped = createNodeIo({ cwd: dir, readStdin: async () => new TextEncoder().encode('x') });
    expect(await readInput(piped, '-')).toMatchObject({ ok: true, name: STDIN_NAME, text: 'x' });
    const terminal = createNodeIo({ cwd: dir, readStdin: async () => null });
    expect(await readInput(terminal, '-')).toMatchObject({ ok: false, name: STDIN_NAME });
  });
});
