/**
 * Test helpers for the edit core (used by the `*.test.ts` files beside it): run a change through
 * `computeEdits`, apply it, and always check undo and redo, as tldraw's command tests do
 * ("does, undoes and redoes"). Also: which original lines a batch touched, for "every byte
 * outside the edited statements is unchanged".
 */
import { expect } from 'vitest';
import { createLineIndex } from '../fz/lineIndex';
import { computeEdits } from './computeEdits';
import { applyTextEdits, invertTextEdits } from './textEdits';
import type { FzChange, FzTextEdit } from './types';

/** What {@link runChange} returns. */
export interface ChangeRun {
  text: string;
  edits: FzTextEdit[];
  created: string[];
  /** 1-based lines of the original text whose content the edits change or remove. */
  touched: number[];
}

/**
 * 1-based lines of `text` whose content `edits` change or remove. An insertion at a line's start
 * or at the end of its content touches no line (it adds lines or text beside them).
 */
export function touchedLines(text: string, edits: readonly FzTextEdit[]): number[] {
  const { starts, ends } = createLineIndex(text);
  const touched = new Set<number>();
  for (const { start, end } of edits) {
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i]!;
      const e = ends[i]!;
      const overlaps = start < e && end > s;
      const inside = start === end && start > s && start < e;
      if (overlaps || inside) touched.add(i + 1);
    }
  }
  return [...touched].sort((a, b) => a - b);
}

/** Undo restores `text` exactly, and redo (the inverse of the undo) gives `after` again. */
export function expectUndoRedo(text: string, edits: readonly FzTextEdit[], after: string): void {
  const undo = invertTextEdits(text, edits);
  expect(applyTextEdits(after, undo)).toBe(text);
  const redo = invertTextEdits(after, undo);
  expect(applyTextEdits(text, redo)).toBe(after);
  expect(redo).toEqual(edits);
}

/** Runs `change` on `text`, expecting success; checks undo/redo and that CRLF files stay CRLF. */
export function runChange(text: string, change: FzChange): ChangeRun {
  const result = computeEdits(text, change);
  if (!result.ok) throw new Error(`expected the change to apply, got: ${result.message}`);
  const after = applyTextEdits(text, result.edits);
  expectUndoRedo(text, result.edits, after);
  if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) {
    expect(/(^|[^\r])\n/.test(after), 'a CRLF file gained a bare LF').toBe(false);
  }
  return {
    text: after,
    edits: result.edits,
    created: result.created,
    touched: touchedLines(text, result.edits),
  };
}

/** The message of a refused change (fails the test when the change applies). */
export function refusal(text: string, change: FzChange): string {
  const result = computeEdits(text, change);
  if (result.ok) throw new Error('expected the change to be refused');
  return result.message;
}

/** Joins lines with LF and a final line break. */
export function lines(...rows: string[]): string {
  return rows.map((r) => `${r}\n`).join('');
}

/** The same text with CRLF line breaks. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * A small checkout document with what edits must survive: a comment above each lane, a blank
 * line inside a block, cross-lane edges both ways, a loop across lanes.
 *
 *  1 // Checkout flow                 10 (blank)
 *  2 Client { # Client App            11 // The gateway checks the token
 *  3   n1 (circle)                    12 Gateway { # API Gateway
 *  4   n2 (rectangle)                 13   n3 (diamond)
 *  5 (blank)                          14   n4 (rectangle)
 *  6   e1 n1 -> n2                    15   e3 n3 -> n4 "No"
 *  7   e2 n2 -> Gateway.n3            16   e4 n3 -> Client.n2 "200 OK"
 *  8   loop n2 n3                     17   e5 n4 -> Client.n1
 *  9 }                                18 }
 */
export const CHECKOUT = lines(
  '// Checkout flow',
  'Client { # Client App',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Submit Order"',
  '',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Gateway.n3.handle(top) [label="POST /orders"]',
  '  loop [retry until valid] n2 n3',
  '}',
  '',
  '// The gateway checks the token',
  'Gateway { # API Gateway',
  '  n3: diamond label:"Token Valid?"',
  '  n4: rectangle label:"Return 401"',
  '  n3.handle(right) -> n4.handle(left) [label="No"]',
  '  n3.handle(top) -> Client.n2.handle(bottom) [label="200 OK"]',
  '  n4.handle(top) -> Client.n1.handle(bottom)',
  '}',
);

/** {@link CHECKOUT} with one line replaced (1-based), for expected results. */
export function checkoutWith(replace: Record<number, string | null>, text = CHECKOUT): string {
  const rows = text.split('\n');
  const out: string[] = [];
  rows.forEach((row, i) => {
    const r = replace[i + 1];
    if (r === undefined) out.push(row);
    else if (r !== null) out.push(r);
  });
  return out.join('\n');
}
