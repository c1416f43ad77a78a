// The one schema for a set of answers: used by the JSON API, the wizard (zodResolver), saved
// recommendations and share links. Field names and values are the public v1 contract.
import { z } from "zod";
import { MAX_YEARS } from "./horizon";
import {
  BUDGETS,
  CLOUD_PLATFORMS,
  CURRENT_PLATFORMS,
  GUEST_OS,
  LICENSING,
  MUST_HAVES,
  SCALES,
  TEAM_SKILLS,
  VDI_BROKERS,
  WORKLOADS,
} from "./options";

/** A list of distinct values; duplicates are a client error rather than silently merged. */
function distinctList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, { message: "must not repeat a value" });
}

const whole = (field: string, min: number, max: number) =>
  z
    .number({ message: "must be a number" })
    .int({ message: "must be a whole number" })
    .min(min, { message: `must be at least ${min.toLocaleString("en-US")}` })
    .max(max, { message: `must be at most ${max.toLocaleString("en-US")} ${field}` });

const SIZE_FIELDS = ["hosts", "socketsPerHost", "coresPerSocket"] as const;

/**
 * The estate (optional, contract "Additions to v1"): hosts, sockets and cores go together or not at
 * all, and price the plan; VMs and Windows VMs refine guest licensing and size the migration.
 */
export const estateSchema = z
  .strictObject({
    hosts: whole("hosts", 1, 100_000).optional(),
    socketsPerHost: whole("sockets", 1, 16).optional(),
    coresPerSocket: whole("cores", 1, 512).optional(),
    vms: whole("VMs", 0, 10_000_000).optional(),
    windowsVms: whole("VMs", 0, 10_000_000).optional(),
  })
  // Checked even when another field is wrong (`when`), so every missing size field is named at once.
  .superRefine(
    (estate, context) => {
      const given = SIZE_FIELDS.filter((field) => estate[field] !== undefined);
      if (given.length === 0 || given.length === SIZE_FIELDS.length) return;
      for (const field of SIZE_FIELDS.filter((f) => estate[f] === undefined)) {
        context.addIssue({
          code: "custom",
          path: [field],
          message: "is needed with the other two of hosts, sockets per host and cores per socket",
        });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .refine((e) => e.windowsVms === undefined || e.vms === undefined || e.windowsVms <= e.vms, {
    message: "must not exceed the number of VMs",
    path: ["windowsVms"],
  });
export type Estate = z.infer<typeof estateSchema>;

/** An estate with its size given: what costs are computed from. */
export type SizedEstate = Estate & { hosts: number; socketsPerHost: number; coresPerSocket: number };

export const answersSchema = z.strictObject({
  workloads: distinctList(WORKLOADS).min(1, { message: "choose at least one workload" }),
  guestOs: z.enum(GUEST_OS),
  licensing: z.enum(LICENSING),
  cloudPlatform: z.enum(CLOUD_PLATFORMS),
  currentPlatform: z.enum(CURRENT_PLATFORMS),
  scale: z.enum(SCALES),
  budget: z.enum(BUDGETS),
  mustHaves: distinctList(MUST_HAVES),
  teamSkills: distinctList(TEAM_SKILLS),
  /** Which VDI broker runs the desktops; meaningful when workloads holds "vdi". */
  vdiBroker: z.enum(VDI_BROKERS, { message: `must be one of ${VDI_BROKERS.join(", ")}` }).optional(),
  estate: estateSchema.optional(),
  /** The horizon for costs, in years (default 3). */
  years: whole("years", 1, MAX_YEARS).optional(),
});

export type Answers = z.infer<typeof answersSchema>;
