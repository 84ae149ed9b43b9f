/**
 * Diagrams the simulator's tests run: our own text, shaped like the reference gateway.
 */

/** Our own small gateway, shaped like the reference one: auth → limit → router → services. */
export const INLINE_GATEWAY = `Web { # Web Client
n1: circle label:"Request Sent"
n2: rectangle label:"Show Answer"
n3: circle label:"Finished"
n1.handle(right) -> Edge.n4.handle(left) [label="HTTPS"]
n2.handle(right) -> n3.handle(left)
}
Edge { # Edge Proxy
n4: rectangle label:"Check JWT"
n5: diamond label:"Signed In?"
n6: rectangle label:"Throttle per Client"
n7: diamond label:"Under Quota?"
n8: rectangle label:"Return 401 Denied"
n9: rectangle label:"Return 429 Slow Down"
n10: rectangle label:"Router"
n4.handle(right) -> n5.handle(left)
n5.handle(right) -> n6.handle(left) [label="Valid"]
n5.handle(bottom) -> n8.handle(top) [label="Invalid"]
n6.handle(right) -> n7.handle(left)
n7.handle(right) -> n10.handle(left) [label="OK"]
n7.handle(bottom) -> n9.handle(top) [label="No"]
n8.handle(top) -> Web.n2.handle(bottom) [label="401"]
n9.handle(top) -> Web.n2.handle(bottom) [label="429"]
n10.handle(bottom) -> Backends.n11.handle(top) [label="Users"]
n10.handle(right) -> Backends.n12.handle(top) [label="Orders"]
}
Backends { # Backends
n11: rectangle label:"User Service"
n12: rectangle label:"Order Service"
n13: rectangle label:"Merge Answers"
n11.handle(right) -> n13.handle(left)
n12.handle(right) -> n13.handle(left)
n13.handle(top) -> Web.n2.handle(bottom) [label="Response"]
}
`;

/** One service between a source and a sink, in one lane: a request's latency is its time there. */
export const ONE_SERVICE = `Main { # Main
n1: circle label:"In"
n2: rectangle label:"Work Service"
n3: circle label:"Out"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
}
`;

/** Two services in series (a tandem queue). */
export const TANDEM = `Main { # Main
n1: circle label:"In"
n2: rectangle label:"Auth Service"
n3: rectangle label:"Data Service"
n4: circle label:"Out"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
n3.handle(right) -> n4.handle(left)
}
`;

/** A registry fanning out to two services that a compose step joins (KrakenD aggregation). */
export const FAN_OUT = `Client { # Client
n1: circle label:"Go"
n2: circle label:"Back"
n1.handle(right) -> Api.n3.handle(left)
}
Api { # API
n3: rectangle label:"Service Registry"
n4: rectangle label:"Profile Service"
n5: rectangle label:"Billing Service"
n6: rectangle label:"Compose Page"
n3.handle(right) -> n4.handle(left) [label="Profiles"]
n3.handle(bottom) -> n5.handle(top) [label="Billing"]
n4.handle(right) -> n6.handle(left)
n5.handle(right) -> n6.handle(bottom)
n6.handle(top) -> Client.n2.handle(bottom)
}
`;
