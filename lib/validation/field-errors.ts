// Field errors, the one shape every layer reports invalid input in: `{ field: "answers.estate.hosts",
// message: "must be at least 1" }`. Neutral ground: the domain (knowledge-base checks, URL state) and
// the HTTP layer (400 answers) both import it, and it imports neither.
import type { z } from "zod";

export type FieldError = { field: string; message: string };

/** `answers.workloads[0]` style paths, so a client can find the offending value. */
export function formatPath(path: readonly PropertyKey[], prefix?: string): string {
  let out = prefix ?? "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(body)";
}

export function fieldErrorsFromZod(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported on the key itself rather than on its parent object.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: formatPath([...issue.path, key], prefix),
        message: "is not a known field",
      }));
    }
    return [{ field: formatPath(issue.path, prefix), message: humanMessage(issue) }];
  });
}

/** zod's own wording ("Invalid option: expected one of …", "Too big: expected number to be <=10"). */
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Expected)\b/;

const UNITS: Record<string, [string, string]> = { string: ["character", "characters"], array: ["item", "items"] };

function bound(origin: unknown, limit: unknown, word: "most" | "least"): string {
  const unit = typeof origin === "string" ? UNITS[origin] : undefined;
  const n = typeof limit === "bigint" || typeof limit === "number" ? Number(limit) : NaN;
  const amount = Number.isFinite(n) ? n.toLocaleString("en-US") : String(limit);
  if (unit) return `must have at ${word} ${amount} ${n === 1 ? unit[0] : unit[1]}`;
  return `must be at ${word} ${amount}`;
}

type IssueFacts = {
  code?: string;
  values?: readonly unknown[];
  expected?: string;
  origin?: unknown;
  maximum?: unknown;
  minimum?: unknown;
  format?: string;
};

/** What an issue means, in the words the schemas' own messages use ("must …", "is …"). */
function plainWords(issue: IssueFacts, missing: boolean): string {
  switch (issue.code) {
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((v) => String(v)).join(", ")}`;
    case "invalid_type":
      if (missing) return "is required";
      return `must be ${/^[aeiou]/.test(issue.expected ?? "") ? "an" : "a"} ${issue.expected}`;
    case "too_big":
      return bound(issue.origin, issue.maximum, "most");
    case "too_small":
      return bound(issue.origin, issue.minimum, "least");
    case "invalid_format":
      return `is not a valid ${issue.format}`;
    default:
      return "is not valid";
  }
}

/**
 * The schema's own message where it has one (they all read "must …", "is …"); zod's defaults, which
 * read like a parser's, in the same plain words, so no raw validator text reaches a person.
 */
export function humanMessage(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  return plainWords(issue, /received undefined$/.test(issue.message));
}

/**
 * The same words for forms validated in the browser (`zodResolver(schema, { error: plainErrorMap })`):
 * a per-parse error map only fills in where the schema gave no message of its own.
 */
export function plainErrorMap(issue: IssueFacts & { input?: unknown }): string {
  return plainWords(issue, issue.input === undefined);
}
