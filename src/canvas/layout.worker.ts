/**
 * The layout worker: runs ELK off the main thread. One message in (`FzLayoutRequest`), one out
 * (`FzLayoutResponse`) with the same `seq`; requests are answered in order.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import type { FzLayoutRequest, FzLayoutResponse } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<FzLayoutRequest>) => void) | null;
  postMessage(message: FzLayoutResponse): void;
}

const scope = self as unknown as WorkerScope;
const elk = new ELK();

// elk.bundled.js claims `self.onmessage` for itself when it loads inside a worker (it expects to
// be ELK's own worker script); assigning ours after the import takes the channel back.
scope.onmessage = (event) => {
  const { seq, diagram } = event.data;
  void layoutDiagram(diagram, elk).then((layout) => scope.postMessage({ seq, layout }));
};
