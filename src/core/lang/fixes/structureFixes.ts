/**
 * Quick-fixes for where things are written: an empty file (FZ001), lane braces (FZ016 unclosed,
 * FZ017 stray `}`, FZ018 nested), statements outside the lane they belong to (FZ019 node, FZ105
 * edge, FZ106 loop) and comment lines (FZ108 legacy lane label, FZ109 comment).
 */
import type { FzAstLane } from '../../fz/ast';
import { nextFreeNodeId } from '../nextId';
import {
  deleteLine,
  indentOf,
  insertLineBefore,
  lineAt,
  lineBreak,
  lineText,
  moveIntoLane,
  statementAt,
} from './textOps';
import type { FzFixTarget, FzQuickFix } from './types';

/** FZ001: add a first lane with a start node. */
export function fixEmptyFile(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const nl = lineBreak(doc);
  const id = nextFreeNodeId(doc.ast);
  const lane = `Main { # Main${nl}  ${id}: circle label:"Start"${nl}}${nl}`;
  const text = doc.text;
  const end = text.length;
  const lead = text.trim() === '' || /[\r\n]$/.test(text) ? '' : nl;
  const start = text.trim() === '' ? doc.lines.bomLength : end;
  return [
    {
      title: 'Add a first lane',
      code: 'FZ001',
      edits: [{ start, end, insert: lead + lane }],
      preferred: true,
    },
  ];
}

/** FZ016: close the lane after the last non-blank line of the file. */
export function fixUnclosedLane(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  let line = doc.lines.starts.length - 1;
  while (line > 0 && lineText(doc, line).trim() === '') line--;
  const header = lineAt(doc, target.start);
  const at = doc.lines.ends[line]!;
  const insert = `${lineBreak(doc)}${indentOf(doc, header)}}`;
  const lane = doc.text.slice(target.start, target.end);
  return [
    {
      title: `Close lane '${lane}' with '}'`,
      code: 'FZ016',
      edits: [{ start: at, end: at, insert }],
      preferred: true,
    },
  ];
}

/** FZ017: remove the `}` (its whole line when it stands alone). */
export function fixStrayBrace(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const line = lineAt(doc, target.start);
  const edit =
    lineText(doc, line).trim() === '}'
      ? deleteLine(doc, line)
      : { start: target.start, end: target.start + 1, insert: '' };
  return [{ title: "Remove the stray '}'", code: 'FZ017', edits: [edit], preferred: true }];
}

/** The lane block whose header is on 0-based `line`. */
function laneWithHeaderOn(
  target: FzFixTarget,
  line: number,
): { lane: FzAstLane; index: number } | null {
  const blocks = target.doc.blocks;
  const index = blocks.findIndex((b) => b.headerLine === line);
  return index < 0 ? null : { lane: blocks[index]!.lane, index };
}

/** FZ018: close the outer lane on a line of its own before the inner lane's header. */
export function fixNestedLane(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const line = lineAt(doc, target.start);
  const found = laneWithHeaderOn(target, line);
  if (!found || found.index === 0) return [];
  const outer = doc.blocks[found.index - 1]!;
  const edit = insertLineBefore(doc, line, `${indentOf(doc, outer.headerLine)}}`);
  return [
    {
      title: `Close lane '${outer.lane.id}' before this one`,
      code: 'FZ018',
      edits: [edit],
      preferred: true,
    },
  ];
}

/** FZ019: move the node into the nearest lane above it (else the first one below). */
export function fixNodeOutsideLane(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const found = statementAt(doc, target.start);
  if (!found || found.statement.kind !== 'node' || found.lane) return [];
  const line = found.statement.line - 1;
  const above = doc.blocks.filter((b) => b.headerLine < line).pop();
  const lane = (above ?? doc.blocks[0])?.lane;
  if (!lane) return [];
  const edits = moveIntoLane(doc, found.statement, lane);
  const id = found.statement.id;
  return [{ title: `Move '${id}' into lane '${lane.id}'`, code: 'FZ019', edits, preferred: true }];
}

/** FZ105: move the edge into the lane block of its source node. */
export function fixEdgeOutsideSourceLane(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const found = statementAt(doc, target.start);
  if (!found || found.statement.kind !== 'edge') return [];
  const lane = doc.nodes.get(found.statement.from.node)?.lane;
  if (!lane) return [];
  const edits = moveIntoLane(doc, found.statement, lane);
  return [{ title: `Move the edge into lane '${lane.id}'`, code: 'FZ105', edits, preferred: true }];
}

/** FZ106: move the loop into the lane of its first node that has one. */
export function fixLoopOutsideLane(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const found = statementAt(doc, target.start);
  if (!found || found.statement.kind !== 'loop') return [];
  let lane: FzAstLane | null = null;
  for (const ref of found.statement.nodes) {
    lane = doc.nodes.get(ref.id)?.lane ?? null;
    if (lane) break;
  }
  if (!lane) return [];
  const edits = moveIntoLane(doc, found.statement, lane);
  return [{ title: `Move the loop into lane '${lane.id}'`, code: 'FZ106', edits, preferred: true }];
}

/** FZ108: put the legacy `# Label` line on the header line (`Id { # Label`). */
export function fixLegacyLaneLabel(target: FzFixTarget): FzQuickFix[] {
  const { doc } = target;
  const lane = doc.ast.items.find(
    (item): item is FzAstLane => item.kind === 'lane' && item.legacyLabel?.start === target.start,
  );
  if (!lane?.legacyLabel || lane.label === null) return [];
  const header = lane.line - 1;
  const headerEdit = {
    start: lane.openStart + 1,
    end: doc.lines.ends[header]!,
    insert: ` # ${lane.label}`,
  };
  const edits = [headerEdit, deleteLine(doc, lane.legacyLabel.line - 1)];
  return [{ title: 'Move the label onto the lane header', code: 'FZ108', edits, preferred: true }];
}

/** FZ109: remove the comment line (FlowZap drops it anyway). */
export function fixCommentLine(target: FzFixTarget): FzQuickFix[] {
  const edit = deleteLine(target.doc, lineAt(target.doc, target.start));
  return [{ title: 'Remove the comment line', code: 'FZ109', edits: [edit], preferred: false }];
}
