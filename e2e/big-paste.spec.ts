// Bad input, large: about 10 MB pasted into the code pane (a real clipboard paste, Ctrl/Cmd+V
// into Monaco) must leave the page answering, lose nothing, and end in a sensible picture.
import { expect, test, type Page } from '@playwright/test';
import { createRng } from '../src/core/sim/prng';
import { generateFzText } from '../src/core/testing/generateFz';
import { CanvasPage } from './pages/CanvasPage';
import { watchPage } from './support/watchers';

/** Nodes of a generated diagram of about 10 MB (9.93 million characters, 169,656 lines). */
const BIG_NODES = 75_000;
const TEN_MB = 10_000_000;
/**
 * The generous bound on the page's longest silence: its main thread must answer within this many
 * milliseconds at every moment of the paste (a hang or a minutes-long freeze fails; a slow
 * machine does not).
 */
const LONGEST_STALL_BOUND_MS = 10_000;

interface Heartbeat {
  last: number;
  longest: number;
  beats: number;
  /** Every gap over 200 ms, in milliseconds, in order. */
  stalls: number[];
}

declare global {
  interface Window {
    __heartbeat?: Heartbeat;
  }
}

/**
 * Starts a heartbeat in the page: a 10 ms timer that notes the longest gap between two of its
 * ticks. A gap is time the main thread could not run a task: what a person feels as a freeze.
 */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const beat: Heartbeat = {
      last: performance.now(),
      longest: 0,
      beats: 0,
      stalls: [],
    };
    window.__heartbeat = beat;
    const tick = () => {
      const now = performance.now();
      if (now - beat.last > 200) beat.stalls.push(Math.round(now - beat.last));
      beat.longest = Math.max(beat.longest, now - beat.last);
      beat.last = now;
      beat.beats++;
      setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
  });
}

/**
 * The longest gap so far (a gap still open counts) in milliseconds, the beat count, and a line
 * describing the stalls over 200 ms (count, sum, the five longest) for the log.
 */
async function heartbeat(
  page: Page,
): Promise<{ longestMs: number; beats: number; stalls: string }> {
  return page.evaluate(() => {
    const beat = window.__heartbeat!;
    const stalls = beat.stalls;
    const sum = stalls.reduce((a, b) => a + b, 0);
    const longest = [...stalls].sort((a, b) => b - a).slice(0, 5);
    return {
      longestMs: Math.max(beat.longest, performance.now() - beat.last),
      beats: beat.beats,
      stalls: `${stalls.length} stalls > 200 ms, ${sum} ms in all, longest ${longest.join(', ')} ms`,
    };
  });
}

/**
 * About `size` characters of seeded random words, 6 to 14 to a line: text with no FlowZap in it.
 */
