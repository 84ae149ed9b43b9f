/**
 * The honest naive baseline for the parser benchmark: what a quick script would do to pull
 * nodes and edges out of a `.fz` file. Line by line, one regex per statement kind, no positions,
 * no diagnostics, no escapes, no validation (and it misreads labels containing `->`).
 */

/** What the regex pass found: node ids with shape and label, and edges as id pairs. */
export interface RegexExtraction {
  nodes: { id: string; shape: string; label: string }[];
  edges: { from: string; to: string; label: string | null }[];
  lanes: string[];
}

const LANE = /^\s*([A-Za-z_]\w*)\s*\{/;
const NODE = /^\s*(n\d+):\s*(circle|rectangle|diamond|taskbox)\b(?:.*?label:"([^"]*)")?/;
const EDGE =
  /^\s*(?:\w+\.)?(n\d+)\.handle\(\w+\)\s*->\s*(?:\w+\.)?(n\d+)\.handle\(\w+\)(?:\s*\[label="([^"]*)"\])?/;

/** Extracts lanes, nodes and edges from `.fz` text with three regexes; never throws. */
export function extractWithRegex(text: string): RegexExtraction {
  const result: RegexExtraction = { nodes: [], edges: [], lanes: [] };
  for (const line of text.split('\n')) {
    const edge = EDGE.exec(line);
    if (edge) {
      result.edges.push({ from: edge[1]!, to: edge[2]!, label: edge[3] ?? null });
      continue;
    }
    const node = NODE.exec(line);
    if (node) {
      result.nodes.push({ id: node[1]!, shape: node[2]!, label: node[3] ?? node[1]! });
      continue;
    }
    const lane = LANE.exec(line);
    if (lane) result.lanes.push(lane[1]!);
  }
  return result;
}
