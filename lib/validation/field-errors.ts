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
    return [{ field: formatPath(issue.path, prefix), message: issue.message }];
  });
}
