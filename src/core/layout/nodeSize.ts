import type { FzNode } from '../model/types';

/** Width and height of a node in pixels. */
export interface FzNodeSize {
  width: number;
  height: number;
}

/** Approximate advance of one narrow character at the canvas's 13px label font. */
const CHAR_PX = 7;
/** Line height of node labels and of taskbox items, in pixels. */
const LINE_PX = 17;
const SMALL_LINE_PX = 15;
/** Labels are clamped to this many lines on the canvas, so sizes never grow past it. */
const MAX_LABEL_LINES = 4;

/**
 * Estimated on-screen width of `text` in pixels, counting wide (CJK, emoji) characters double.
 * A measurement would need the DOM; the layout runs in a worker and must be deterministic, so a
 * stable estimate is the better trade. Empty or non-string input measures 0.
 */
export function estimateTextWidth(text: string): number {
  if (typeof text !== 'string') return 0;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code >= 0x2e80 ? 1.9 : 1;
  }
  return units * CHAR_PX;
}

function wrappedLines(text: string, innerWidth: number, maxLines: number): number {
  const lines = Math.ceil(estimateTextWidth(text) / Math.max(innerWidth, 1));
  return Math.min(Math.max(lines, 1), maxLines);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * The size the canvas gives a node, from its shape and texts: circles and diamonds are fixed,
 * rectangles grow with the label up to a cap, taskboxes also grow with their sub-items and
 * owner/description/system lines. Deterministic; never throws (an unknown shape sizes like a
 * rectangle).
 */
export function estimateNodeSize(node: FzNode): FzNodeSize {
  const label = typeof node.label === 'string' ? node.label : '';
  switch (node.shape) {
    case 'circle':
      return { width: 84, height: 84 };
    case 'diamond':
      return { width: 124, height: 124 };
    case 'taskbox': {
      const width = clamp(estimateTextWidth(label) + 32, 180, 240);
      const labelLines = wrappedLines(label, width - 24, 3);
      const items = Math.min(node.subItems?.length ?? 0, 8);
      const meta = [node.owner, node.description, node.system].filter(
        (value) => typeof value === 'string' && value.length > 0,
      ).length;
      const height = 20 + labelLines * LINE_PX + items * SMALL_LINE_PX + meta * SMALL_LINE_PX + 8;
      return { width, height: Math.max(height, 64) };
    }
    case 'rectangle':
    default: {
      // Narrow boxes wrap longer labels onto a second line of the same 52px box: a wide flow
      // diagram then fits the canvas at a readable zoom.
      const width = clamp(estimateTextWidth(label) + 28, 108, 164);
      const lines = wrappedLines(label, width - 24, MAX_LABEL_LINES);
      return { width, height: Math.max(52, 18 + lines * LINE_PX) };
    }
  }
}
