// fast-check generators for hostile request bodies, and the check every fuzzed answer must pass:
// never a 5xx, and every 4xx is a JSON error a client can read.
import fc from "fast-check";

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

/** Odd strings: unicode of every plane, control characters, RTL marks, lone surrogates as JSON escapes. */
/**
 * One fixed seed per run of `npm test`, so CI is reproducible; set FUZZ_SEED to explore other inputs
 * (a failure prints the seed and path to replay it).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261125);

export const oddString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom(
    "\u0000",
    "\u202e",
    "\ud800",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "𝕳𝖞𝖕𝖊𝖗",
    "NaN",
    "",
  ),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(5000)),
);

/** Any JSON value, including objects keyed by __proto__ and friends (written as JSON text, as an attacker would). */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2),
    fc.double(),
    oddString,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** Text that is often not JSON at all, sometimes deeply nested, sometimes just over a size limit. */
export function hostileBodyText(limitBytes: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom("", " ", "{", "}", "[", "null", "true", "0", '""', '{"a":}', "{'a':1}", "\uFEFF{}", "NaN", "[1,]"),
    fc.integer({ min: 1, max: 20_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
    fc.integer({ min: 1, max: 5_000 }).map((depth) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
    fc.constantFrom(...PROTO_KEYS).map((key) => `{"${key}":{"polluted":true},"answers":{"${key}":1}}`),
    fc.constant(`{"name":"${"x".repeat(limitBytes)}"}`),
    hostileValue.map((value) => JSON.stringify(value) ?? "null"),
  );
}

/** A valid body with one field swapped for a hostile value (or a hostile extra key). */
export function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })),
      hostileValue,
    )
    .map(([key, value]) => {
      const body = JSON.stringify(valid);
      return `${body.slice(0, -1)}${body.length > 2 ? "," : ""}${JSON.stringify(key)}:${JSON.stringify(value) ?? "null"}}`;
    });
}

/** The promise a fuzzed route keeps: no 5xx, and a 4xx says what was wrong as `{error:{code,message}}`. */
export async function expectClientSafeAnswer(response: Response, label: string): Promise<void> {
  if (response.status >= 500) throw new Error(`${label}: ${response.status} ${await response.text()}`);
  if (response.status >= 400) {
    const type = response.headers.get("content-type") ?? "";
    if (!type.includes("application/json")) throw new Error(`${label}: ${response.status} with content-type ${type}`);
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== "string" || typeof body.error?.message !== "string") {
      throw new Error(`${label}: ${response.status} without a JSON error: ${JSON.stringify(body)}`);
    }
  }
}

/** Parsing hostile JSON must not have touched the shared prototype. */
export function expectPrototypeIntact(): void {
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error("Object.prototype was polluted");
}
