/**
 * Hover text for the names in a `.fz` text: a node reference shows the node's label, shape and
 * lane (or that it is not declared); a lane id shows the lane's display label and size.
 */
import type { FzLangDocument } from './document';
import { symbolAt, type FzSymbol } from './symbols';

/** A hover: markdown paragraphs over the offsets `[start, end)` of the hovered name. */
export interface FzHover {
  contents: string[];
  start: number;
  end: number;
}

/** Markdown code span (ids, shapes: identifiers, so never holding a backtick). */
function code(text: string): string {
  return `\`${text}\``;
}

/** Escapes markdown punctuation in free text (labels) so a `*` or `_` shows as itself. */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => `\\${c}`);
}

function nodeHover(doc: FzLangDocument, symbol: FzSymbol & { kind: 'node' }): string[] {
  const info = doc.nodes.get(symbol.id);
  if (!info) return [`${code(symbol.id)}: node not declared`];
  const lane = info.lane
    ? `lane ${code(info.lane.id)}${info.lane.label ? ` (${plain(info.lane.label)})` : ''}`
    : 'outside any lane';
  return [`**${plain(info.display)}**`, `${code(info.id)} · ${code(info.shape)} · ${lane}`];
}

function laneHover(doc: FzLangDocument, symbol: FzSymbol & { kind: 'lane' }): string[] {
  const lane = doc.lanes.get(symbol.id);
  if (!lane) return [`${code(symbol.id)}: lane not declared`];
  let count = 0;
  for (const info of doc.nodes.values()) if (info.lane?.id === lane.id) count++;
  const label = lane.label ?? lane.id;
  return [`**${plain(label)}**`, `lane ${code(lane.id)} · ${count} node${count === 1 ? '' : 's'}`];
}

/** The hover at `offset`, or null when the caret is not on a node or lane id. */
export function hoverFz(doc: FzLangDocument, offset: number): FzHover | null {
  const symbol = symbolAt(doc, offset);
  if (!symbol) return null;
  const contents = symbol.kind === 'node' ? nodeHover(doc, symbol) : laneHover(doc, symbol);
  return { contents, start: symbol.start, end: symbol.end };
}
