import { expect, test, type Browser } from '@playwright/test';
import { DEFAULT_DOCUMENT } from '../src/app/defaultDocument';
import { generateFzText } from '../src/core/testing/generateFz';
import { StudioPage, TID } from './pages/StudioPage';
import { readSavedWorkspace } from './support/workspaceDb';

const lines = DEFAULT_DOCUMENT.split('\n');
const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
/** The default document with `n18` added to the Backend lane (as typed below). */
const WITH_N18 = DEFAULT_DOCUMENT.replace(
  '  n17: rectangle label:"Compose Reply"\n',
  '  n17: rectangle label:"Compose Reply"\n  n18: rectangle label:"Audit Trail"\n',
);
/** `WITH_N18` without n7 and its two edges: still a valid diagram. */
const WITHOUT_N7 = WITH_N18.split('\n')
  .filter((line) => !/\bn7\b/.test(line))
  .join('\n');

/** Lane ids `generateFzText` gives a 10-lane diagram. */
const BIG_LANES = [
  'Client',
  'Gateway',
  'Identity',
  'Orders',
  'Billing',
  'Inventory',
  'Shipping',
  'Notify',
  'Analytics',
  'Storage',
];

function expectSamePlace(actual: { x: number; y: number }, expected: { x: number; y: number }) {
  expect(actual.x).toBeCloseTo(expected.x, 1);
  expect(actual.y).toBeCloseTo(expected.y, 1);
}

/**
 * Where the auto layout puts node `id` for `text`, seen in a browser of its own (fresh IndexedDB,
 * no pins): the text is saved there, the page reloaded, and the first layout of it is read.
 */
async function autoLayoutPlace(browser: Browser, baseURL: string, text: string, id: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const studio = new StudioPage(page);
    await studio.open();
    await studio.setText(text);
    await expect.poll(async () => (await readSavedWorkspace(page))?.text).toBe(text);
    await page.reload();
    await studio.waitForLayoutIdle();
    await expect(studio.node(id)).toBeVisible();
    return await studio.nodeFlowPosition(id);
  } finally {
    await context.close();
  }
}

test('a dragged node keeps its place across a reload and a text edit, Re-layout puts it back', async ({
  page,
  browser,
  baseURL,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitForLayoutIdle();
  const start = await studio.nodeFlowPosition('n7');

  // Drag within its lane: only the sidecar changes, never the text.
  await studio.dragNodeBy('n7', 160, 10);
  const dropped = await studio.nodeFlowPosition('n7');
  expect(dropped.x).toBeGreaterThan(start.x + 50);
  expect(await studio.getText()).toBe(DEFAULT_DOCUMENT);
  await expect.poll(async () => (await readSavedWorkspace(page))?.pinned['n7']?.lane).toBe('Edge');

  await page.reload();
  await studio.waitForLayoutIdle();
  expectSamePlace(await studio.nodeFlowPosition('n7'), dropped);
  expect(await studio.getText()).toBe(DEFAULT_DOCUMENT);

  // Add a node in another lane by typing: the dragged node and the others stay put.
  const n13 = await studio.nodeFlowPosition('n13');
  await studio.insertLineAfter(lineOf('n17: rectangle'), 'n18: rectangle label:"Audit Trail"');
  await expect(studio.node('n18')).toBeVisible();
  expect(await studio.getText()).toBe(WITH_N18);
  expectSamePlace(await studio.nodeFlowPosition('n7'), dropped);
  expectSamePlace(await studio.nodeFlowPosition('n13'), n13);

  // Re-layout: pins forgotten, the auto layout of this text again.
  await studio.relayout();
  await studio.waitForLayoutIdle();
  const auto = await autoLayoutPlace(browser, baseURL!, WITH_N18, 'n7');
  await expect.poll(() => studio.nodeFlowPosition('n7')).toEqual(auto);
  await expect.poll(async () => (await readSavedWorkspace(page))?.pinned).toEqual({});

  // Pin n7 and n13 again, then delete n7 from the text: only n7's pin goes.
  await studio.dragNodeBy('n7', 120, 0);
  await studio.dragNodeBy('n13', 120, 0);
  await expect
    .poll(async () => Object.keys((await readSavedWorkspace(page))?.pinned ?? {}).sort())
    .toEqual(['n13', 'n7']);
  await studio.setText(WITHOUT_N7);
  await expect
    .poll(async () => {
      const saved = await readSavedWorkspace(page);
      return saved && { text: saved.text === WITHOUT_N7, pins: Object.keys(saved.pinned) };
    })
    .toEqual({ text: true, pins: ['n13'] });
});

test('the layout progress shows while the layout worker is busy, then goes', async ({ page }) => {
  // Hold the layout worker's script until the indicator has been seen: the layout cannot finish.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/layout\.worker[^/]*\.js/, async (route) => {
    await released;
    await route.continue();
  });
  const studio = new StudioPage(page);
  await studio.open();
  const progress = page.getByTestId(TID.layoutProgress);
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('17 nodes');
  await expect(page.getByTestId(TID.canvasControls)).toHaveAttribute('data-layout-run', 'running');
  release();
  await studio.waitForLayoutIdle();
  await expect(progress).toHaveCount(0);
});

test('a 5,000-node diagram is laid out in the worker while the code pane keeps taking typing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const big = generateFzText({ nodes: 5000, lanes: 10 });
  const studio = new StudioPage(page);
  await studio.open();
  await studio.waitForLayoutIdle();

  await studio.setText(big);
  // Either the indicator (a slow machine) or the new diagram's first lane already drawn.
  await expect(
    page.getByTestId(TID.layoutProgress).or(page.getByTestId('fz-lane-Client')),
  ).toBeVisible({ timeout: 60_000 });

  // The page is not frozen: the editor takes a keystroke-sized insert meanwhile.
  await studio.focusEditor();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText('# typed during the layout\n');
  await expect.poll(() => studio.getText()).toBe(`# typed during the layout\n${big}`);

  await studio.waitForLayoutIdle();
  // All ten lanes of the new diagram are drawn, with nodes in them (the view shows a part).
  for (const lane of BIG_LANES) await expect(page.getByTestId(`fz-lane-${lane}`)).toBeVisible();
  await expect(studio.nodes.first()).toBeVisible();
});

test('without IndexedDB the studio starts, says so once, and keeps working', async ({ page }) => {
  // Some private modes have no IndexedDB at all.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const studio = new StudioPage(page);
  await studio.open();
  await expect(page.getByTestId(TID.workspaceStatus)).toContainText('Not saved in this browser');
  expect(await studio.getText()).toBe(DEFAULT_DOCUMENT);
  await studio.waitForLayoutIdle();
  await studio.dragNodeBy('n7', 120, 0);
  await studio.insertLineAfter(lineOf('n17: rectangle'), 'n18: rectangle label:"Audit Trail"');
  await expect(studio.node('n18')).toBeVisible();
  expect(await studio.getText()).toBe(WITH_N18);
  await expect(page.getByTestId(TID.workspaceStatus)).toHaveCount(1);
});
