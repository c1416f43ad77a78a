// Which encoding to send a body in, from the request's Accept-Encoding (RFC 9110 §12.5.3): brotli is
// smallest, then gzip; a coding listed with q=0 is refused. Used by every body kept precompressed.
export type Encoding = "br" | "gzip" | "identity";

export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get("*");
  const allows = (coding: string) => (accepted.get(coding) ?? wildcard ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return "identity";
}
