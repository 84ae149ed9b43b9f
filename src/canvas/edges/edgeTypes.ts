import { FzEdge } from './FzEdge';

/** The canvas's edge types, built once at module scope so React Flow never remounts edges. */
export const FZ_EDGE_TYPES = { fzEdge: FzEdge };
