// Part of the answers contract (contract "Additions, part 2", "Assumptions of the cost model"): what
// the cost model assumes, which a team may replace with its own figures. Each left out takes the
// documented default of lib/decision/cost-rules.ts, labelled as an assumption wherever it shows.
import { z } from "zod";
import { isoDateSchema } from "@/lib/knowledge/primitives";

export const WINDOWS_OWNED = ["none", "standard", "datacenter"] as const;
export type WindowsOwned = (typeof WINDOWS_OWNED)[number];

export const VMWARE_TERMS = [1, 3, 5] as const;

export const assumptionsSchema = z.strictObject({
  /** Windows Server licences the estate already owns for its hosts' cores. */
  windowsOwned: z.enum(WINDOWS_OWNED, { message: `must be one of ${WINDOWS_OWNED.join(", ")}` }).optional(),
  /** The Broadcom subscription term priced, in years. */
  vmwareTermYears: z.union([z.literal(1), z.literal(3), z.literal(5)], { message: "must be 1, 3 or 5" }).optional(),
  /** When today's contract renews: moves and overlaps are planned around it. */
  renewalDate: isoDateSchema.optional(),
  /** The cost of one person-day of migration work, in US$. */
  migrationDayRate: z
    .number({ message: "must be a number" })
    .finite()
    .min(0, { message: "must be 0 or more" })
    .max(10_000, { message: "must be at most 10,000" })
    .optional(),
  /** The yearly discount rate for net present value, e.g. 0.07. */
  discountRate: z
    .number({ message: "must be a number" })
    .finite()
    .min(0, { message: "must be 0 or more" })
    .max(0.5, { message: "must be at most 0.5 (50 %)" })
    .optional(),
});
export type Assumptions = z.infer<typeof assumptionsSchema>;
export const ASSUMPTION_FIELDS = Object.keys(assumptionsSchema.shape) as (keyof Assumptions)[];
