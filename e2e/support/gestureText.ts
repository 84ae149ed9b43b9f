/**
 * The small document the canvas gesture specs start from, and helpers that state an expected
 * text as whole-line changes of it (so a test says exactly which lines a gesture may touch).
 *
 * Edges: e1 n1→n2, e2 n2→n3, e3 n3→Billing.n7 (cross-lane), e4 n7→n4, e5 n4→n5, e6 n5→n6 "Yes".
 */
export const GESTURE_DOC = [
  'Shop { # Web Shop',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Browse"',
  '  n3: rectangle label:"Checkout"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(right) -> n3.handle(left)',
  '  n3.handle(bottom) -> Billing.n7.handle(top)',
  '}',
  'Billing { # Billing',
  '  n4: rectangle label:"Invoice"',
  '  n5: diamond label:"Paid?"',
  '  n6: circle label:"Done"',
  '  n7: rectangle label:"Charge card"',
  '  n7.handle(right) -> n4.handle(left)',
  '  n4.handle(right) -> n5.handle(left)',
  '  n5.handle(right) -> n6.handle(left) [label="Yes"]',
  '}',
  '',
].join('\n');

/** The node ids of {@link GESTURE_DOC}. */
export const GESTURE_DOC_IDS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'] as const;

/**
 * `text` with whole lines replaced: each `[old line, ...new lines]` replaces the one line equal
 * to `old line` (which must occur exactly once) by the new lines (none: the line is removed).
 */
export function edited(text: string, ...changes: [string, ...string[]][]): string {
  let lines = text.split('\n');
  for (const [old, ...replacement] of changes) {
    const at = lines.indexOf(old);
    if (at < 0 || lines.indexOf(old, at + 1) >= 0) throw new Error(`not exactly once: ${old}`);
    lines = [...lines.slice(0, at), ...replacement, ...lines.slice(at + 1)];
  }
  return lines.join('\n');
}

/** `text` with `lines` inserted after the line `after` (which must occur exactly once). */
export function inserted(text: string, after: string, ...lines: string[]): string {
  return edited(text, [after, after, ...lines]);
}
