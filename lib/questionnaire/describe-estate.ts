// The optional estate step in plain words (the estate, the horizon and the cost assumptions), for the
// wizard's steps list and review, where the values may still be half typed: they are checked with
// their schemas before being described (the words themselves are in estate-words.ts and
// assumption-words.ts, which pages showing checked answers use directly).
import { answersSchema } from "./answers";
import { assumptionsSchema } from "./assumptions";
import { assumptionWords } from "./assumption-words";
import { estateWords } from "./estate-words";

const estateAnswers = answersSchema.pick({ estate: true, years: true });

/**
 * The optional estate and horizon in words, e.g. ["40 hosts × 2 sockets × 16 cores", "800 VMs (300 Windows Server)",
 * "3 years"]; [] when neither is given, undefined when they do not pass the schema (still being typed).
 */
export function describeEstate(value: { estate?: unknown; years?: unknown }): string[] | undefined {
  const parsed = estateAnswers.safeParse({ estate: value.estate, years: value.years });
  return parsed.success ? estateWords(parsed.data.estate, parsed.data.years) : undefined;
}

/** One line for the steps list and the review: "Not given" when skipped. */
export function summarizeEstate(value: { estate?: unknown; years?: unknown }): string {
  const parts = describeEstate(value);
  if (!parts) return "Incomplete";
  return parts.length > 0 ? parts.join(", ") : "Not given";
}

/** The cost assumptions given, in words; [] for the defaults, undefined while one does not pass the schema. */
export function describeAssumptions(value: unknown): string[] | undefined {
  const parsed = assumptionsSchema.optional().safeParse(value);
  return parsed.success ? assumptionWords(parsed.data ?? {}) : undefined;
}
