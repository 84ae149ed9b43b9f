import { analyzeFz, parseFz } from '../core/fz/index';
import { extractWithRegex } from './regexExtractor';
import type { BenchRow } from './timing';
import { medianMs, num } from './timing';

/** One parse figure as two rows (time and throughput) against the regex baseline's time. */
function rows(name: string, megabytes: number, oursMs: number, regexMs: number): BenchRow[] {
  const ratio = `${num(regexMs / oursMs, 2)}x`;
  return [
    { figure: `${name}, ms`, ours: num(oursMs), baseline: num(regexMs), ratio },
    {
      figure: `${name} throughput, MB/s`,
      ours: num(megabytes / (oursMs / 1000)),
      baseline: num(megabytes / (regexMs / 1000)),
      ratio,
    },
  ];
}

/**
 * Figure a, against the naive regex extractor on the same text (ratio > 1: fz is faster):
 * `parseFz` (the parser alone: every span recorded in columnar form, syntax diagnostics; the
 * figure the goal is about), `parseFz` with its AST objects built (first read of `ast`) and
 * `analyzeFz` (parser, model, every validation rule). Throughput in MB/s of UTF-8 input.
 */
export async function benchParse(text: string, runs: number): Promise<BenchRow[]> {
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  const check = analyzeFz(text);
  if (check.errorCount > 0) throw new Error(`generated diagram has ${check.errorCount} errors`);
  const size = `${num(megabytes, 1)} MB, ${check.stats.nodes} nodes`;
  const regexMs = await medianMs(runs, () => extractWithRegex(text));
  const parserMs = await medianMs(runs, () => parseFz(text));
  // The AST is recorded in columns and built on first read of `ast`: show that cost too.
  const treeMs = await medianMs(runs, () => parseFz(text).ast);
  const analyzeMs = await medianMs(runs, () => analyzeFz(text));
  return [
    ...rows(`parseFz ${size}`, megabytes, parserMs, regexMs),
    ...rows(`parseFz + .ast objects ${size}`, megabytes, treeMs, regexMs),
    ...rows(`analyzeFz ${size}`, megabytes, analyzeMs, regexMs),
  ];
}
