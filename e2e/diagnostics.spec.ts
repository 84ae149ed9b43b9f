import { expect, test } from '@playwright/test';
import { analyzeFz } from '../src/core/fz';
import { StudioPage } from './pages/StudioPage';

/** Error diagnostics as Node's core (what `fz validate` uses) reports them. */
function nodeErrors(text: string) {
  return analyzeFz(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ line: d.line, column: d.column }));
}

test('an unterminated string is marked at its opening quote, and only there (BR-01)', async ({
  page,
}) => {
  const text = [
    'Desk { # Front Desk',
    'n1: circle label:"Arrive"',
    'n2: rectangle label:"Check in"',
    'n3: rectangle label:"Show room"',
    'n1.handle(right) -> n2.handle(left)',
    'n4: rectangle label:"Pay at desk',
    'n5: rectangle label:"Leave keys"',
    'n6: circle label:"Depart"',
    'n5.handle(right) -> n6.handle(left)',
    '}',
    '',
  ].join('\n');
  const studio = new StudioPage(page);
  await studio.open();
  await studio.setText(text);
  const quoteColumn = 'n4: rectangle label:"'.length;
  await expect
    .poll(async () =>
      (await studio.markers())
        .filter((m) => m.severity === 'error')
        .map((m) => ({ line: m.line, column: m.column })),
    )
    .toEqual([{ line: 6, column: quoteColumn }]);
  expect(nodeErrors(text)).toEqual([{ line: 6, column: quoteColumn }]);
});

test('CRLF line ends and a BOM do not shift the marker (BR-03)', async ({ page }) => {
  const lines = [
    '',
    '',
    'Ops { # Operations',
    'n1: circle label:"Start"',
    'n2: rectangle label:"Work"',
    'n1.handle(right) -> n2.handle(left)',
    'n3: hexagon label:"X"',
    '}',
    '',
  ];
  const text = '\uFEFF' + lines.join('\r\n');
  const studio = new StudioPage(page);
  await studio.open();
  await studio.setText(text);
  const expected = nodeErrors(text);
  expect(expected).toEqual([{ line: 7, column: 'n3: '.length + 1 }]);
  await expect
    .poll(async () =>
      (await studio.markers())
        .filter((m) => m.severity === 'error')
        .map((m) => ({ line: m.line, column: m.column })),
    )
    .toEqual(expected);
});
