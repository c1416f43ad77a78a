// What reading an RVTools export gives (contract "Additions, part 2", "Reading an inventory"): an
// estate ready for `answers.estate`, its counts, and what needs care. Counts only: no VM name. The
// answer's one schema: the types below are its, and the API document is written from it.
import { z } from "zod";
import { clusterSchema } from "@/lib/questionnaire/answers";

const count = (description: string) => z.number().int().min(0).describe(description);

/** What a set of VMs holds, by kind: the estate's totals and each cluster's. */
const vmCounts = {
  vms: count("Virtual machines, powered off or not; never templates"),
  poweredOnVms: count("VMs powered on when the export was taken"),
  templates: count("Templates: read, counted and left out of the VMs"),
  windowsServerVms: count("VMs whose guest OS is Windows Server"),
  desktopVms: count("VMs whose guest OS is a Windows client (Windows 10/11 and earlier)"),
  linuxVms: count("VMs whose guest OS is a Linux distribution"),
  otherVms: count("VMs of any other guest OS, or of none reported"),
  storageTiB: z.number().min(0).describe('Used capacity ("In Use MiB") of the VMs in TiB, to the hundredth'),
};

export const inventorySummarySchema = z.object({
  hosts: count("Hosts in the host groups"),
  sockets: count("CPU sockets of those hosts"),
  cores: count("Physical cores of those hosts"),
  ...vmCounts,
  clusters: count("Clusters in `estate.clusters`"),
});

export const clusterCountsSchema = z.object({
  name: z.string(),
  hosts: count("Hosts in the cluster's host groups"),
  cores: count("Their physical cores"),
  ...vmCounts,
});

export const inventoryReadingSchema = z.object({
  estate: z.object({ clusters: z.array(clusterSchema) }).describe("Ready to put in `answers.estate`"),
  summary: inventorySummarySchema,
  perCluster: z.array(clusterCountsSchema).describe("Each cluster's fuller counts, in the order of `estate.clusters`"),
  warnings: z
    .array(z.string())
    .describe("What needs a person's eye: what was found, how many, and what the plan does about it"),
});

export type InventorySummary = z.infer<typeof inventorySummarySchema>;
export type ClusterCounts = z.infer<typeof clusterCountsSchema>;
export type InventoryReading = z.infer<typeof inventoryReadingSchema>;