function junkText(size: number): string {
  const words = ['lorem', 'ipsum', 'gateway', 'token', 'banana', 'quota', 'zebra', 'kettle'];
  const extra = ['->', '{', '}', '"', ':', 'label', 'n12', '#', '[', 'é', '日本'];
  const rng = createRng(7);
  const lines: string[] = [];
  let length = 0;
  while (length < size) {
    const count = 6 + Math.floor(rng.next() * 9);
    const line: string[] = [];
    for (let i = 0; i < count; i++) {
      const pool = rng.next() < 0.1 ? extra : words;
      line.push(pool[Math.floor(rng.next() * pool.length)]!);
    }
    const text = line.join(' ');
    lines.push(text);
    length += text.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Puts `text` on the clipboard, starts the heartbeat, pastes it over the whole document with
 * Ctrl/Cmd+V and waits until the store holds that many characters. The heartbeat starts only
 * after the clipboard is filled: handing 10 MB to the page is the test's own work, not the
 * studio's. Returns the longest stall up to the text's arrival.
 */
async function pasteAndWait(canvas: CanvasPage, text: string): Promise<number> {
  const { page, studio } = canvas;
  await studio.copyToClipboard(text);
  await startHeartbeat(page);
  await studio.pasteReplacingAll();
  await expect
    .poll(() => page.evaluate(() => window.__fzStudio!.getText().length), { timeout: 120_000 })
    .toBe(text.length);
  return (await heartbeat(page)).longestMs;
}

test.describe('about 10 MB pasted into the code pane', () => {
  test.setTimeout(300_000);

  test('a valid 10 MB FlowZap diagram: the page answers, the text arrives whole, the canvas draws it', async ({
    page,
    context,
  }) => {
    const watch = watchPage(context, page);
    const text = generateFzText({ nodes: BIG_NODES, lanes: 10 });
    expect(text.length).toBeGreaterThan(0.99 * TEN_MB);
    const canvas = new CanvasPage(page);
    const studio = canvas.studio;
    await studio.open();
    const untilText = await pasteAndWait(canvas, text);

    // The analysis answered: no errors in a generated diagram, and the header says so.
    await expect(studio.problemCount).toHaveAttribute('data-errors', '0', { timeout: 60_000 });
    // Its warnings (the generator's few) are the editor's markers, one each.
    const warnings = Number(await studio.problemCount.getAttribute('data-warnings'));
    await expect.poll(async () => (await studio.markers()).length).toBe(warnings);
    // The canvas is not blank: the new diagram (its tenth lane) is on it, not stale, with nodes.
    await expect(page.getByTestId('lane-menu-Storage')).toBeAttached({ timeout: 60_000 });
    await expect(studio.nodes.first()).toBeVisible({ timeout: 60_000 });
    await expect(studio.staleBanner).toHaveCount(0);
    // The auto layout of 75,000 nodes finishes in the worker, and is drawn.
    await studio.waitForLayoutIdle();
    await expect(studio.canvas).toHaveAttribute('data-layout', 'ready');
    await expect(studio.nodes.first()).toBeVisible();

    // Nothing was lost on the way: the editor's text is still exactly the pasted one.
    expect(await studio.textEqualsClipboard()).toBe(true);
    const { longestMs, beats, stalls } = await heartbeat(page);
    console.log(
      `valid ${text.length} chars: ${warnings} warnings; longest main-thread stall ${Math.round(untilText)} ms ` +
        `until the text arrived, ${Math.round(longestMs)} ms until drawn (${beats} beats; ${stalls})`,
    );
    expect(longestMs).toBeLessThan(LONGEST_STALL_BOUND_MS);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });

  test('10 MB of junk: the page answers, the text arrives whole, problems show, the last diagram stays', async ({
    page,
    context,
  }) => {
    const watch = watchPage(context, page);
    const text = junkText(TEN_MB);
    const canvas = new CanvasPage(page);
    const studio = canvas.studio;
    await studio.open();
    await expect(studio.node('n1')).toContainText('Call Arrives');
    const untilText = await pasteAndWait(canvas, text);

    // Problems are counted and marked in the editor (capped per code, never one per line).
    await expect(studio.problemCount).not.toHaveAttribute('data-errors', '0', { timeout: 60_000 });
    const errors = Number(await studio.problemCount.getAttribute('data-errors'));
    expect(errors).toBeGreaterThan(0);
    await expect.poll(async () => (await studio.markers()).length).toBeGreaterThan(0);
    // The canvas keeps the last valid diagram, marked stale with the error count.
    await expect(studio.staleBanner).toBeVisible();
    await expect(studio.staleBanner).toContainText('errors in the code');
    await expect(studio.node('n1')).toContainText('Call Arrives');

    expect(await studio.textEqualsClipboard()).toBe(true);
    const { longestMs, beats, stalls } = await heartbeat(page);
    console.log(
      `junk ${text.length} chars: ${errors} errors, ${(await studio.markers()).length} markers; ` +
        `longest main-thread stall ${Math.round(untilText)} ms until the text arrived, ` +
        `${Math.round(longestMs)} ms in all (${beats} beats; ${stalls})`,
    );
    expect(longestMs).toBeLessThan(LONGEST_STALL_BOUND_MS);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
