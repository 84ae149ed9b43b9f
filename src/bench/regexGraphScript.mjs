// The like-for-like baseline of the `fz graph` process benchmark: a bare Node script that does the
// job of `fz graph` with regexes, as someone would write it in an afternoon. It reads a .fz file,
// tracks the lane block each line is in, pulls out lanes, nodes (shape and every attribute), edges
// (ends, handles, label) and loops, resolves each edge end's lane, and prints the graph JSON of
// architecture.md with JSON.stringify. On the benchmark's generated file its output is
// byte-identical to `fz graph` (src/bench/baselines.test.ts checks that), so the two processes do
// the same work; it has no positions, no diagnostics, no escapes and no validation.
// Usage: node src/bench/regexGraphScript.mjs FILE > out.json
import { readFileSync } from 'node:fs';

const LANE = /^\s*([A-Za-z_]\w*)\s*\{\s*(?:#\s*(.*?)\s*)?$/;
const CLOSE = /^\s*\}\s*$/;
const NODE = /^\s*(n\d+)\s*:\s*(circle|rectangle|diamond|taskbox)\b(.*)$/;
const LOOP = /^\s*loop\s*\[\s*(.*?)\s*\]((?:\s+n\d+)+)\s*$/;
const ATTRIBUTE = /(label|owner|description|system)\s*:\s*"([^"]*)"/g;
const EDGE =
  /^\s*(?:(\w+)\.)?(n\d+)\.handle\((\w+)\)\s*->\s*(?:(\w+)\.)?(n\d+)\.handle\((\w+)\)(?:\s*\[label="([^"]*)"\])?/;

const graph = { lanes: [], nodes: [], edges: [], loops: [] };
const laneOfNode = new Map();
const pending = [];
let lane = null;
for (const line of readFileSync(process.argv[2], 'utf8').split(/\r?\n/)) {
  const edge = EDGE.exec(line);
  if (edge) {
    pending.push(edge);
    continue;
  }
  const node = NODE.exec(line);
  if (node) {
    const attributes = {};
    for (const [, key, value] of node[3].matchAll(ATTRIBUTE)) attributes[key] = value;
    const label = attributes.label ?? attributes.description ?? node[1];
    // A taskbox's label lists its sub-items after `|`; the display label is the first part.
    const out = {
      id: node[1],
      lane,
      shape: node[2],
      label: node[2] === 'taskbox' ? label.split('|')[0] : label,
    };
    if (attributes.owner !== undefined) out.owner = attributes.owner;
    if (attributes.description !== undefined) out.description = attributes.description;
    if (attributes.system !== undefined) out.system = attributes.system;
    graph.nodes.push(out);
    laneOfNode.set(node[1], lane);
    continue;
  }
  const loop = LOOP.exec(line);
  if (loop) {
    graph.loops.push({ condition: loop[1], nodes: loop[2].trim().split(/\s+/) });
    continue;
  }
  const header = LANE.exec(line);
  if (header) {
    lane = header[1];
    graph.lanes.push({ id: lane, label: header[2] || lane });
  } else if (CLOSE.test(line)) lane = null;
}
for (const [, fromPrefix, from, fromHandle, toPrefix, to, toHandle, label] of pending) {
  const out = {
    from,
    to,
    fromLane: fromPrefix ?? laneOfNode.get(from),
    toLane: toPrefix ?? laneOfNode.get(to),
    fromHandle,
    toHandle,
  };
  if (label !== undefined) out.label = label;
  graph.edges.push(out);
}
process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
