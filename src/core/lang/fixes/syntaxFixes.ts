/**
 * Quick-fixes for mistakes inside one statement: wrong separators (FZ008 `label=` on a node, FZ009
 * `[label:` on an edge), a missing closing quote (FZ002), unknown shapes, keys and directions
 * (FZ004, FZ007, FZ011), a missing `.handle(…)` (FZ010), a repeated attribute (FZ022), a
 * non-printable character (FZ103) and `\"` escapes FlowZap may not read (FZ111).
 */
import type { FzTextEdit } from '../../edit/types';
import type { FzAstAttribute } from '../../fz/ast';
import { FZ_SHAPES, FZ_NODE_KEYS, shapeSuggestion } from '../../fz/parseNode';
import type { FzFixTarget, FzQuickFix } from './types';
import { statementAt } from './textOps';

function fix(
  target: FzFixTarget,
  title: string,
  edits: FzTextEdit[],
  preferred = true,
): FzQuickFix {
  return { title, code: target.diagnostic.code, edits, preferred };
}

/** The attribute (node attribute or edge label) whose key starts at `keyStart`. */
function attributeAt(target: FzFixTarget, keyStart: number) {
  const found = statementAt(target.doc, keyStart);
  if (!found) return null;
  const { statement } = found;
  const list: FzAstAttribute[] =
    statement.kind === 'node'
      ? statement.attributes
      : statement.kind === 'edge' && statement.label
        ? [statement.label]
        : [];
  const attribute = list.find((a) => a.keyStart === keyStart);
  return attribute ? { attribute, statement } : null;
}

/** Offset of the separator (`:` or `=`) between an attribute's key and value. */
function separatorOffset(text: string, attribute: FzAstAttribute): number {
  for (let i = attribute.keyEnd; i < attribute.valueStart; i++) {
    if (text[i] === ':' || text[i] === '=') return i;
  }
  return -1;
}

/** The attribute from the blank before it to its end, for removal. */
function attributeRemoval(text: string, attribute: FzAstAttribute): FzTextEdit {
  let start = attribute.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { start, end: attribute.end, insert: '' };
}

/** FZ008: `label="…"` on a node → `label:"…"`. */
export function fixNodeAttributeEquals(target: FzFixTarget): FzQuickFix[] {
  const found = attributeAt(target, target.start);
  if (!found) return [];
  const at = separatorOffset(target.doc.text, found.attribute);
  if (at < 0) return [];
  const key = found.attribute.key;
  return [fix(target, `Write '${key}:' with a colon`, [{ start: at, end: at + 1, insert: ':' }])];
}

