/**
 * Diagram model → canonical `.fz` text, for writing a diagram that has no source yet (new files,
 * templates, exports). Parsing the result gives the same diagram back (ranges aside).
 */
import type { FzDiagram, FzNode } from '../model/types';
import { printEdgeLine, printLaneHeader, printLoopLine, printNodeLine } from './printLines';

function nodeLabel(node: FzNode): string {
  return node.subItems && node.subItems.length > 0
    ? [node.label, ...node.subItems].join('|')
    : node.label;
}

/**
 * Prints a diagram: each lane with its nodes, then the edges whose source is in it, then its loops.
 * FlowZap keeps edges in their source lane, but the sequence view needs the global edge order; so
 * edges go into lanes only while that keeps the order (source lanes non-decreasing), and the rest
 * are written after the last lane. Loops with `lane: null` (or an unknown lane) go at the end too.
 * Nodes whose lane is missing from `diagram.lanes` are not written. Never throws.
 */
export function printDiagram(diagram: FzDiagram): string {
  const laneIndex = new Map<string, number>();
  diagram.lanes.forEach((lane, i) => laneIndex.set(lane.id, i));
  const body: string[][] = diagram.lanes.map(() => []);
  for (const node of diagram.nodes) {
    const i = laneIndex.get(node.lane);
    if (i === undefined) continue;
    body[i]!.push(
      printNodeLine({
        id: node.id,
        shape: node.shape,
        label: nodeLabel(node),
        owner: node.owner,
        description: node.description,
        system: node.system,
      }),
    );
  }
  const tail: string[] = [];
  let lastLane = 0;
  for (const edge of diagram.edges) {
    const line = printEdgeLine({
      from: edge.from,
      fromHandle: edge.fromHandle,
      to: edge.to,
      toLane: edge.toLane === edge.fromLane ? null : edge.toLane,
      toHandle: edge.toHandle,
      label: edge.label,
    });
    const i = laneIndex.get(edge.fromLane);
    if (tail.length === 0 && i !== undefined && i >= lastLane) {
      body[i]!.push(line);
      lastLane = i;
    } else {
      tail.push(line);
    }
  }
  for (const loop of diagram.loops) {
    const i = loop.lane === null ? undefined : laneIndex.get(loop.lane);
    const line = printLoopLine(loop.condition, loop.nodes);
    if (i === undefined) tail.push(line);
    else body[i]!.push(line);
  }
  const blocks = diagram.lanes.map((lane, i) =>
    [printLaneHeader(lane.id, lane.label), ...body[i]!.map((l) => `  ${l}`), '}'].join('\n'),
  );
  if (tail.length > 0) blocks.push(tail.join('\n'));
  return blocks.join('\n\n') + '\n';
}
