// The "temporarily unavailable" page: 503 with Retry-After, shown while the database does not answer
// (pages redirect here, see lib/http/unavailable-page.ts). It reloads the page the visitor asked for
// every few seconds, so it recovers by itself once the database is back.
import { safeReturnPath } from "@/lib/http/unavailable-page";

export const dynamic = "force-dynamic";

const RETRY_SECONDS = 5;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function GET(request: Request) {
  const from = escapeHtml(safeReturnPath(new URL(request.url).searchParams.get("from")));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="${RETRY_SECONDS};url=${from}">
<title>Temporarily unavailable · Hypervisor Advisor</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #16202c; background: #f7f8fa; }
  @media (prefers-color-scheme: dark) { body { color: #e6e9ee; background: #11161d; } a { color: #8ab4ff; } }
</style>
</head>
<body>
<main>
<h1>Temporarily unavailable</h1>
<p>Hypervisor Advisor cannot reach its database right now. Nothing you saved is lost.</p>
<p>This page tries again every ${RETRY_SECONDS} seconds and returns to <a href="${from}">the page you asked for</a> as soon as the service is back.</p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_SECONDS),
    },
  });
}
