// Calls one of the app's route handlers (a web Request in, a web Response out) straight from the
// Node server, doing for it what Next would: the x-forwarded-* headers Next adds, the fixed security
// headers next.config.ts sets on every API answer, and the body sent as the handler encoded it
// (Next strips a handler's Content-Encoding, so a precompressed body can only be sent from here).
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { COMMON_SECURITY_HEADERS, NON_PAGE_CSP } from "@/lib/security/headers";
import type { RouteHandler } from "./bridge";
import { CLIENT_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "./front-door";

/** Headers server.ts sets itself (lib/server/front-door.ts): taken from `request.headers`, never from the wire. */
const STAMPED = [CLIENT_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER];

const FIXED_HEADERS = { ...COMMON_SECURITY_HEADERS, "Content-Security-Policy": NON_PAGE_CSP };

/** Answers the request with `handler`; returns false, having sent nothing, when its URL cannot be formed (Next answers then). */
export async function callRouteHandler(
  handler: RouteHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const webRequest = toWebRequest(request);
  if (!webRequest) return false;
  const outcome = await handler(webRequest);
  const body = outcome.body && request.method !== "HEAD" ? Buffer.from(await outcome.arrayBuffer()) : null;
  const headers: Record<string, string | string[]> = { ...FIXED_HEADERS };
  outcome.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = outcome.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  response.writeHead(outcome.status, { ...headers, "content-length": body?.length ?? 0 });
  response.end(body);
  return true;
}

function toWebRequest(request: IncomingMessage): Request | null {
  const headers = new Headers();
  try {
    for (let i = 0; i < request.rawHeaders.length; i += 2) {
      const name = request.rawHeaders[i]!;
      if (!STAMPED.includes(name.toLowerCase())) headers.append(name, request.rawHeaders[i + 1]!);
    }
    for (const name of STAMPED) {
      const value = request.headers[name];
      if (typeof value === "string") headers.set(name, value);
    }
  } catch {
    return null; // a header value the Fetch API refuses
  }
  // As Next's base server does: fill in what a proxy in front would have said, unless one did.
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  const host = headers.get("host") ?? "localhost";
  let url: URL;
  try {
    url = new URL(request.url ?? "/", `${proto}://${host}`);
  } catch {
    return null; // e.g. a Host header that is no host
  }
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", host);
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", proto);
  if (!headers.has("x-forwarded-for") && request.socket.remoteAddress)
    headers.set("x-forwarded-for", request.socket.remoteAddress); // as Next does; nothing here reads it (CLIENT_HEADER does)
  const method = request.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}
