/**
 * Completion for FlowZap Code: what may come next at the caret, by context (`completionContext.ts`).
 * Items carry plain offsets and LSP snippet syntax (`${1:…}`, `${1|a,b|}`), which Monaco and any
 * LSP client understand; the editor adapter only converts offsets to its positions.
 */
import { FZ_NODE_KEYS, FZ_SHAPES } from '../fz/parseNode';
import { nodeNumber } from '../model/nodeTable';
import { completionContextAt, type FzCompletionContext } from './completionContext';
import type { FzLangDocument, FzNodeInfo } from './document';
import { nextFreeNodeId } from './nextId';

/** What an item inserts, for the editor's icon. */
export type FzCompletionKind =
  'shape' | 'attribute' | 'direction' | 'node' | 'lane' | 'snippet' | 'keyword';

/** One completion item; it replaces `text[start, end)` with `insertText`. */
export interface FzCompletionItem {
  label: string;
  kind: FzCompletionKind;
  insertText: string;
  /** True when `insertText` uses snippet placeholders. */
  snippet: boolean;
  /** Short text shown beside the label (a node's label and lane, a shape's meaning). */
  detail?: string;
  /** Longer markdown help. */
  documentation?: string;
  /** What the typed word is matched against when it differs from the label. */
  filterText?: string;
  /** Orders items (compared as strings). */
  sortText: string;
  /** True when the editor should open completion again after inserting (after `Lane.`). */
  retrigger?: boolean;
  start: number;
  end: number;
}

const SHAPE_HELP: Record<(typeof FZ_SHAPES)[number], string> = {
  circle: 'start or end event',
  rectangle: 'a step or a service',
  diamond: 'a decision (label its outgoing edges "Yes" / "No")',
  taskbox: 'a task with owner, description and system',
};

const KEY_HELP: Record<(typeof FZ_NODE_KEYS)[number], string> = {
  label: 'the text shown on the node (at most 50 characters)',
  owner: 'who does the task (taskbox)',
  description: 'what the task is (taskbox)',
  system: 'where the task runs (taskbox)',
};

/** Edge ends usually leave right and arrive left (FlowZap's main flow is left to right). */
const DIRECTIONS = {
  source: ['right', 'bottom', 'top', 'left'],
  target: ['left', 'top', 'bottom', 'right'],
} as const;

function pad(n: number): string {
  return String(Math.max(0, n)).padStart(8, '0');
}

function nodeDetail(info: FzNodeInfo): string {
  const lane = info.lane ? `lane ${info.lane.id}` : 'outside any lane';
  return `${info.display} · ${info.shape} · ${lane}`;
}

/** Nodes in a stable order: those of `firstLane` first, then by number. */
function nodeItems(
  doc: FzLangDocument,
  start: number,
  end: number,
  options: { fromLane: string | null; onlyLane?: string; prefixOthers: boolean; skip?: string[] },
): FzCompletionItem[] {
  const items: FzCompletionItem[] = [];
  const skip = new Set(options.skip ?? []);
  for (const info of doc.nodes.values()) {
    if (skip.has(info.id)) continue;
    const lane = info.lane?.id ?? null;
    if (options.onlyLane !== undefined && lane !== options.onlyLane) continue;
    const other = lane !== null && options.fromLane !== null && lane !== options.fromLane;
    const prefix = options.prefixOthers && other ? `${lane}.` : '';
    items.push({
      label: info.id,
      kind: 'node',
      insertText: prefix + info.id,
      snippet: false,
      detail: nodeDetail(info),
      filterText: info.id,
      sortText: `${other ? 1 : 0}${pad(nodeNumber(info.id))}${info.id}`,
      start,
      end,
    });
  }
  return items;
}

function laneItems(
  doc: FzLangDocument,
  start: number,
  end: number,
  space: string,
): FzCompletionItem[] {
  return [...doc.lanes.values()].map((lane, i) => ({
    label: `${lane.id}.`,
    kind: 'lane' as const,
    insertText: `${space}${lane.id}.`,
    snippet: false,
    detail: `lane ${lane.label ?? lane.id}`,
    filterText: lane.id,
    sortText: `2${pad(i)}`,
    retrigger: true,
    start,
    end,
  }));
}

function freeLaneId(doc: FzLangDocument): string {
  let k = doc.lanes.size + 1;
  while (doc.lanes.has(`Lane${k}`)) k++;
  return `Lane${k}`;
}

