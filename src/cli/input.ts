import type { CliIo } from './io';

/** How stdin is named in messages and JSON output. */
export const STDIN_NAME = '<stdin>';

/** A text input read and decoded, or the one-line reason it could not be. */
export type InputResult =
  | {
      ok: true;
      name: string;
      text: string;
      hadBom: boolean;
      /** The UTF-8 bytes of `text` (the file's bytes after any BOM). */
      bytes: Uint8Array;
    }
  | {
      ok: false;
      name: string;
      message: string;
      /** 2 when the input could not be read at all, 1 when it was read but is not UTF-8 text. */
      exitCode: 1 | 2;
    };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Decodes file bytes as UTF-8 text. The BOM is dropped (and reported through `hadBom`) so that it
 * never shifts a column; CR characters are left for the parser, which counts CRLF as one line end.
 * NUL and other control characters are kept: the parser reports them where they stand. Returns null
 * only for bytes that are not valid UTF-8 (a binary file, or text in another encoding), which could
 * not be written back unchanged.
 */
export function decodeText(bytes: Uint8Array): { text: string; hadBom: boolean } | null {
  const hadBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hadBom ? bytes.subarray(3) : bytes,
    );
    return { text, hadBom };
  } catch {
    return null;
  }
}

/**
 * Reads one input operand: `-` is standard input (named `<stdin>`), anything else a path.
 * Never rejects: a missing file, a directory or permission problems come back as
 * `{ ok: false, message, exitCode: 2 }`, content that is not UTF-8 as `exitCode: 1` (bad input,
 * like a diagram with errors), each with a one-line reason.
 */
export async function readInput(io: CliIo, operand: string): Promise<InputResult> {
  const name = operand === '-' ? STDIN_NAME : operand;
  let bytes: Uint8Array | null;
  try {
    bytes = operand === '-' ? await io.readStdin() : await io.readFile(operand);
  } catch (error) {
    const message = `cannot read ${name}: ${describeReadError(error)}`;
    return { ok: false, name, message, exitCode: 2 };
  }
  if (bytes === null) {
    const message = 'standard input is a terminal; pipe a file or name one';
    return { ok: false, name, message, exitCode: 2 };
  }
  const decoded = decodeText(bytes);
  if (decoded === null) {
    const message = `${name}: error: not UTF-8 text (a binary file?); .fz files are UTF-8`;
    return { ok: false, name, message, exitCode: 1 };
  }
  return { ok: true, name, ...decoded, bytes: decoded.hadBom ? bytes.subarray(3) : bytes };
}
