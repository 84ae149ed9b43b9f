import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFz, graphJsonText } from '../core/fz/index';
import { generateFzDiagram, generateFzText } from '../core/testing/generateFz';
import { runMm1 } from './mm1';
import { extractWithRegex } from './regexExtractor';
import { median } from './timing';

describe('benchmark baselines', () => {
  it('the regex extractor finds what the generator wrote (same work as the parser)', () => {
    const { text, stats } = generateFzDiagram({ nodes: 400, lanes: 6, seed: 5 });
    const found = extractWithRegex(text);
    expect([found.lanes.length, found.nodes.length, found.edges.length]).toEqual([
      stats.lanes,
      stats.nodes,
      stats.edges,
    ]);
    expect(found.nodes[1]).toMatchObject({ id: 'n2', shape: expect.any(String) as unknown });
    expect(found.edges.some((e) => e.label === 'Handoff')).toBe(true);
  });

  it('the M/M/1 loop serves every request with the textbook mean time in system', () => {
    // λ = 100/s, μ = 120/s: W = 1 / (μ − λ) = 50 ms.
    const result = runMm1(20_000, 100, 120, 3);
    expect(result.served).toBe(20_000);
    expect(result.meanLatencyMs).toBeGreaterThan(40);
    expect(result.meanLatencyMs).toBeLessThan(60);
  });

  it('takes the median of odd and even runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('the same-output regex script (baseline of the fz graph process figure)', () => {
  it('prints exactly what `fz graph` prints for a generated diagram', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fz-bench-'));
    try {
      const file = join(dir, 'big.fz');
      const text = generateFzText({ nodes: 600, lanes: 5, seed: 9 });
      writeFileSync(file, text);
      const script = fileURLToPath(new URL('./regexGraphScript.mjs', import.meta.url));
      const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${graphJsonText(analyzeFz(text).diagram)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
