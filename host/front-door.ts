// What every request meets first, in host/server.ts, before a fast path or Next sees it: the one place
// that says who the client is, gives the request its id, puts its path in the one spelling every
// later decision reads (normaliseTarget), and refuses what no route should handle:
//   - a request target that is not a path (`OPTIONS *`), or a request without Host: 400;
//   - a method outside ALLOWED_METHODS (e.g. TRACE): 405 with Allow;
//   - a path whose percent-encoding does not decode: 400;
//   - an unsafe method (POST, PUT, PATCH, DELETE) sent by a browser from another origin, including a
//     sibling subdomain or another port of the same host, which SameSite cookies do not stop: 403;
//   - an unsafe request with a body that is not JSON (what an HTML form can send), on any path but
//     the inventory import's, which also takes an .xlsx, raw or as a form's file: 415.
// Clients without a browser send neither Origin nor Sec-Fetch-Site and pass; browsers send at least
// one on every unsafe request. Refusals carry the security headers, and no route runs, so no cookie
// is set. Framework-free: plain node:http types.
import { randomUUID } from "node:crypto";
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import { ERROR_STATUS, type FrontDoorCode } from "@/lib/http/error-statuses";
import type { Duplex } from "node:stream";
import { COMMON_SECURITY_HEADERS, NON_PAGE_CSP } from "@/lib/security/headers";
import { XLSX_TYPE } from "@/lib/inventory/limits";
import { resolveClientAddress, type TrustProxy } from "@/lib/security/client-address";
import { CLIENT_HEADER, FORWARDED_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** What a browser says about a request it sends on the user's own action or from one of our pages. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/** Why a request is refused; its status is the code's, from the one table (lib/http/error-statuses.ts). */
export type Refusal = { code: FrontDoorCode; message: string };

/** Percent-escapes of letters, digits and - . _ ~, which mean the same decoded (RFC 3986, 6.2.2.2). */
const ENCODED_UNRESERVED = /%(2[dDeE]|3\d|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aA]|7[eE])/g;

/**
 * Puts the request target in the one spelling every later decision (the rules below, the direct
 * routes, the share-page cache) and Next read: an absolute-form target (`GET http://host/x`) becomes
 * its path, escaped letters and digits are decoded, and dot segments (`/./`, `/x/%2e%2e/`) are
 * resolved as a browser and Next's router would. Refuses a target that is not a path (`*`, `x`)
 * and a request without Host, which no route can answer. Rewrites `request.url` in place.
 */
export function normaliseTarget(request: Pick<IncomingMessage, "url" | "headers">): Refusal | null {
  let target = request.url ?? "";
  if (/^https?:\/\//i.test(target)) {
    try {
      const absolute = new URL(target);
      target = `${absolute.pathname}${absolute.search}`;
    } catch {
      return badTarget;
    }
  }
  if (!target.startsWith("/")) return badTarget;
  if (!single(request.headers.host)) {
    return { code: "missing_host", message: "The request has no Host header." };
  }
  const query = target.indexOf("?");
  const rawPath = query === -1 ? target : target.slice(0, query);
  const decoded = rawPath.replace(ENCODED_UNRESERVED, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
  // The WHATWG parser resolves dot segments (also spelled %2e) and reads "\" as "/", as browsers do.
  const { pathname } = new URL(`http://normalise.invalid${decoded}`);
  request.url = query === -1 ? pathname : `${pathname}${target.slice(query)}`;
  return null;
}

const badTarget: Refusal = {
  code: "bad_request_target",
  message: "The request target must be a path such as /api/v1/evaluate.",
};

type Incoming = Pick<IncomingMessage, "method" | "url" | "headers">;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/**
 * Replaces what a client could forge with what the server knows: the client address (per
 * TRUST_PROXY), whether it came through a proxy no one said to trust, and a fresh request id; an
 * inbound id is kept under INBOUND_ID_HEADER. Returns the id.
 */
export function identifyRequest(request: IncomingMessage, trust: TrustProxy): string {
  delete request.headers[FORWARDED_HEADER];
  if (trust.kind === "none" && FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) {
    request.headers[FORWARDED_HEADER] = "untrusted";
  }
  const requestId = randomUUID();
  const inbound = single(request.headers[REQUEST_ID_HEADER]);
  delete request.headers[INBOUND_ID_HEADER];
  if (inbound) request.headers[INBOUND_ID_HEADER] = inbound.replace(/[^\w.:-]/g, "").slice(0, 100);
  request.headers[REQUEST_ID_HEADER] = requestId;
  request.headers[CLIENT_HEADER] = resolveClientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    trust,
  );
  return requestId;
}

/**
 * Headers every answer carries, set before anyone else writes: Next's own answers that skip its
 * header rules (a trailing-slash redirect, say) get them too. Whoever answers may still replace a
 * value, as pages do with their nonce CSP (proxy.ts).
 */
export function setDefaultHeaders(response: ServerResponse, requestId: string): void {
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.setHeader(name, value);
  response.setHeader("Content-Security-Policy", NON_PAGE_CSP);
  response.setHeader(REQUEST_ID_HEADER, requestId);
}

