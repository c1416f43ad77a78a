import { z } from "zod";
import { fieldErrorsFromZod } from "./field-errors";

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : fieldErrorsFromZod(result.error);
};

test("zod's own wording becomes plain words naming what is allowed", () => {
  const schema = z.strictObject({
    guestOs: z.enum(["mostly-windows", "mostly-linux", "mixed"]),
    workloads: z.array(z.string()).max(2),
    score: z.number().min(0).max(10),
    note: z.string().min(10),
    url: z.url(),
  });
  expect(
    errorsOf(schema, { guestOs: "solaris", workloads: ["a", "b", "c"], score: 11, note: "short", url: "nope" }),
  ).toEqual([
    { field: "guestOs", message: "must be one of mostly-windows, mostly-linux, mixed" },
    { field: "workloads", message: "must have at most 2 items" },
    { field: "score", message: "must be at most 10" },
    { field: "note", message: "must have at least 10 characters" },
    { field: "url", message: "is not a valid url" },
  ]);
  // A missing choice says what to choose; anything else missing is required.
  expect(errorsOf(schema, {}).map((e) => e.message)).toEqual([
    "must be one of mostly-windows, mostly-linux, mixed",
    ...Array(4).fill("is required"),
  ]);
  expect(errorsOf(z.object({ hosts: z.number() }), { hosts: "four" })).toEqual([
    { field: "hosts", message: "must be a number" },
  ]);
});

test("a schema's own message is kept as written", () => {
  expect(
    errorsOf(z.object({ years: z.number().max(10, { message: "must be at most 10 years" }) }), { years: 11 }),
  ).toEqual([{ field: "years", message: "must be at most 10 years" }]);
});
