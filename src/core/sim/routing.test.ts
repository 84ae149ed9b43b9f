import { describe, expect, it } from 'vitest';
import { firstSegment, sameWord } from './routing';
import { servicePath } from './serviceNode';

describe('path matching helpers', () => {
  it('matches singular and plural words', () => {
    expect(sameWord('users', 'user')).toBe(true);
    expect(sameWord('order', 'orders')).toBe(true);
    expect(sameWord('inventory', 'inventories')).toBe(true);
    expect(sameWord('address', 'addresses')).toBe(true);
    expect(sameWord('user', 'order')).toBe(false);
    expect(sameWord('', 'user')).toBe(false);
  });

  it('takes the first path segment, ignoring the query', () => {
    expect(firstSegment('/users/42?x=1')).toBe('users');
    expect(firstSegment('//orders')).toBe('orders');
    expect(firstSegment('/')).toBe('');
  });

  it('calls a service with the request path when it names the service, else with its own name', () => {
    expect(servicePath('User Service', '/users/42')).toBe('/users/42');
    expect(servicePath('Order Service', '/orders/7')).toBe('/orders/7');
    expect(servicePath('Inventory Service', '/orders/7')).toBe('/inventory/7');
    expect(servicePath('Payment Gateway Service', '/checkout')).toBe('/payment-gateway');
    expect(servicePath('Service', '/x/1')).toBe('/x/1');
  });
});