/** The origin browsers name in `Origin` when they send a request from one of the app's own pages. */
export function ownOrigin(request: Incoming, publicUrl: string | undefined): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  const host = single(request.headers["x-forwarded-host"]) ?? single(request.headers.host);
  if (!host) return null;
  const proto = single(request.headers["x-forwarded-proto"]) === "https" ? "https" : "http";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Why the request is refused before any route sees it, or null when it may go on. */
export function judgeRequest(request: Incoming, origin: string | null): Refusal | null {
  const method = request.method ?? "GET";
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { code: "method_not_allowed", message: `${method} is not a method this server answers.` };
  }
  const pathname = (request.url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(pathname);
  } catch {
    return {
      code: "malformed_path",
      message: "The address contains percent-encoding that does not decode.",
    };
  }
  if (!UNSAFE_METHODS.has(method)) return null;
  const forgery = judgeOrigin(request, origin);
  if (forgery) return forgery;
  // On every path, not only under /api/: the one route that takes a file is named by its path, which
  // normaliseTarget has already put in its one spelling.
  if (hasBody(request) && !acceptsBody(pathname, single(request.headers["content-type"]))) {
    return {
      code: "unsupported_media_type",
      message: "Send the request body as JSON, with Content-Type: application/json.",
    };
  }
  return null;
}

function judgeOrigin(request: Incoming, origin: string | null): Refusal | null {
  const site = single(request.headers["sec-fetch-site"]);
  const sentOrigin = single(request.headers.origin);
  const refused: Refusal = {
    code: "cross_origin_request",
    message: "This change must be made from the app's own pages: requests from other sites are refused.",
  };
  if (site !== undefined) return OWN_FETCH_SITES.has(site) ? null : refused;
  // Browsers before Sec-Fetch-Site (or with it stripped) still send Origin on unsafe requests.
  if (sentOrigin !== undefined) return sentOrigin === origin ? null : refused;
  return null;
}

function hasBody(request: Incoming): boolean {
  const length = Number(single(request.headers["content-length"]) ?? 0);
  return request.headers["transfer-encoding"] !== undefined || length > 0;
}

/** POST /api/v1/inventory takes an RVTools export (an .xlsx, raw or as a form's file) besides JSON. */
const FILE_ROUTES = new Set(["/api/v1/inventory"]);
const FILE_TYPES = new Set(["multipart/form-data", XLSX_TYPE]);

function acceptsBody(pathname: string, contentType: string | undefined): boolean {
  if (isJson(contentType)) return true;
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return FILE_ROUTES.has(pathname) && FILE_TYPES.has(type);
}

/** application/json or any application/…+json, with or without parameters. */
function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** The headers of every refusal: the security headers, never cached, and Allow with a 405. */
function refusalHeaders(status: number, body: string, contentType: string, requestId: string): Record<string, string> {
  return {
    ...COMMON_SECURITY_HEADERS,
    "Content-Security-Policy": NON_PAGE_CSP,
    "Content-Type": contentType,
    "Cache-Control": "no-store",
    "Content-Length": String(Buffer.byteLength(body)),
    [REQUEST_ID_HEADER]: requestId,
    ...(status === 405 ? { Allow: ALLOWED_METHODS.join(", ") } : {}),
  };
}

/** Answers a refusal: JSON for API paths, plain text elsewhere, always with the security headers. */
export function sendRefusal(request: Incoming, response: ServerResponse, refusal: Refusal, requestId: string) {
  const api = (request.url ?? "").startsWith("/api/");
  const body = api
    ? JSON.stringify({ error: { code: refusal.code, message: refusal.message } })
    : `${refusal.message}\n`;
  const type = api ? "application/json" : "text/plain; charset=utf-8";
  const status = ERROR_STATUS[refusal.code];
  response.writeHead(status, refusalHeaders(status, body, type, requestId));
  response.end(request.method === "HEAD" ? undefined : body);
}

/** An answer written straight to a socket, for what Node never turns into a request. */
function answerOnSocket(socket: Duplex, code: FrontDoorCode, message: string): void {
  const status = ERROR_STATUS[code];
  const reason = STATUS_CODES[status] ?? "Error";
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: { code, message } });
  const headers = { ...refusalHeaders(status, body, "application/json", randomUUID()), Connection: "close" };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end([`HTTP/1.1 ${status} ${reason}`, ...head, "", body].join("\r\n"));
}

/**
 * CONNECT never reaches a request handler (Node hands it over as a raw socket, for proxies): it is
 * answered 405 like any other method outside the list, with the same headers, and the socket closed.
 */
export function refuseConnect(socket: Duplex): void {
  answerOnSocket(socket, "method_not_allowed", "CONNECT is not a method this server answers.");
}

/**
 * A request Node's parser cannot read (an unknown method, a malformed request line or header, headers
 * too large): Node's own answer is a bare 400 without headers; this one carries them.
 */
export function refuseUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === "ECONNRESET") return void socket.destroy(); // the client left: no one to answer
  if (error.code === "HPE_HEADER_OVERFLOW") {
    return answerOnSocket(socket, "headers_too_large", "The request headers are too large.");
  }
  answerOnSocket(socket, "malformed_request", "The request could not be read as HTTP.");
}
