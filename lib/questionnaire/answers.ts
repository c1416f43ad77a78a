// The one schema for a set of answers: used by the JSON API, the wizard (zodResolver), saved
// recommendations and share links. Field names and values are the public v1 contract.
import { MAX_CLUSTERS } from "./estate";
import { z } from "zod";
import { groupedNumber } from "./grouped-number";
import { MAX_YEARS } from "./horizon";
import {
  BUDGETS,
  CLOUD_PLATFORMS,
  CURRENT_PLATFORMS,
  GUEST_OS,
  HYPERVISOR_IDS,
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
    .min(min, { message: `must be at least ${groupedNumber(min)}` })
    .max(max, { message: `must be at most ${groupedNumber(max)} ${field}` });

const SIZE_FIELDS = ["hosts", "socketsPerHost", "coresPerSocket"] as const;
const FLAT_FIELDS = [...SIZE_FIELDS, "vms", "windowsVms", "desktopVms"] as const;

/** One kind of host in a cluster: how many, and their CPUs. Per-CPU and per-host minimums apply host by host. */
export const hostGroupSchema = z.strictObject({
  count: whole("hosts", 1, 10_000),
  socketsPerHost: whole("sockets", 1, 16),
  coresPerSocket: whole("cores", 1, 512),
});
export type HostGroup = z.infer<typeof hostGroupSchema>;

/** One cluster of the estate (contract "Additions, part 2", "The estate as clusters"). */
export const clusterSchema = z
  .strictObject({
    name: z
      .string({ message: "must be text" })
      .trim()
      .min(1, { message: "must not be empty" })
      .max(80, { message: "must be at most 80 characters" }),
    hostGroups: z
      .array(hostGroupSchema, { message: "must be a list of host groups" })
      .min(1, { message: "needs at least one host group" })
      .max(50, { message: "holds at most 50 host groups" }),
    vms: whole("VMs", 0, 10_000_000),
    windowsServerVms: whole("VMs", 0, 10_000_000),
    desktopVms: whole("VMs", 0, 10_000_000),
    workloads: distinctList(WORKLOADS).min(1, { message: "choose at least one workload" }).optional(),
    storageTiB: z
      .number({ message: "must be a number" })
      .finite()
      .min(0, { message: "must be 0 or more" })
      .max(1_000_000, { message: "must be at most 1,000,000 TiB" })
      .optional(),
  })
  .refine((c) => c.windowsServerVms <= c.vms, {
    message: "must not exceed the cluster's VMs",
    path: ["windowsServerVms"],
  })
  .refine((c) => c.windowsServerVms + c.desktopVms <= c.vms, {
    message: "with the Windows Server VMs, must not exceed the cluster's VMs",
    path: ["desktopVms"],
  });
export type Cluster = z.infer<typeof clusterSchema>;

/**
 * The estate (optional): either flat, where hosts, sockets and cores go together or not at all and
 * price the plan (VMs, Windows Server VMs and desktop VMs refine guest licensing and size the move),
 * or as `clusters`, never both.
 */
export const estateSchema = z
  .strictObject({
    hosts: whole("hosts", 1, 100_000).optional(),
    socketsPerHost: whole("sockets", 1, 16).optional(),
    coresPerSocket: whole("cores", 1, 512).optional(),
    vms: whole("VMs", 0, 10_000_000).optional(),
    /** Windows Server VMs. */
    windowsVms: whole("VMs", 0, 10_000_000).optional(),
    /** Windows 10/11 and other desktop guests (VDI): never licensed as Windows Server. */
    desktopVms: whole("VMs", 0, 10_000_000).optional(),
    clusters: z
      .array(clusterSchema, { message: "must be a list of clusters" })
      .min(1, { message: "needs at least one cluster" })
      .max(MAX_CLUSTERS, { message: `holds at most ${MAX_CLUSTERS} clusters` })
      .optional(),
  })
  // Checked even when another field is wrong (`when`), so every missing size field is named at once.
  .superRefine(
    (estate, context) => {
      if (estate.clusters !== undefined) {
        const flat = FLAT_FIELDS.filter((field) => estate[field] !== undefined);
        if (flat.length > 0)
          context.addIssue({
            code: "custom",
            path: [],
            message: `takes either clusters or the flat fields (${flat.join(", ")}), never both`,
          });
        return;
      }
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
  })
  .refine((e) => e.desktopVms === undefined || e.vms === undefined || (e.windowsVms ?? 0) + e.desktopVms <= e.vms, {
    message: "with the Windows Server VMs, must not exceed the number of VMs",
    path: ["desktopVms"],
  });
export type Estate = z.infer<typeof estateSchema>;

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
  /** Families the team will not run ("we are leaving VMware"): each is knocked out, staying stays priced. */
  ruledOut: distinctList(HYPERVISOR_IDS).optional(),
});

export type Answers = z.infer<typeof answersSchema>;
