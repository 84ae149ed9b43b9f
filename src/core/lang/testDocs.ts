/**
 * Small `.fz` texts shared by the language-service tests (written for this project). `CLEAN` has
 * no diagnostic at all, so a test that breaks one line knows exactly which diagnostic to expect.
 */

/** Two lanes, four nodes, every edge answered: no errors and no warnings. */
export const CLEAN = [
  'Client { # Web Client',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Send Order"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Api.n3.handle(top) [label="POST"]',
  '}',
  'Api { # Public API',
  '  n3: rectangle label:"Check Order"',
  '  n4: diamond label:"Valid?"',
  '  n3.handle(right) -> n4.handle(left)',
  '  n4.handle(top) -> Client.n2.handle(bottom) [label="Reply"]',
  '}',
  '',
].join('\n');

/** `CLEAN` with line `line` (1-based) replaced by `content` (or removed when `content` is null). */
export function withLine(line: number, content: string | null, text = CLEAN): string {
  const lines = text.split('\n');
  if (content === null) lines.splice(line - 1, 1);
  else lines[line - 1] = content;
  return lines.join('\n');
}

/** The offset just after the first occurrence of `marker` in `text` (plus `delta`); throws when absent. */
export function offsetAfter(text: string, marker: string, delta = 0): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${JSON.stringify(marker)} not in text`);
  return at + marker.length + delta;
}
