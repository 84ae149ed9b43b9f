// Keystroke → markers and keystroke → canvas latency on a generated 1,000-node document.
// Run: npx vite build --mode e2e --outDir dist-e2e && npx playwright test -c playwright.bench.config.ts
// (another build and port, beside a running e2e suite: FZ_BENCH_OUTDIR=/tmp/dist-perf FZ_BENCH_PORT=4180).
// Times are measured inside the page (performance.now, checked every animation frame), from just
// before the keystroke is sent until the squiggle / the canvas label is in the DOM.
import { expect, test, type Page } from '@playwright/test';
import { generateFzText } from '../../src/core/testing/generateFz';
import { StudioPage } from '../pages/StudioPage';

const SAMPLES = 20;

function percentile(sorted: number[], p: number): number {
  const i = p * (sorted.length - 1);
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

function report(name: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(28)} n=${sorted.length}  p50 ${f(percentile(sorted, 0.5))} ms  p95 ${f(percentile(sorted, 0.95))} ms  max ${f(sorted.at(-1)!)} ms`,
  );
}

/**
 * Milliseconds from just before `act` until `seen` holds in the page, timed inside the page at
 * animation-frame granularity: what the user sees, without the runner's round trips.
 */
async function timeUntil(
  page: Page,
  act: () => Promise<void>,
  seen: string,
  arg: string,
): Promise<number> {
  await page.evaluate(() => {
    (window as { __benchT0?: number }).__benchT0 = performance.now();
  });
  await act();
  const elapsed = await page.waitForFunction(
    ([predicate, value]) => {
      const ok = (new Function('value', predicate) as (v: string) => boolean)(value);
      return ok ? performance.now() - (window as { __benchT0?: number }).__benchT0! : false;
    },
    [seen, arg] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await elapsed.jsonValue()) as number;
}

const HAS_ERROR = `return document.querySelector('.view-overlays .squiggly-error') !== null;`;
const NO_ERROR = `return document.querySelector('.view-overlays .squiggly-error') === null;`;
const LABEL_LONGER = `const [id, length] = value.split(' ');
  const el = document.querySelector('[data-testid="fz-node-' + id + '"]');
  return el !== null && (el.textContent ?? '').length > Number(length);`;

test('typing in a 1,000-node document', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  const text = generateFzText({ nodes: 1000, lanes: 8 });
  await studio.setText(text);
  // The canvas renders only the nodes in view, so wait for many, then pick one that is drawn.
  await expect.poll(() => studio.nodes.count(), { timeout: 120_000 }).toBeGreaterThan(100);
  // Let the first layout of the big diagram finish before timing keystrokes.
  await page.waitForTimeout(6000);
  const nodeId = (await studio.nodes.first().getAttribute('data-testid'))!.replace('fz-node-', '');
  const lines = text.split('\n');
  const nodeLine = lines.findIndex((l) => l.trim().startsWith(`${nodeId}:`)) + 1;
  expect(lines[nodeLine - 1]!.endsWith('"')).toBe(true);
  console.log(
    `document: ${lines.length} lines, 1000 nodes; typing on line ${nodeLine} (${nodeId})`,
  );

  // Markers: ' z' after the last attribute is an error; two Backspaces fix it again.
  const markerSamples: number[] = [];
  await studio.caretToEndOfLine(nodeLine);
  for (let i = 0; i < SAMPLES; i++) {
    markerSamples.push(await timeUntil(page, () => page.keyboard.insertText(' z'), HAS_ERROR, ''));
    const fix = async () => {
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
    };
    markerSamples.push(await timeUntil(page, fix, NO_ERROR, ''));
  }

  // Canvas: one character typed into the node's label until the canvas node shows it.
  const canvasSamples: number[] = [];
  await page.keyboard.press('ArrowLeft');
  const node = studio.node(nodeId);
  for (let i = 0; i < SAMPLES; i++) {
    const before = ((await node.textContent()) ?? '').length;
    const type = () => page.keyboard.insertText('Q');
    canvasSamples.push(await timeUntil(page, type, LABEL_LONGER, `${nodeId} ${before}`));
  }

  report('keystroke → markers', markerSamples);
  report('keystroke → canvas label', canvasSamples);
});
