import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Everything the `fz` command touches outside itself, so that `runCli` can run in-process in
 * tests and as the real process in `main.ts`. Paths are as the user typed them; the io resolves
 * them against `cwd`.
 */
export interface CliIo {
  /** Writes text to standard output (no newline added). */
  stdout(text: string): void;
  /**
   * Writes UTF-8 bytes to standard output, when the io can do so without a string (the real
   * process); absent, callers decode and use {@link CliIo.stdout}.
   */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Writes text to standard error (no newline added). */
  stderr(text: string): void;
  /** Reads a whole file as bytes; rejects with a Node `ErrnoException` (ENOENT, EISDIR, …). */
  readFile(path: string): Promise<Uint8Array>;
  /** Replaces a file's content with UTF-8 text; rejects like `readFile`. */
  writeFile(path: string, text: string): Promise<void>;
  /** Reads all of standard input; resolves null when stdin is an interactive terminal. */
  readStdin(): Promise<Uint8Array | null>;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The real process's io: `process.stdout`/`stderr`, the file system and stdin. Pass `overrides`
 * to capture output (tests) while keeping real file access.
 */
export function createNodeIo(overrides: Partial<CliIo> = {}): CliIo {
  const cwd = overrides.cwd ?? process.cwd();
  return {
    stdout: (text) => void process.stdout.write(text),
    // Only alongside the real stdout: an override of `stdout` (tests) must see all output.
    stdoutBytes: overrides.stdout ? undefined : (bytes) => void process.stdout.write(bytes),
    stderr: (text) => void process.stderr.write(text),
    readFile: async (path) => readFile(resolve(cwd, path)),
    writeFile: async (path, text) => writeFile(resolve(cwd, path), text, 'utf8'),
    readStdin: async () => (process.stdin.isTTY ? null : readAll(process.stdin)),
    ...overrides,
    cwd,
  };
}
