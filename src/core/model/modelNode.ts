/**
 * Model nodes from node statements: FlowZap's display-label rule (label, else description, else
 * the id) and taskbox sub-items (`label:"Review|Check docs|Verify"` → "Review" + two sub-items).
 */
import type { FzAstNode } from '../fz/ast';
import { rangeInLine, type FzLineIndex } from '../fz/lineIndex';
import type { FzNode, FzShape } from './types';

/** Longest label FlowZap recommends, in characters (code points). */
export const MAX_LABEL_LENGTH = 50;

/** True for the four FlowZap shapes. */
export function isShape(shape: string): shape is FzShape {
  return shape === 'circle' || shape === 'rectangle' || shape === 'diamond' || shape === 'taskbox';
}

/** Length in code points (a surrogate pair counts once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * The model node of a declaration in `lane`. Pure; the first of a repeated attribute wins (the
 * repetition itself is reported by the parser).
 */
export function toNode(lines: FzLineIndex, node: FzAstNode, lane: string, shape: FzShape): FzNode {
  let label: string | undefined;
  let owner: string | undefined;
  let description: string | undefined;
  let system: string | undefined;
  for (const a of node.attributes) {
    const v = a.value;
    if (a.key === 'label') label ??= v;
    else if (a.key === 'owner') owner ??= v;
    else if (a.key === 'description') description ??= v;
    else if (a.key === 'system') system ??= v;
  }
  const out: FzNode = {
    id: node.id,
    lane,
    shape,
    label: label ?? description ?? node.id,
    range: rangeInLine(lines, node.line, node.start, node.end),
  };
  if (shape === 'taskbox' && label?.includes('|')) {
    const parts = label.split('|');
    out.label = parts[0]!;
    out.subItems = parts.slice(1);
  }
  if (owner !== undefined) out.owner = owner;
  if (description !== undefined) out.description = description;
  if (system !== undefined) out.system = system;
  return out;
}
