/**
 * The document the studio opens on: our own FlowZap Code sketch of a microservices API gateway
 * (the architecture of the project's reference diagram, written for this project; FlowZap's
 * template text is not copied into the product).
 *
 * Three swimlanes: the callers, the gateway tier and the services behind it. A call passes a load
 * balancer, JWT verification and a per-client rate limit, is routed through the service registry
 * to the users or orders service, and the merged reply goes back; failed checks answer 401 or 429
 * straight away. The simulator infers each node's role from these labels (`load balancer`,
 * `jwt`, `rate limit`, `respond NNN`, `router`, `registry`, `service`, `merge`, `compose`) and
 * routes `/users/…` and `/orders/…` by the `Users` and `Orders` edge labels, so edit them with care.
 */
export const DEFAULT_DOCUMENT: string = [
  'Callers { # Web and Mobile Callers',
  '  n1: circle label:"Call Arrives"',
  '  n2: rectangle label:"Edge Load Balancer"',
  '  n3: rectangle label:"Caller Gets Reply"',
  '  n4: circle label:"Done"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Edge.n5.handle(top) [label="HTTPS"]',
  '  n3.handle(right) -> n4.handle(left)',
  '}',
  'Edge { # Gateway Tier',
  '  n5: rectangle label:"Verify JWT"',
  '  n6: diamond label:"Token Accepted?"',
  '  n7: rectangle label:"Per-Client Rate Limit"',
  '  n8: rectangle label:"Respond 401 Unauthorized"',
  '  n9: diamond label:"Within Quota?"',
  '  n10: rectangle label:"Path Router"',
  '  n11: rectangle label:"Respond 429 Too Many Requests"',
  '  n12: rectangle label:"Merge Backend Replies"',
  '  n5.handle(right) -> n6.handle(left)',
  '  n6.handle(right) -> n7.handle(left) [label="Yes"]',
  '  n6.handle(bottom) -> n8.handle(top) [label="No"]',
  '  n7.handle(right) -> n9.handle(left)',
  '  n8.handle(top) -> Callers.n3.handle(bottom) [label="401"]',
  '  n9.handle(right) -> n10.handle(left) [label="Yes"]',
  '  n9.handle(bottom) -> n11.handle(top) [label="No"]',
  '  n10.handle(bottom) -> Backend.n13.handle(top) [label="Dispatch"]',
  '  n11.handle(top) -> Callers.n3.handle(bottom) [label="429"]',
  '  n12.handle(top) -> Callers.n3.handle(bottom) [label="Reply"]',
  '}',
  'Backend { # Services',
  '  n13: rectangle label:"Registry Lookup"',
  '  n14: rectangle label:"Users Service"',
  '  n15: rectangle label:"Orders Service"',
  '  n16: rectangle label:"Stock Service"',
  '  n17: rectangle label:"Compose Reply"',
  '  n13.handle(right) -> n14.handle(left) [label="Users"]',
  '  n13.handle(bottom) -> n15.handle(top) [label="Orders"]',
  '  n14.handle(right) -> n17.handle(left)',
  '  n15.handle(right) -> n16.handle(left) [label="Reserve Items"]',
  '  n16.handle(right) -> n17.handle(left)',
  '  n17.handle(top) -> Edge.n12.handle(bottom) [label="Results"]',
  '}',
  '',
].join('\n');
