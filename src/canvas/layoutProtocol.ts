import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';

/** Main thread → layout worker: lay this diagram out; `seq` numbers the request. */
export interface FzLayoutRequest {
  seq: number;
  diagram: FzDiagram;
}

/** Layout worker → main thread: the layout for request `seq` (the worker never fails a request). */
export interface FzLayoutResponse {
  seq: number;
  layout: FzLayout;
}
