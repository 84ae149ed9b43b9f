/**
 * `npm run bench`: the figures of bench/README.md, each the median of several runs, printed as a
 * table (never asserted). `npm run bench -- --quick` uses a smaller diagram and fewer runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFzText } from '../core/testing/generateFz';
import { benchMillion } from './millionBench';
import { benchParse } from './parseBench';
import { benchProcess, buildCli } from './processBench';
import { benchSimulation } from './simBench';
import type { BenchRow } from './timing';
import { formatTable } from './timing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick');
const nodes = quick ? 10_000 : 50_000;
const runs = quick ? 3 : 5;
// A 20,000-request simulation takes seconds: fewer repeats keep the bench kind to a shared box.
const simRuns = 3;
const requests = quick ? 5_000 : 20_000;
const millionRequests = quick ? 100_000 : 1_000_000;

/** The reference diagram (../shared's seed, else the studio's default document) and a file of it. */
async function referenceDiagram(
  outDir: string,
): Promise<{ text: string; source: string; file: string }> {
  const seed = join(root, '..', 'shared', 'seed', 'api-gateway.fz');
  if (existsSync(seed)) return { text: readFileSync(seed, 'utf8'), source: seed, file: seed };
  const { DEFAULT_DOCUMENT } = await import('../app/defaultDocument');
  const file = join(outDir, 'default-document.fz');
  writeFileSync(file, DEFAULT_DOCUMENT);
  return { text: DEFAULT_DOCUMENT, source: "the studio's default document", file };
}

const rows: BenchRow[] = [];
const skipped: string[] = [];

/** Runs one figure's task; a failure skips that figure with its reason, never the others. */
async function section(name: string, task: () => Promise<BenchRow[]>): Promise<void> {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await task()));
  } catch (error) {
    skipped.push(`${name}: skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  // Generated inputs are large: kept in the usual cache folder, never in the source tree.
  const outDir = join(root, 'node_modules', '.cache', 'fz-bench');
  mkdirSync(outDir, { recursive: true });
  const bigText = generateFzText({ nodes, lanes: 8, seed: 1 });
  const bigFile = join(outDir, `big-${nodes}.fz`);
  writeFileSync(bigFile, bigText);

  await section('parse', () => benchParse(bigText, runs));
  await section('simulate', async () => {
    const { text, source } = await referenceDiagram(outDir);
    process.stderr.write(`bench: reference diagram from ${source}\n`);
    return benchSimulation(text, requests, simRuns);
  });
  await section('fz graph process', async () => {
    buildCli(root);
    return benchProcess(root, bigFile, 5);
  });
  await section('fz simulate, a million requests', async () => {
    const { text, file } = await referenceDiagram(outDir);
    return benchMillion(root, outDir, file, text, millionRequests);
  });

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nfz benchmarks: node ${process.version}, ${cpus().length} × ${cpu}`);
  console.log(`input: ${bigFile} (${nodes} nodes, ${(bigText.length / 1e6).toFixed(2)} MB)`);
  console.log(
    `medians of: parse ${runs} runs, simulate ${simRuns} (each after a warm-up), processes 5;` +
      ' ratio = baseline time / fz time (> 1: fz faster)\n',
  );
  console.log(formatTable(rows));
  if (skipped.length > 0) console.log(`\n${skipped.join('\n')}`);
}

await main();
