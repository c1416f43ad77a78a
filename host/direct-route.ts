// Calls one of the app's route handlers (a web Request in, a web Response out) straight from the
// Node server, doing for it what Next would: the x-forwarded-* headers Next adds, and the body sent as
// the handler encoded it (Next strips a handler's Content-Encoding, so a precompressed body can only
// be sent from here). The security headers are on the response already: the front door sets them
// on every answer before anyone writes (host/front-door.ts `setDefaultHeaders`).
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { DEFAULT_BODY_LIMIT_BYTES } from "@/lib/http/read-json";
import type { RouteHandler } from "@/lib/host-seam/bridge";
import { CLIENT_HEADER, FORWARDED_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";

/** Headers host/server.ts sets itself (host/front-door.ts): taken from `request.headers`, never from the wire. */
const STAMPED = [CLIENT_HEADER, FORWARDED_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER];

/** Answers the request with `handler`; returns false, having sent nothing, when its URL cannot be formed (Next answers then). */
export async function callRouteHandler(
  handler: RouteHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  const head = requestHead(request);
  if (!head) return false;
  const hasBody = head.method !== "GET" && head.method !== "HEAD";
  const body = hasBody ? await smallBody(request) : undefined;
  if (body === "aborted") {
    response.destroy(); // the client hung up mid-body: no one is left to answer
    return true;
  }
  const outcome = await handler(
    new Request(head.url, {
      method: head.method,
      headers: head.headers,
      ...(hasBody ? { body: body ?? (Readable.toWeb(request) as ReadableStream<Uint8Array>), duplex: "half" } : {}),
    } as RequestInit),
  );
  const sent = outcome.body && request.method !== "HEAD" ? Buffer.from(await outcome.arrayBuffer()) : null;
  const headers: Record<string, string | string[]> = {};
  outcome.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = outcome.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  response.writeHead(outcome.status, { ...headers, "content-length": sent?.length ?? 0 });
  response.end(sent);
  return true;
}

/**
 * A body that declares a length within the JSON limit, read whole: cheaper than handing the handler
 * a web stream over the socket (docs/performance.md), and Node's parser stops at the declared length.
 * Any other body (chunked, or declared too large for the handler to accept) is streamed to the
 * handler, which counts its bytes and refuses it (lib/http/read-json.ts).
 */
function smallBody(request: IncomingMessage): Promise<Buffer | "aborted" | undefined> {
  const declared = Number(request.headers["content-length"]);
  if (!(declared >= 0 && declared <= DEFAULT_BODY_LIMIT_BYTES)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("aborted", () => resolve("aborted"));
    request.once("error", () => resolve("aborted"));
    request.once("close", () => resolve("aborted")); // after "end", a no-op
  });
}

/** The request's URL, method and headers as the handler sees them, or null when they make no web request. */
function requestHead(request: IncomingMessage): { url: URL; method: string; headers: Headers } | null {
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
  return { url, method: request.method ?? "GET", headers };
}
