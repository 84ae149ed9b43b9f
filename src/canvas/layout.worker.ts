/**
 * The layout worker: runs the auto layout (ELK, or `layeredFlow` for big diagrams) off the main
 * thread. One message in (`FzLayoutRequest`); out, a progress message as each step starts, then
 * the layout, all with the request's `seq`. Requests are answered in order.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import type { FzLayoutRequest, FzLayoutResponse } from './layoutProtocol';
import { answerLayoutRequest } from './layoutRequest';

interface WorkerScope {
  onmessage: ((event: MessageEvent<FzLayoutRequest>) => void) | null;
  postMessage(message: FzLayoutResponse): void;
}

const scope = self as unknown as WorkerScope;
const elk = new ELK();

// elk.bundled.js claims `self.onmessage` for itself when it loads inside a worker (it expects to
// be ELK's own worker script); assigning ours after the import takes the channel back.
scope.onmessage = (event) => {
  answerLayoutRequest(
    event.data,
    (diagram, onPhase) => layoutDiagram(diagram, elk, onPhase),
    (m) => scope.postMessage(m),
  ).catch((error: unknown) => {
    // Even the file-order placement failed: throw in a task of its own, which fires the Worker's
    // `error` event on the page, where the client answers on the main thread instead of waiting.
    setTimeout(() => {
      throw error;
    });
  });
};
