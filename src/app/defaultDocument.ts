/**
 * The document the studio opens on: a microservices API gateway, written in FlowZap Code.
 *
 * Three swimlanes (client, gateway, services) and 17 nodes: a request passes a load balancer,
 * JWT authentication and rate limiting, is routed through service discovery to three services, and
 * the composed answer returns to the client; failed checks answer 401 or 429 straight back. The
 * simulator's role inference (see docs/simulation) reads exactly these labels, so edit them with care:
 * the e2e suite and `defaultDocument.test.ts` hold this text to the reference diagram's lanes, node
 * ids, shapes, labels and edges.
 */
export const DEFAULT_DOCUMENT: string = [
  'Client { # Client Application',
  '  n1: circle label:"Incoming Request"',
  '  n2: rectangle label:"Load Balancer"',
  '  n3: rectangle label:"Receive API Response"',
  '  n4: circle label:"End"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Gateway.n5.handle(top) [label="Route Request"]',
  '  n3.handle(right) -> n4.handle(left)',
  '}',
  'Gateway { # API Gateway',
  '  n5: rectangle label:"Authenticate JWT Token"',
  '  n6: diamond label:"Token Valid?"',
  '  n7: rectangle label:"Apply Rate Limiting"',
  '  n8: rectangle label:"Return 401 Unauthorized"',
  '  n9: diamond label:"Rate Limit OK?"',
  '  n10: rectangle label:"Route to Microservice"',
  '  n11: rectangle label:"Return 429 Throttled"',
  '  n12: rectangle label:"Aggregate Responses"',
  '  n5.handle(right) -> n6.handle(left)',
  '  n6.handle(right) -> n7.handle(left) [label="Yes"]',
  '  n6.handle(bottom) -> n8.handle(top) [label="No"]',
  '  n7.handle(right) -> n9.handle(left)',
  '  n8.handle(top) -> Client.n3.handle(bottom) [label="401"]',
  '  n9.handle(right) -> n10.handle(left) [label="Yes"]',
  '  n9.handle(bottom) -> n11.handle(top) [label="No"]',
  '  n10.handle(bottom) -> Services.n13.handle(top) [label="Forward"]',
  '  n11.handle(top) -> Client.n3.handle(bottom) [label="429"]',
  '  n12.handle(top) -> Client.n3.handle(bottom) [label="Response"]',
  '}',
  'Services { # Microservices Cluster',
  '  n13: rectangle label:"Service Discovery Lookup"',
  '  n14: rectangle label:"User Service"',
  '  n15: rectangle label:"Order Service"',
  '  n16: rectangle label:"Inventory Service"',
  '  n17: rectangle label:"Compose Response"',
  '  n13.handle(right) -> n14.handle(left) [label="Users"]',
  '  n13.handle(bottom) -> n15.handle(top) [label="Orders"]',
  '  n14.handle(right) -> n17.handle(left)',
  '  n15.handle(right) -> n16.handle(left) [label="Check Stock"]',
  '  n16.handle(right) -> n17.handle(left)',
  '  n17.handle(top) -> Gateway.n12.handle(bottom) [label="Aggregated"]',
  '}',
  '',
].join('\n');
