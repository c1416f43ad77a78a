// Reads a generated JSON Schema for people: its type in words and the component it refers to.
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};

export const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** "string", "one of: a, b", "list of Evaluation", "number 0–10 or null". */
export function typeText(schema: JsonSchema): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return `one of: ${schema.enum.map(String).join(", ")}`;
  if (schema.const !== undefined) return `always ${JSON.stringify(schema.const)}`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeText).join(" or ");
  if (schema.type === "array") return `list of ${schema.items ? typeText(schema.items) : "anything"}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  if (type === "object" && !schema.properties && typeof schema.additionalProperties === "object")
    return `map of ${typeText(schema.additionalProperties)}`;
  // zod writes the safe-integer range on every integer: that is no bound a reader needs.
  const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);
  const [min, max] = [bound(schema.minimum), bound(schema.maximum)];
  const bounds =
    min !== undefined || max !== undefined
      ? ` ${min ?? "…"}–${max ?? "…"}`
      : schema.maxLength !== undefined
        ? ` (at most ${schema.maxLength} characters)`
        : "";
  return `${type}${bounds}`;
}

export type FieldRow = { path: string; schema: JsonSchema; required: boolean };

/** The object inside a schema, if it is one: itself, its list's items, or the non-null side of "x or null". */
function objectOf(schema: JsonSchema): { schema: JsonSchema; suffix: string } | null {
  if (schema.properties) return { schema, suffix: "." };
  if (schema.type === "array" && schema.items) {
    const inner = objectOf(schema.items);
    return inner ? { schema: inner.schema, suffix: `[]${inner.suffix}` } : null;
  }
  const variants = (schema.anyOf ?? schema.oneOf ?? []).filter((v) => v.type !== "null");
  if (variants.length === 1) return objectOf(variants[0]!);
  return null;
}

/** Every field of a schema, nested ones as dotted paths (ranking[].cost.lines[].amount), components by link. */
export function flattenFields(schema: JsonSchema, prefix = "", depth = 0): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const row = { path, schema: field, required: schema.required?.includes(name) ?? false };
    const inner = depth < 5 ? objectOf(field) : null;
    return inner ? [row, ...flattenFields(inner.schema, `${path}${inner.suffix}`, depth + 1)] : [row];
  });
}
