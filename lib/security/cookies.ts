// The app's cookies, named and read in one place. Over HTTPS each carries the `__Host-` prefix, which
// browsers accept only with Secure, Path=/ and no Domain, from this exact host: a sibling subdomain
// (or a plain-HTTP page on the same name) cannot set or shadow it. Over plain HTTP (an intranet
// address, localhost) the prefix cannot be used, so the plain name is. A name sent twice is ambiguous
// (one of the two was set by someone else) and is read as absent. Pure: callers pass the Cookie header.

/** Over HTTPS the prefixed name, else the plain one. */
export function cookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

/** Every value sent under `name`, in the order the header lists them. */
export function cookieValues(cookieHeader: string | null | undefined, name: string): string[] {
  const values: string[] = [];
  for (const part of (cookieHeader ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) values.push(part.slice(separator + 1).trim());
  }
  return values;
}

/** The one value sent under `name`; null when absent, empty or sent more than once. */
function singleValue(cookieHeader: string | null | undefined, name: string): string | null {
  const values = cookieValues(cookieHeader, name);
  return values.length === 1 && values[0] !== "" ? values[0]! : null;
}

/**
 * The cookie `base` as this request should see it: over HTTPS only the `__Host-` one counts (a plain
 * one there may have been planted by a sibling subdomain); over HTTP only the plain one.
 */
export function readCookie(cookieHeader: string | null | undefined, base: string, secure: boolean): string | null {
  return singleValue(cookieHeader, cookieName(base, secure));
}

/**
 * A Set-Cookie value with the attributes every cookie here has: Path=/, HttpOnly, SameSite=Strict,
 * and Secure with the prefix over HTTPS. An empty value expires the cookie.
 */
export function serializeCookie(base: string, value: string, secure: boolean, maxAgeSeconds: number): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${value ? maxAgeSeconds : 0}`];
  if (secure) attributes.push("Secure");
  return `${cookieName(base, secure)}=${value}; ${attributes.join("; ")}`;
}

type HeaderSource = { get(name: string): string | null };

/**
 * Whether the browser reached the app over HTTPS: the request's own scheme, or the one a proxy in
 * front names in X-Forwarded-Proto. It only decides the cookie's name and Secure flag: a client that
 * claims HTTPS over plain HTTP gets a cookie its browser will not keep.
 */
export function isSecureRequest(request: { url?: string; headers: HeaderSource }): boolean {
  const forwarded = request.headers.get("x-forwarded-proto");
  if (forwarded !== null) return forwarded.split(",")[0]!.trim().toLowerCase() === "https";
  return request.url !== undefined && request.url.startsWith("https:");
}
