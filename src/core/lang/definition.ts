/**
 * Go to definition: a node reference leads to the node's (first) declaration, a lane prefix to the
 * lane's (first) header, as the model resolves them.
 */
import type { FzLangDocument } from './document';
import { symbolAt } from './symbols';

/** Where a definition is: the declared id over offsets `[start, end)`. */
export interface FzDefinition {
  kind: 'node' | 'lane';
  id: string;
  start: number;
  end: number;
}

/** The definition of the name at `offset`, or null (no name there, or it is not declared). */
export function definitionFz(doc: FzLangDocument, offset: number): FzDefinition | null {
  const symbol = symbolAt(doc, offset);
  if (!symbol) return null;
  if (symbol.kind === 'node') {
    const info = doc.nodes.get(symbol.id);
    if (!info) return null;
    return { kind: 'node', id: info.id, start: info.node.idStart, end: info.node.idEnd };
  }
  const lane = doc.lanes.get(symbol.id);
  if (!lane) return null;
  return { kind: 'lane', id: lane.id, start: lane.idStart, end: lane.idEnd };
}
