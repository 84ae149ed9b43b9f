// The bare-Node baseline of the `fz graph` process benchmark: read a .fz file, pull nodes and
// edges out with the same three regexes as src/bench/regexExtractor.ts, print them as JSON.
// Usage: node src/bench/regexScript.mjs FILE > out.json
import { readFileSync } from 'node:fs';

const LANE = /^\s*([A-Za-z_]\w*)\s*\{/;
const NODE = /^\s*(n\d+):\s*(circle|rectangle|diamond|taskbox)\b(?:.*?label:"([^"]*)")?/;
const EDGE =
  /^\s*(?:\w+\.)?(n\d+)\.handle\(\w+\)\s*->\s*(?:\w+\.)?(n\d+)\.handle\(\w+\)(?:\s*\[label="([^"]*)"\])?/;

const result = { lanes: [], nodes: [], edges: [] };
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const edge = EDGE.exec(line);
  if (edge) {
    result.edges.push({ from: edge[1], to: edge[2], label: edge[3] ?? null });
    continue;
  }
  const node = NODE.exec(line);
  if (node) {
    result.nodes.push({ id: node[1], shape: node[2], label: node[3] ?? node[1] });
    continue;
  }
  const lane = LANE.exec(line);
  if (lane) result.lanes.push(lane[1]);
}
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
