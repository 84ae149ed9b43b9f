/**
 * Quick-fixes that rename node ids through the edit core (`computeEdits`), so every reference
 * follows: FZ005 (an id that is not `n<number>` takes the lowest free id) and FZ101 (renumber all
 * ids n1…nN without gaps, in declaration order, as one undo step).
 */
import { computeEdits } from '../../edit';
import { lowestFreeNodeId } from '../nextId';
import type { FzFixTarget, FzQuickFix } from './types';

/** FZ005: rename the badly formed id to the lowest free `nN` everywhere (no gap opens). */
export function fixBadNodeId(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const from = doc.text.slice(target.start, target.end);
  if (!doc.nodes.has(from)) return [];
  const to = lowestFreeNodeId(doc.ast);
  const result = computeEdits(doc.text, { kind: 'renameNode', from, to });
  if (!result.ok || result.edits.length === 0) return [];
  return [
    {
      title: `Rename '${from}' to '${to}' everywhere`,
      code: 'FZ005',
      edits: result.edits,
      preferred: true,
    },
  ];
}

/** FZ101: renumber every node n1…nN (declaration order) everywhere. */
export function fixNumberingGaps(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const result = computeEdits(doc.text, { kind: 'renumberNodes' });
  if (!result.ok || result.edits.length === 0) return [];
  const title = `Renumber nodes n1…n${doc.nodes.size} without gaps`;
  return [{ title, code: 'FZ101', edits: result.edits, preferred: true }];
}
