/**
 * The mocked microservices behind the simulated gateway, as MSW 2 request handlers. Paths start
 * with `*` so they match any origin: the in-process transport calls `http://services.sim/...`,
 * the service worker sees the page's own origin. Answers are fixed (no `delay()`: the simulator
 * draws latencies on virtual time).
 */
// Must come before msw: msw needs localStorage as soon as it loads, which workers lack.
import './workerStorage';
import { http, HttpResponse, type RequestHandler } from 'msw';

/** The origin the in-process transport sends service calls to. */
export const SERVICES_BASE_URL = 'http://services.sim';

/** Ids made of digits exist; anything else is a 404, so a scenario can ask for failures. */
function known(id: string | readonly string[] | undefined): id is string {
  return typeof id === 'string' && /^\d+$/.test(id);
}

const notFound = (what: string, id: unknown) =>
  HttpResponse.json({ error: `${what} ${String(id)} not found` }, { status: 404 });

/** Users, orders and inventory services, then a catch-all for any other service on the base URL. */
export const handlers: RequestHandler[] = [
  http.get('*/users/:id', ({ params }) =>
    known(params.id)
      ? HttpResponse.json({ id: Number(params.id), name: `User ${params.id}` })
      : notFound('user', params.id),
  ),
  http.get('*/users', () =>
    HttpResponse.json([
      { id: 1, name: 'User 1' },
      { id: 2, name: 'User 2' },
    ]),
  ),
  http.get('*/orders/:id', ({ params }) =>
    known(params.id)
      ? HttpResponse.json({ id: Number(params.id), items: [{ sku: 'SKU-1', quantity: 2 }] })
      : notFound('order', params.id),
  ),
  http.post('*/orders', () => HttpResponse.json({ id: 1001, status: 'created' }, { status: 201 })),
  http.get('*/inventory/:sku', ({ params }) =>
    HttpResponse.json({ sku: String(params.sku), inStock: true, quantity: 12 }),
  ),
  // Any other service reached through the simulator answers a plain 200.
  http.all(`${SERVICES_BASE_URL}/*`, ({ request }) =>
    HttpResponse.json({ ok: true, path: new URL(request.url).pathname }),
  ),
];
