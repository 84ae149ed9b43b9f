import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the repository (read-only reference material; absent in a plain clone). */
const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * Reads a file under `../shared`, or returns null when it is absent, so that a test can skip with
 * a printed reason instead of failing on a machine without the reference material.
 */
export function readShared(relativePath: string): string | null {
  const file = SHARED_DIR + relativePath;
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The reason printed by tests that skip because `../shared` is absent. */
export const SHARED_MISSING = `../shared is absent (looked in ${SHARED_DIR}); reference comparison skipped`;
