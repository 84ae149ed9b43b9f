import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { watchPage } from './support/watchers';

// Labels are user text: markup, quotes and bidi controls must show as text and never execute.
const HOSTILE = [
  'Client { # <b>Lane</b><img src=x onerror="window.__pwned=1">',
  'n1: circle label:"<script>window.__pwned=2;alert(1)</script>"',
  'n2: rectangle label:"<img src=x onerror=alert(2)>"',
  'n3: rectangle label:"Say \\"hi\\" & \'bye\'"',
  'n4: rectangle label:"مرحبا بالعالم \u202Eexe.txt"',
  'n1.handle(right) -> n2.handle(left) [label="<b onmouseover=alert(3)>edge</b>"]',
  'n2.handle(right) -> n3.handle(left)',
  'n3.handle(right) -> n4.handle(left)',
  '}',
  '',
].join('\n');

test('labels with <script>, HTML, quotes and RTL text render as inert text', async ({
  page,
  context,
}) => {
  const watch = watchPage(context, page);
  const studio = new StudioPage(page);
  await studio.open();
  await studio.setText(HOSTILE);

  await expect(studio.nodes).toHaveCount(4);
  await expect(studio.node('n1')).toContainText('<script>window.__pwned=2;alert(1)</script>');
  await expect(studio.node('n2')).toContainText('<img src=x onerror=alert(2)>');
  await expect(studio.node('n3')).toContainText('Say "hi" & \'bye\'');
  await expect(studio.node('n4')).toContainText('مرحبا بالعالم');

  await expect(studio.canvas.locator('script, img, b, iframe, object')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await studio.node('n2').hover();
  expect(watch.dialogs).toEqual([]);
});
