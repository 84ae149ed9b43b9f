import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from './node';
import { SERVICES_BASE_URL } from './handlers';

// The same handlers behind msw/node, reached with the real global fetch (no network involved).
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('mocked services through setupServer + fetch', () => {
  it('answers a known user', async () => {
    const response = await fetch(`${SERVICES_BASE_URL}/users/42`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 42, name: 'User 42' });
  });

  it('answers 404 for an unknown user id', async () => {
    const response = await fetch('http://example.test/users/nobody');
    expect(response.status).toBe(404);
  });

  it('answers orders and inventory', async () => {
    const order = await fetch(`${SERVICES_BASE_URL}/orders/7`);
    expect(await order.json()).toMatchObject({ id: 7 });
    const created = await fetch(`${SERVICES_BASE_URL}/orders`, { method: 'POST' });
    expect(created.status).toBe(201);
    const stock = await fetch(`${SERVICES_BASE_URL}/inventory/SKU-1`);
    expect(await stock.json()).toEqual({ sku: 'SKU-1', inStock: true, quantity: 12 });
  });

  it('answers any other service on the simulator base URL with a plain 200', async () => {
    const response = await fetch(`${SERVICES_BASE_URL}/payments/9`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, path: '/payments/9' });
  });
});
