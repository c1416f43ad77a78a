// Runs before every page (and the /r/* downloads): gives the request a fresh CSP nonce, which Next
// reads from the request's Content-Security-Policy header and puts on its own scripts, and a request
// id that error logs carry. Static files and /api are left out (see `matcher`): they get the fixed
// headers from next.config.js and skip this hop.
//
// One exception: the share-page cache in host/server.ts renders /r/{id} for itself, marked with its
// secret. That HTML is served to many people, so it is rendered without a nonce and the cache
// allows its inline scripts by hash instead (host/page-cache/inline-script-hashes.ts).
import { NextResponse, type NextRequest } from "next/server";
import { isCacheRender, RENDER_HEADER, serverBridge } from "@/lib/host-seam/bridge";
import { REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";
import { createNonce, pageCsp } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  // host/server.ts gives every request its id (host/front-door.ts). Without it in front (`next dev`)
  // the id is made here: one a client sent is never taken as ours.
  const stamped = serverBridge().renderSecret ? request.headers.get(REQUEST_ID_HEADER) : null;
  const requestId = stamped || crypto.randomUUID();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  if (isCacheRender(request.headers.get(RENDER_HEADER))) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }

  const csp = pageCsp({ nonce: createNonce() });
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

// Router prefetches included: whatever a request's headers say, an HTML answer carries the policy.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"] };
