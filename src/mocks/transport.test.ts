import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz/index';
import { simulate, stringifySimResult } from '../core/sim';
import type { SimServiceRequest } from '../core/sim/types';
import { handlers } from './handlers';
import { createMswTransport } from './transport';

const call = (path: string, method = 'GET'): SimServiceRequest => ({
  nodeId: 'n14',
  service: 'User Service',
  instance: 0,
  method,
  path,
  headers: { 'x-request-id': '1' },
});

describe('createMswTransport', () => {
  const transport = createMswTransport(handlers);

  it('runs the handlers in process and returns status, lower-case headers and the JSON body', async () => {
    const response = await transport(call('/users/42'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.body).toEqual({ id: 42, name: 'User 42' });
  });

  it('answers 502 when no handler matches, and 500 when a handler throws', async () => {
    const none = createMswTransport([http.get('*/only', () => HttpResponse.text('x'))]);
    expect((await none(call('/users/1'))).status).toBe(502);
    const throwing = createMswTransport([
      http.get('*/users/:id', () => {
        throw new Error('boom');
      }),
    ]);
    expect((await throwing(call('/users/1'))).status).toBe(500);
  });
});

const GATEWAY = `Client { # Client
n1: circle label:"Ask"
n2: circle label:"Answered"
n1.handle(right) -> Edge.n3.handle(left)
}
Edge { # Edge
n3: rectangle label:"Validate JWT"
n4: diamond label:"Valid?"
n5: rectangle label:"Return 401 Unauthorized"
n6: rectangle label:"Service Registry"
n7: rectangle label:"User Service"
n8: rectangle label:"Order Service"
n9: rectangle label:"Aggregate Results"
n3.handle(right) -> n4.handle(left)
n4.handle(right) -> n6.handle(left) [label="Yes"]
n4.handle(bottom) -> n5.handle(top) [label="No"]
n5.handle(top) -> Client.n2.handle(bottom)
n6.handle(right) -> n7.handle(left) [label="Users"]
n6.handle(bottom) -> n8.handle(top) [label="Orders"]
n7.handle(right) -> n9.handle(left)
n8.handle(right) -> n9.handle(top)
n9.handle(top) -> Client.n2.handle(bottom)
}
`;

describe('simulate with the MSW transport', () => {
  const diagram = analyzeFz(GATEWAY).diagram;

  it('maps mocked answers onto KrakenD statuses', async () => {
    const outcome = await simulate(
      diagram,
      {
        seed: 1,
        traffic: [
          { at: 0, count: 2, path: '/users/42' },
          { at: 0, count: 1, path: '/users/nobody' },
          { at: 0, count: 1, path: '/home' },
        ],
        nodes: {},
      },
      { transport: createMswTransport(handlers), includeResults: true },
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.status).toEqual({ '200': 3, '500': 1 });
    expect(outcome.result.results!.map((r) => r.status)).toEqual([200, 200, 500, 200]);
    expect(outcome.result.results![3]!.headers['x-completed']).toBe('true');
  });

  const seed = fileURLToPath(new URL('../../../shared/seed/api-gateway.fz', import.meta.url));

  if (!existsSync(seed)) console.log(`skipping reference-diagram test: ${seed} is absent`);
  it.skipIf(!existsSync(seed))('gives identical bytes twice on the reference diagram', async () => {
    const reference = analyzeFz(readFileSync(seed, 'utf8')).diagram;
    const scenario = {
      seed: 3,
      traffic: [
        { from: 0, to: 3000, rps: 20, arrival: 'poisson' as const, client: 'a', path: '/orders/7' },
        { at: 100, count: 5, client: 'b', token: 'expired' as const, path: '/users/1' },
      ],
      nodes: { n14: { latency: { dist: 'exponential' as const, meanMs: 15 } } },
    };
    const texts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const outcome = await simulate(reference, scenario, {
        transport: createMswTransport(handlers),
        includeResults: true,
      });
      expect(outcome.ok).toBe(true);
      if (outcome.ok) texts.push(stringifySimResult(outcome.result));
    }
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain('"401": 5');
  });
});

describe('createMswTransport with reuseAnswers', () => {
  it('the shipped handlers answer by method and path alone (what reuse relies on)', async () => {
    const transport = createMswTransport(handlers);
    for (const path of [
      '/users/42',
      '/users',
      '/orders/7',
      '/inventory/SKU-9',
      '/billing/1',
      '/users/x',
    ]) {
      const a = await transport({
        ...call(path),
        headers: { 'x-request-id': '1', 'x-client': 'a' },
      });
      const b = await transport({
        ...call(path),
        headers: { 'x-request-id': '2', 'x-client': 'b' },
      });
      expect(b).toEqual(a);
    }
  });

  it('runs the handlers once per method and path and gives the same answer as without reuse', async () => {
    let calls = 0;
    const counting = [
      http.get('*/users/:id', ({ params }) => {
        calls++;
        return HttpResponse.json({ id: String(params.id) });
      }),
    ];
    const reusing = createMswTransport(counting, { reuseAnswers: true });
    const first = await reusing(call('/users/1'));
    const again = await reusing({ ...call('/users/1'), headers: { 'x-request-id': '99' } });
    const other = await reusing(call('/users/2'));
    const posted = await reusing(call('/users/1', 'POST'));
    expect(calls).toBe(2);
    expect(again).toBe(first);
    expect(first.body).toEqual({ id: '1' });
    expect(other.body).toEqual({ id: '2' });
    expect(posted.status).toBe(502);
    expect(Object.isFrozen(first) && Object.isFrozen(first.headers)).toBe(true);
  });
});
