import { fallbackFlow, placeInLanes } from '../core/layout/placeInLanes';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import type { FzLayoutProgress, FzLayoutRequest, FzLayoutResponse } from './layoutProtocol';

/** The part of a `Worker` the client uses (a real `Worker`, or an in-process stand-in in tests). */
export interface FzLayoutWorker {
  postMessage(message: FzLayoutRequest): void;
  onmessage: ((event: MessageEvent<FzLayoutResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A layout client: `request` a diagram, get only the newest answer back through `onLayout`. */
export interface FzLayoutClient {
  /** Sends `diagram` to the worker; returns the request's sequence number. */
  request(diagram: FzDiagram): number;
  /** Stops the worker; later answers and requests are ignored. */
  destroy(): void;
}

/**
 * Creates the client of the layout worker. Answers are delivered to `onLayout` only when they
 * answer the newest request, so a slow layout of an old text never overwrites a newer one (the
 * canvas keeps showing the previous positions meanwhile). Requests made while the worker is busy
 * are coalesced: when it answers, only the newest waiting diagram is sent, so fast typing on a
 * big diagram never builds a queue of outdated layouts. If the worker cannot run (it fails to
 * load, or throws), requests are answered on the main thread by `layoutHere` (newest only), or
 * with the file-order placement when it is absent or fails, so the canvas still shows the
 * diagram. The worker is created lazily on first use. `onProgress` hears the worker's progress
 * messages for the newest request only.
 *
 * @example
 *   const client = createLayoutClient(() => new Worker(url, { type: 'module' }), setLayout);
 *   client.request(diagram);
 */
export function createLayoutClient(
  createWorker: () => FzLayoutWorker,
  onLayout: (layout: FzLayout, seq: number) => void,
  layoutHere?: (diagram: FzDiagram) => Promise<FzLayout>,
  onProgress?: (progress: FzLayoutProgress, seq: number) => void,
): FzLayoutClient {
  let worker: FzLayoutWorker | null = null;
  let broken = false;
  let destroyed = false;
  let latest = 0;
  let latestDiagram: FzDiagram | null = null;
  // One request in flight at a time; newer ones wait here, and only the newest of them is sent.
  let inFlight = false;
  let queued: FzLayoutRequest | null = null;

  const answerLocally = () => {
    if (destroyed || !latestDiagram) return;
    const diagram = latestDiagram;
    const seq = latest;
    const fileOrder = () => placeInLanes(diagram, fallbackFlow(diagram));
    if (!layoutHere) {
      onLayout(fileOrder(), seq);
      return;
    }
    void layoutHere(diagram)
      .catch(fileOrder)
      .then((layout) => {
        if (!destroyed && seq === latest) onLayout(layout, seq);
      });
  };

  const ensureWorker = (): FzLayoutWorker | null => {
    if (worker || broken) return worker;
    try {
      worker = createWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event) => {
      const data = event.data;
      if ('progress' in data) {
        if (!destroyed && data.seq === latest) onProgress?.(data.progress, data.seq);
        return;
      }
      inFlight = false;
      if (destroyed) return;
      if (data.seq === latest) onLayout(data.layout, data.seq);
      if (queued) send(queued);
    };
    worker.onerror = () => {
      broken = true;
      inFlight = false;
      queued = null;
      worker?.terminate();
      worker = null;
      answerLocally();
    };
    return worker;
  };

  const send = (message: FzLayoutRequest) => {
    queued = null;
    const target = ensureWorker();
    if (!target) {
      answerLocally();
      return;
    }
    inFlight = true;
    target.postMessage(message);
  };

  return {
    request(diagram) {
      if (destroyed) return latest;
      latest += 1;
      latestDiagram = diagram;
      const message = { seq: latest, diagram };
      if (inFlight) queued = message;
      else send(message);
      return latest;
    },
    destroy() {
      destroyed = true;
      worker?.terminate();
      worker = null;
    },
  };
}
