// Bundles the `fz` command (src/cli/main.ts and the core it uses) into dist-cli/fz.mjs plus lazy
// chunks, so that the installed command starts without tsx. Usage: node src/cli/build.mjs
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  // Chunk names carry content hashes: clear old ones so the directory holds exactly one build.
  rmSync(new URL('../../dist-cli', import.meta.url), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    // Code splitting keeps `import()` lazy: without it esbuild hoists every dynamic import into the
    // one file, so `fz graph` would load and evaluate the simulator, msw and jose at start-up.
    splitting: true,
    outdir: 'dist-cli',
    entryNames: 'fz',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies (msw, jose) stay in node_modules: resolved there when installed, never duplicated.
    packages: 'external',
    logLevel: 'silent',
  });
  // The shebang goes on the entry only (a banner would repeat it in every chunk).
  const entry = new URL('../../dist-cli/fz.mjs', import.meta.url);
  writeFileSync(entry, `#!/usr/bin/env node\n${readFileSync(entry, 'utf8')}`);
  console.log('built dist-cli/fz.mjs (and its lazy chunks in dist-cli/chunks/)');
} catch (error) {
  // esbuild's failures carry one entry per problem, with file and line: print those, not a stack.
  const problems = error?.errors ?? [{ text: String(error?.message ?? error) }];
  for (const { text, location } of problems) {
    const where = location ? `${location.file}:${location.line}:${location.column + 1}: ` : '';
    console.error(`build-cli: ${where}${text}`);
  }
  process.exitCode = 1;
}
