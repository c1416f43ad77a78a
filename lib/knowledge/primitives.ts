// The building blocks every knowledge-base entry shares: dates, sources and ids.
import { z } from "zod";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written YYYY-MM-DD" })
  // Round-tripped, since Date.parse rolls 2027-02-30 over to March instead of refusing it.
  .refine(
    (value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    },
    { message: "is not a real date" },
  );

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(3).max(300),
  url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).max(2000),
  publisher: z.string().trim().max(120).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const hypervisorIdSchema = z.enum(HYPERVISOR_IDS);
export const criterionKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, { message: "must be lower-case letters, digits and dashes" });

export const sourcesSchema = z.array(sourceSchema).min(1, { message: "needs at least one source" });
