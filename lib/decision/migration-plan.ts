// The move from the platform a team runs today to a family's chosen product: tools, what changes,
// downtime class, risks and an effort range that grows with the number of VMs (docs/method.md, "Migration").
import type { MigrationPath } from "@/lib/knowledge/plan-schema";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { estateDesktops, estateVms } from "@/lib/questionnaire/estate";
import type { HypervisorId, Scale } from "@/lib/questionnaire/options";
import type { MigrationPlan } from "./types";

/** Without a VM count, the project's planning assumption for each scale answer (docs/method.md). */
export const ASSUMED_VMS: Readonly<Record<Scale, number>> = { small: 25, medium: 250, large: 1000 };

export const HOURS_PER_DAY = 8;

/** A product-specific path first, then the family-wide one. */
export function findMigrationPath(
  kb: KnowledgeContent,
  from: HypervisorId,
  to: HypervisorId,
  product: string | null,
): MigrationPath | undefined {
  const paths = kb.migrationPaths.filter((p) => p.from === from && p.to === to);
  return paths.find((p) => p.product === product) ?? paths.find((p) => p.product === "any");
}

/** Person-days, rounded to whole days outward (low down, high up), so the range never understates. */
export function effortDays(
  path: Pick<MigrationPath, "fixedDays" | "hoursPerVm">,
  vms: number,
): { low: number; high: number } {
  return {
    low: Math.floor(path.fixedDays.low + (vms * path.hoursPerVm.low) / HOURS_PER_DAY),
    high: Math.ceil(path.fixedDays.high + (vms * path.hoursPerVm.high) / HOURS_PER_DAY),
  };
}

export function planMigration(
  kb: KnowledgeContent,
  answers: Answers,
  to: HypervisorId,
  product: string | null,
): MigrationPlan | null {
  const from = answers.currentPlatform;
  if (from === "none" || from === to) return null;
  const path = findMigrationPath(kb, from, to, product);
  if (!path) return null;
  const given = estateVms(answers.estate);
  // Windows and desktop VMs given without a total are at least that many VMs.
  const desktops = estateDesktops(answers.estate);
  const known = (answers.estate?.windowsVms ?? 0) + desktops;
  const total = given ?? Math.max(ASSUMED_VMS[answers.scale], known);
  // Desktops move by rebuilding golden images and catalogues on the new platform, not one by one.
  const vms = Math.max(0, total - desktops);
  const risks =
    desktops > 0
      ? [
          ...path.risks,
          `${desktops.toLocaleString("en-US")} desktop VMs are rebuilt from golden images and catalogues on the new platform, not converted one by one, so they are not in the per-VM effort; plan the image and catalogue work with your VDI broker's migration guide.`,
        ]
      : path.risks;
  return {
    from,
    to,
    product: product ?? path.product,
    tools: path.tools,
    effortDays: effortDays(path, vms),
    downtime: path.downtime,
    steps: path.steps,
    risks,
    assumptions: { vms, vmsAssumed: given === undefined, fixedDays: path.fixedDays, hoursPerVm: path.hoursPerVm },
    sources: path.sources,
    asOf: path.asOf,
  };
}