/** FZ009: `[label:"…"]` on an edge → `[label="…"]`. */
export function fixEdgeLabelColon(target: FzFixTarget): FzQuickFix[] {
  const m = /^\[\s*label\s*:/.exec(target.doc.text.slice(target.start, target.end));
  if (!m) return [];
  const at = target.start + m[0].length - 1;
  return [
    fix(target, "Write '[label=' with an equals sign", [{ start: at, end: at + 1, insert: '=' }]),
  ];
}

/**
 * FZ002: the string runs to the end of its line; close it after its last non-blank character (an
 * edge label's `]` stays outside the quotes). A trailing lone backslash is doubled so the new
 * quote is not read as `\"`.
 */
export function fixUnterminatedString(target: FzFixTarget): FzQuickFix[] {
  const { text, lines } = target.doc;
  const line = target.diagnostic.line - 1;
  let at = lines.ends[line]!;
  while (at > target.start + 1 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  const before = text.slice(lines.starts[line]!, target.start);
  if (/\[\s*\w+\s*[:=]\s*$/.test(before) && text[at - 1] === ']' && at - 1 > target.start) at--;
  let backslashes = 0;
  while (at - 1 - backslashes > target.start && text[at - 1 - backslashes] === '\\') backslashes++;
  const insert = backslashes % 2 === 1 ? '\\"' : '"';
  return [fix(target, 'Add the closing quote', [{ start: at, end: at, insert }])];
}

/** FZ004: the suggested shape, else each of the four. */
export function fixUnknownShape(target: FzFixTarget): FzQuickFix[] {
  const word = target.doc.text.slice(target.start, target.end);
  const suggestion = shapeSuggestion(word);
  const shapes = suggestion === '' ? FZ_SHAPES : [suggestion];
  return shapes.map((shape) =>
    fix(
      target,
      `Change the shape to '${shape}'`,
      [{ start: target.start, end: target.end, insert: shape }],
      suggestion !== '',
    ),
  );
}

/** Edit distance (Levenshtein), for spotting a mistyped key. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * FZ007: on a node, a mistyped key (at most two edits from an allowed key the node lacks) becomes
 * that key; any unknown attribute can be removed. On an edge the brackets hold only a label, so the
 * key becomes `label=`.
 */
export function fixUnknownAttribute(target: FzFixTarget): FzQuickFix[] {
  const found = attributeAt(target, target.start);
  if (!found) return [];
  const { attribute, statement } = found;
  const text = target.doc.text;
  const removal = attributeRemoval(text, attribute);
  if (statement.kind === 'edge') {
    const edit = { start: attribute.keyStart, end: attribute.valueStart, insert: 'label=' };
    return [
      fix(target, `Change '${attribute.key}' to 'label'`, [edit]),
      fix(target, `Remove '[${attribute.key}=…]'`, [removal], false),
    ];
  }
  if (statement.kind !== 'node') return [];
  const present = new Set(statement.attributes.map((a) => a.key));
  const lower = attribute.key.toLowerCase();
  let best = '';
  let bestDistance = 3;
  for (const key of FZ_NODE_KEYS) {
    if (present.has(key)) continue;
    const d = distance(lower, key);
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
    }
  }
  const fixes: FzQuickFix[] = [];
  if (best !== '') {
    const sep = separatorOffset(text, attribute);
    const edit = {
      start: attribute.keyStart,
      end: sep >= 0 ? sep + 1 : attribute.keyEnd,
      insert: `${best}:`,
    };
    fixes.push(fix(target, `Change '${attribute.key}' to '${best}'`, [edit]));
  }
  fixes.push(fix(target, `Remove the attribute '${attribute.key}'`, [removal], false));
  return fixes;
}

/** FZ010: add the missing `.handle(…)`: `right` on a source, `left` on a target (main flow). */
export function fixMissingHandle(target: FzFixTarget): FzQuickFix[] {
  const { text, lines } = target.doc;
  const lineStart = lines.starts[target.diagnostic.line - 1]!;
  const isTarget = text.slice(lineStart, target.start).includes('->');
  const direction = isTarget ? 'left' : 'right';
  const insert = `.handle(${direction})`;
  return [fix(target, `Add '${insert}'`, [{ start: target.end, end: target.end, insert }])];
}

const DIRECTION_ALIASES: Record<string, string> = {
  up: 'top',
  down: 'bottom',
  above: 'top',
  below: 'bottom',
};

/** FZ011: a direction in the wrong case or an obvious alias (`Right`, `up`), else each of the four. */
export function fixBadDirection(target: FzFixTarget): FzQuickFix[] {
  const word = target.doc.text.slice(target.start, target.end).toLowerCase();
  const known = ['right', 'left', 'top', 'bottom'];
  const meant = known.includes(word) ? word : DIRECTION_ALIASES[word];
  const choices = meant ? [meant] : known;
  return choices.map((d) =>
    fix(
      target,
      `Change the direction to '${d}'`,
      [{ start: target.start, end: target.end, insert: d }],
      meant !== undefined,
    ),
  );
}

/** FZ022: remove the repeated attribute (the first one stays). */
export function fixDuplicateAttribute(target: FzFixTarget): FzQuickFix[] {
  const found = attributeAt(target, target.start);
  if (!found) return [];
  const removal = attributeRemoval(target.doc.text, found.attribute);
  return [fix(target, `Remove the repeated '${found.attribute.key}'`, [removal])];
}

/** FZ103: remove the emoji or control character. */
export function fixUnprintable(target: FzFixTarget): FzQuickFix[] {
  return [
    fix(target, 'Remove the character', [{ start: target.start, end: target.end, insert: '' }]),
  ];
}

/** FZ111: `\"` → `'` (FlowZap may not read the escape); offered only when there is no `\'. */
export function fixEscapes(target: FzFixTarget): FzQuickFix[] {
  const raw = target.doc.text.slice(target.start + 1, target.end - 1);
  if (raw.includes('\\\\')) return [];
  const edits: FzTextEdit[] = [];
  for (let i = raw.indexOf('\\"'); i >= 0; i = raw.indexOf('\\"', i + 2)) {
    const at = target.start + 1 + i;
    edits.push({ start: at, end: at + 2, insert: "'" });
  }
  return edits.length === 0 ? [] : [fix(target, 'Replace \\" with \'', edits)];
}
