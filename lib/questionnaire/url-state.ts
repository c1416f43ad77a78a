// Answers and weight overrides as URL search parameters, so a results URL reproduces the same view
// after a reload or when pasted to a colleague. Readable on purpose:
//   /results?workloads=linux-apps,vdi&guestOs=mostly-linux&…&mustHaves=&teamSkills=linux&w.licence-cost=30
// Lists are comma-separated (an empty value is an empty list); overrides are `w.<criterion>=<number>`.
import type { z } from "zod";
import { answersSchema, type Answers } from "./answers";
import { fieldErrorsFromZod, type FieldError } from "@/lib/http/errors";

export type WeightOverrideMap = Record<string, number>;

const LIST_FIELDS = new Set<keyof Answers>(["workloads", "mustHaves", "teamSkills"]);
const FIELD_ORDER: (keyof Answers)[] = [
  "workloads", "guestOs", "licensing", "cloudPlatform", "currentPlatform", "scale", "budget", "mustHaves", "teamSkills",
];
const OVERRIDE_PREFIX = "w.";

export function answersToSearchParams(answers: Answers, overrides: WeightOverrideMap = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELD_ORDER) {
    const value = answers[field];
    params.set(field, Array.isArray(value) ? value.join(",") : String(value));
  }
  for (const [key, weight] of Object.entries(overrides)) params.set(`${OVERRIDE_PREFIX}${key}`, String(weight));
  return params;
}

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, name: string): string | undefined {
  if (source instanceof URLSearchParams) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value[0] : value;
}

function names(source: ParamSource): string[] {
  return source instanceof URLSearchParams ? [...source.keys()] : Object.keys(source);
}

export type ParsedResultsParams =
  | { ok: true; answers: Answers; overrides: WeightOverrideMap }
  | { ok: false; fields: FieldError[] };

export function parseResultsParams(source: ParamSource): ParsedResultsParams {
  const raw: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const value = read(source, field);
    if (value === undefined) continue;
    raw[field] = LIST_FIELDS.has(field) ? (value === "" ? [] : value.split(",")) : value;
  }
  const fields: FieldError[] = [];
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) fields.push(...fieldErrorsFromZod(parsed.error as z.ZodError));

  const overrides: WeightOverrideMap = {};
  for (const name of names(source)) {
    if (!name.startsWith(OVERRIDE_PREFIX)) continue;
    const key = name.slice(OVERRIDE_PREFIX.length);
    const weight = Number(read(source, name));
    if (!Number.isFinite(weight) || weight < 0) fields.push({ field: `weights.${key}`, message: "must be a number, 0 or more" });
    else overrides[key] = weight;
  }
  if (fields.length > 0 || !parsed.success) return { ok: false, fields };
  return { ok: true, answers: parsed.data, overrides };
}
