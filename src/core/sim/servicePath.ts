/**
 * The path a service node calls its backend with, derived from the request path and the node's
 * label, remembered per request path on the node.
 */
import type { SimNodeProgram } from './program';
import { firstSegment, sameWord } from './routing';

/** {@link servicePath} for `node`, cached on the node (a run sends few distinct paths). */
export function callPath(node: SimNodeProgram, path: string): string {
  const cache = (node.callPathCache ??= new Map<string, string>());
  let called = cache.get(path);
  if (called === undefined) {
    called = servicePath(node.label, path);
    cache.set(path, called);
  }
  return called;
}

/**
 * The path a service is called with: the request path when its first segment names the service
 * (`/users/42` for "User Service"), else the service's own name in front of the rest of the path
 * (`/orders/7` → `/inventory/7` for "Inventory Service").
 */
export function servicePath(label: string, path: string): string {
  const words = label
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(
      (w) => w !== '' && !['service', 'services', 'database', 'db', 'svc', 'api'].includes(w),
    );
  if (words.length === 0) return path;
  const first = firstSegment(path)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (sameWord(first, words.join(''))) return path;
  const rest = path.replace(/^\/*[^/?#]*/, '');
  return `/${words.join('-')}${rest}`;
}