const SHAPE_CHOICE = `\${1|${['rectangle', 'circle', 'diamond', 'taskbox'].join(',')}|}`;

function itemsFor(
  doc: FzLangDocument,
  context: FzCompletionContext,
  end: number,
): FzCompletionItem[] {
  const start = context.wordStart;
  switch (context.kind) {
    case 'shape':
      return FZ_SHAPES.map((shape, i) => ({
        label: shape,
        kind: 'shape',
        insertText: (context.needsSpace ? ' ' : '') + shape,
        snippet: false,
        detail: SHAPE_HELP[shape],
        filterText: shape,
        sortText: String(i),
        start,
        end,
      }));
    case 'attributeKey':
      return FZ_NODE_KEYS.filter((key) => !context.present.includes(key)).map((key, i) => ({
        label: `${key}:`,
        kind: 'attribute',
        insertText: `${key}:"\${1}"`,
        snippet: true,
        detail: KEY_HELP[key],
        filterText: key,
        sortText: String(i),
        start,
        end,
      }));
    case 'direction':
      return DIRECTIONS[context.end].map((direction, i) => ({
        label: direction,
        kind: 'direction',
        insertText: direction,
        snippet: false,
        sortText: String(i),
        start,
        end,
      }));
    case 'handle':
      return [
        {
          label: 'handle',
          kind: 'keyword',
          insertText: 'handle(${1|right,left,top,bottom|})',
          snippet: true,
          detail: 'the side of the node the edge attaches to',
          sortText: '0',
          start,
          end,
        },
      ];
    case 'edgeTarget': {
      const options = { fromLane: context.fromLane, prefixOthers: true };
      const nodes = nodeItems(doc, start, end, options);
      if (context.needsSpace) for (const item of nodes) item.insertText = ` ${item.insertText}`;
      return [...nodes, ...laneItems(doc, start, end, context.needsSpace ? ' ' : '')];
    }
    case 'laneNodes':
      return nodeItems(doc, start, end, {
        fromLane: context.fromLane,
        onlyLane: context.lane,
        prefixOthers: false,
      });
    case 'loopMember':
      return nodeItems(doc, start, end, {
        fromLane: null,
        prefixOthers: false,
        skip: context.present,
      });
    case 'laneLine': {
      const id = nextFreeNodeId(doc.ast);
      return [
        {
          label: `${id}: …`,
          kind: 'snippet',
          insertText: `${id}: ${SHAPE_CHOICE} label:"\${2}"`,
          snippet: true,
          detail: `new node (next free id ${id})`,
          filterText: id,
          sortText: '0',
          start,
          end,
        },
        {
          label: 'loop',
          kind: 'snippet',
          insertText: 'loop [${1:retry until done}] ${2:n1 n2}',
          snippet: true,
          detail: 'a loop fragment over nodes in execution order',
          sortText: '1',
          start,
          end,
        },
        ...nodeItems(doc, start, end, {
          fromLane: context.lane,
          onlyLane: context.lane,
          prefixOthers: false,
        }).map((item) => ({
          ...item,
          detail: `edge from ${item.detail ?? item.label}`,
          sortText: `2${item.sortText}`,
        })),
      ];
    }
    case 'topLevel': {
      const id = nextFreeNodeId(doc.ast);
      const lane = freeLaneId(doc);
      return [
        {
          label: 'lane',
          kind: 'snippet',
          insertText: `\${1:${lane}} { # \${2:${lane}}\n\t${id}: \${3|rectangle,circle,diamond,taskbox|} label:"\${4}"\n}`,
          snippet: true,
          detail: `new lane block with node ${id}`,
          sortText: '0',
          start,
          end,
        },
      ];
    }
  }
}

/**
 * The completion items at `offset` (a caret position in `doc.text`), sorted, without duplicate
 * labels. Empty where nothing can be completed. `trigger` is the typed character that asked, if
 * any (see {@link completionContextAt}).
 */
export function completeFz(
  doc: FzLangDocument,
  offset: number,
  trigger?: string,
): FzCompletionItem[] {
  const context = completionContextAt(doc, offset, trigger);
  if (!context) return [];
  const seen = new Set<string>();
  const out: FzCompletionItem[] = [];
  for (const item of itemsFor(doc, context, offset)) {
    if (seen.has(item.label)) continue;
    seen.add(item.label);
    out.push(item);
  }
  return out.sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}
