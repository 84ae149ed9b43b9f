#!/usr/bin/env node
// The installed `fz` command: the bundled CLI when it has been built (src/cli/build.mjs),
// else the TypeScript sources through tsx, so a fresh checkout works without a build step.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../../dist-cli/fz.mjs', import.meta.url));

if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    // An install without the bundle and without dev dependencies: say what to do, no stack trace.
    process.stderr.write(
      'fz: internal error: dist-cli/fz.mjs is not built and tsx is not installed ' +
        '(run `node src/cli/build.mjs` in the fz package)\n',
    );
    process.exit(70);
  }
  register();
  await import('./main.ts');
}
