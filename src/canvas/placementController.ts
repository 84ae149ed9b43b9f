import type { FzPinnedPositions } from '../core/layout/pinnedPositions';
import { placeStably, shouldLayoutAfresh } from '../core/layout/stablePlacement';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import type { FzLayoutRun } from '../store/workspaceStore';
import type { FzLayoutClient } from './layoutClient';
import type { FzLayoutProgress } from './layoutProtocol';

/** What the canvas should draw now, and how the auto layout is doing. */
export interface FzPlacementView {
  /** Every node placed; null until the first auto layout answers (the canvas shows file order). */
  layout: FzLayout | null;
  run: FzLayoutRun;
  /**
   * How many auto layouts of a new document (the first text, or one whose nodes are mostly new)
   * have arrived. The canvas fits its view when this grows; adding, deleting or undoing a node, a
   * drag or a Re-layout leaves the view where the person put it.
   */
  documents: number;
}

/** Drives the canvas's placement; see {@link createPlacementController}. */
export interface FzPlacementController {
  /** The diagram changed in a way that can move things (`layoutGeometryKey` changed). */
  setDiagram(diagram: FzDiagram): void;
  /** The person's pins changed. */
  setPinned(pinned: FzPinnedPositions): void;
  /** "Re-layout": run the auto layout again and take its answer as the new base. */
  relayout(): void;
  /** Stops the layout client; later answers are ignored. */
  destroy(): void;
}

/** Makes the layout client; the controller passes its own answer and progress callbacks. */
export type FzLayoutClientFactory = (
  onLayout: (layout: FzLayout) => void,
  onProgress: (progress: FzLayoutProgress) => void,
) => FzLayoutClient;

const IDLE: FzLayoutRun = { status: 'idle' };

function withoutNodes(layout: FzLayout, ids: readonly string[]): FzLayout {
  if (ids.length === 0) return layout;
  const drop = new Set(ids);
  const nodes = Object.fromEntries(Object.entries(layout.nodes).filter(([id]) => !drop.has(id)));
  return { ...layout, nodes };
}

/**
 * The rule that keeps the canvas still while the text changes, as a framework-free controller
 * (driven by `useDiagramLayout`; like xyflow's XYDrag behind its hook).
 *
 * It keeps a *base*: the placement of the previous diagram. A new diagram is placed over it with
 * `placeStably` (unchanged nodes keep their place, new ones go beside their neighbours, pins
 * apply), and that placement becomes the next base, minus its provisional nodes (so an
 * unconnected newcomer moves beside its predecessor once the text connects it). The auto layout
 * (worker) runs only when there is no base yet, when most nodes are new (`shouldLayoutAfresh`,
 * e.g. a pasted document: the old base is dropped, so the view is null until the answer), and on
 * `relayout` (the old base stays drawn meanwhile); its answer becomes the base. While it runs,
 * `onView` reports the progress.
 *
 * `onView` is called synchronously from every method that changes what to draw.
 */
export function createPlacementController(
  createClient: FzLayoutClientFactory,
  onView: (view: FzPlacementView) => void,
): FzPlacementController {
  let diagram: FzDiagram | null = null;
  let pinned: FzPinnedPositions = {};
  let base: FzLayout | null = null;
  let waiting = false;
  let run: FzLayoutRun = IDLE;
  let destroyed = false;
  let documents = 0;
  /** Whether the layout being waited for is a new document's (not a Re-layout's). */
  let newDocument = false;

  let view: FzLayout | null = null;

  const publish = () => {
    if (!destroyed) onView({ layout: view, run, documents });
  };

  /** Places the current diagram over the base, settles the result as the base, publishes. */
  const place = () => {
    view = null;
    if (diagram && base) {
      const placement = placeStably(diagram, base, pinned);
      view = placement.layout;
      if (!waiting) base = withoutNodes(view, placement.provisional);
    }
    publish();
  };

  const client = createClient(
    (layout) => {
      if (destroyed) return;
      waiting = false;
      base = layout;
      run = IDLE;
      if (newDocument) documents++;
      newDocument = false;
      place();
    },
    (progress) => {
      if (destroyed || !waiting) return;
      run = { status: 'running', phase: progress.phase, nodes: progress.nodes };
      publish();
    },
  );

  const layoutAfresh = (current: FzDiagram) => {
    waiting = true;
    run = { status: 'running', phase: 'waiting', nodes: current.nodes.length };
    client.request(current);
  };

  return {
    setDiagram(next) {
      if (destroyed) return;
      diagram = next;
      if (shouldLayoutAfresh(next, base)) {
        // Another document: nothing of the old picture is worth keeping, and placing thousands
        // of newcomers beside each other would only be thrown away when the answer comes.
        base = null;
        newDocument = true;
        layoutAfresh(next);
      } else if (waiting) {
        // While a fresh layout runs, the newest diagram replaces the one it was asked for.
        layoutAfresh(next);
      }
      place();
    },
    setPinned(next) {
      if (destroyed) return;
      pinned = next;
      place();
    },
    relayout() {
      if (destroyed || !diagram) return;
      layoutAfresh(diagram);
      publish();
    },
    destroy() {
      destroyed = true;
      client.destroy();
    },
  };
}
