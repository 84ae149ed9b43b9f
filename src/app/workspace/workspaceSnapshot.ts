import type { FzPinnedPosition } from '../../core/layout/pinnedPositions';

/** Version of the saved record; a record of another version is ignored (not migrated yet). */
export const WORKSPACE_SNAPSHOT_VERSION = 1;

/**
 * What the studio saves in the browser between sessions: the `.fz` text as typed, and the
 * positions a person set by dragging (the sidecar, keyed by node id; see `FzPinnedPosition`).
 */
export interface FzWorkspaceSnapshot {
  version: typeof WORKSPACE_SNAPSHOT_VERSION;
  text: string;
  pinned: Record<string, FzPinnedPosition>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPin(value: unknown): FzPinnedPosition | null {
  if (!isRecord(value)) return null;
  const { lane, x, y } = value;
  if (typeof lane !== 'string' || typeof x !== 'number' || typeof y !== 'number') return null;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { lane, x, y };
}

/**
 * Reads a stored value back as a snapshot, or null when it is not one (absent, another version,
 * no text). Pins that are malformed are dropped one by one; the rest of the snapshot is kept.
 * Never throws: whatever another version or a hand-edited store left there is bad input.
 */
export function readWorkspaceSnapshot(value: unknown): FzWorkspaceSnapshot | null {
  if (!isRecord(value) || value['version'] !== WORKSPACE_SNAPSHOT_VERSION) return null;
  const text = value['text'];
  if (typeof text !== 'string') return null;
  const pinned: Record<string, FzPinnedPosition> = {};
  const rawPins = value['pinned'];
  if (isRecord(rawPins)) {
    for (const [id, raw] of Object.entries(rawPins)) {
      const pin = readPin(raw);
      if (pin) pinned[id] = pin;
    }
  }
  return { version: WORKSPACE_SNAPSHOT_VERSION, text, pinned };
}
