/**
 * Checks of what a person typed, before it goes into the text. FlowZap statements are one line
 * each, so a label cannot hold a line break; rather than silently turning one into a space (the
 * user's text is never silently altered), the change is refused with a message. Quotes and
 * backslashes are fine in node and edge labels: `quoteFzString` escapes them (warning FZ111 then
 * says FlowZap itself may not read the escapes).
 */
import { isFzNodeId } from '../fz/parseNode';

/**
 * Longest label accepted from an edit, in UTF-16 units. FlowZap recommends at most 50 characters
 * (warning FZ102 beyond); this only stops pasting a whole document into one label, which would
 * make a line that no editor or renderer handles well.
 */
export const MAX_EDIT_LABEL_LENGTH = 5000;

/**
 * Line breaks and control characters: C0 (tab allowed), DEL, C1, and the Unicode line and
 * paragraph separators (which some editors treat as line breaks).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why `label` cannot be written as `what` (e.g. "The label of n5"), or null when it can. */
export function labelProblem(label: string, what: string): string | null {
  const bad = FORBIDDEN.exec(label);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const kind =
      bad[0] === '\n' || bad[0] === '\r' ? 'a line break' : `control character U+${code}`;
    return `${what} contains ${kind}; FlowZap labels are one line of plain text.`;
  }
  if (label.length > MAX_EDIT_LABEL_LENGTH) {
    return `${what} is ${label.length} characters long; the limit is ${MAX_EDIT_LABEL_LENGTH} (FlowZap recommends at most 50).`;
  }
  return null;
}

const LANE_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Why `id` cannot name a lane, or null. Lane ids are identifiers (`[A-Za-z_][A-Za-z0-9_]*`, as the
 * parser reads them); ids shaped like node ids (`n5`) are refused because `n5.n3.handle(top)`
 * would read as a node reference to anyone.
 */
export function laneIdProblem(id: string): string | null {
  if (!LANE_ID.test(id)) {
    return `Lane id "${id}" is not valid: use letters, digits and _ and start with a letter (e.g. Billing).`;
  }
  if (isFzNodeId(id))
    return `Lane id "${id}" looks like a node id; choose a name such as Lane${id.slice(1)}.`;
  return null;
}

/** Why `id` cannot be a node id, or null: FlowZap node ids are `n` + a positive integer. */
export function nodeIdProblem(id: string): string | null {
  return isFzNodeId(id) ? null : `Node id "${id}" is not of the form n<number> (n1, n2, …).`;
}
