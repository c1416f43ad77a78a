// The request headers the host's front door (host/front-door.ts) sets on every request before the app
// sees it, dropping any copy a client sent: what the app reads to know who the client is and which
// request this is. Here, in the seam, because both sides name them and the app may not import the host.

/** Set by the host's front door (host/front-door.ts) on every request (any inbound copy is dropped): the client's address. */
export const CLIENT_HEADER = "x-advisor-client";
/**
 * Set by the host's front door (host/front-door.ts) (any inbound copy is dropped) to "untrusted" when a request carries forwarding
 * headers but TRUST_PROXY trusts no proxy: a proxy stands in front and the client cannot be told, so
 * what is kept for loopback clients (metrics) is refused.
 */
export const FORWARDED_HEADER = "x-advisor-forwarded";
/** An X-Request-Id the client sent, kept for the logs beside the id the server gave the request. */
export const INBOUND_ID_HEADER = "x-advisor-inbound-request-id";
export const REQUEST_ID_HEADER = "x-request-id";
