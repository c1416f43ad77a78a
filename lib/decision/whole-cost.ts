// The whole cost of an option over the horizon (contract "Additions, part 2", "The whole cost over
// time"): one-off lines (migration labour at a day rate, training, paying for both platforms while
// the move runs, an upgrade staying forces), a cash flow per year and the net present value.
import type { EstateCluster } from "@/lib/questionnaire/estate";
import { estateTotals } from "@/lib/questionnaire/estate";
import type { HypervisorId, TeamSkill } from "@/lib/questionnaire/options";
import {
  DEFAULT_DAY_RATE,
  MOVE_PERSON_DAYS_PER_MONTH,
  TRAINING_DAYS,
  UPGRADE_DAYS,
  VSPHERE_8_END,
  type ResolvedAssumptions,
} from "./cost-rules";
import { cents, formatCount, formatPrecise, formatUsd, plural } from "./money-format";
import { addYears } from "./product-support";
import type { CashFlowYear, Cost, CostLine, MigrationPlan } from "./types";

/** The skill that makes a family's platform familiar (lib/questionnaire/options.ts, TEAM_SKILLS). */
const FAMILY_SKILL: Record<HypervisorId, TeamSkill> = {
  esxi: "vmware",
  "hyper-v": "windows",
  kvm: "linux",
  xen: "linux",
};

export interface WholeCostInput {
  cost: Cost;
  family: HypervisorId;
  clusters: readonly EstateCluster[];
  years: number;
  assumptions: ResolvedAssumptions;
  /** Whether the day rate is the documented default (its lines are then assumptions). */
  defaultDayRate: boolean;
  today: string;
  migration: MigrationPlan | null;
  /** The product's name, as the one-off lines say it. */
  productName: string;
  /** This option is the platform the team runs today. */
  staying: boolean;
  teamSkills: readonly TeamSkill[];
  /** What today's platform costs a year, less the Windows Server guest licences every option keeps (null: unpriced or none). */
  stay: { perYear: number | null; name: string } | null;
}

function dayLine(
  item: string,
  days: number,
  daysText: string,
  rate: number,
  rest: Pick<CostLine, "product" | "priceKey" | "source" | "asOf"> & { assumption: boolean },
): CostLine {
  const amount = cents(days * rate);
  return {
    item,
    quantity: days,
    unit: "person-day",
    unitPrice: rate,
    amount,
    arithmetic: `${daysText}; ${formatPrecise(days)} × ${formatUsd(rate)} = ${formatUsd(amount)}`,
    basis: rest.assumption ? "assumption" : "reported",
    ...rest,
  };
}

/** Whole months from `from` to `to` (0 when `to` is not later), counting a started month. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) + (td > fd ? 1 : 0);
  return Math.max(0, months);
}

function oneOffLines(input: WholeCostInput, notes: string[]): CostLine[] {
  const { migration, assumptions, defaultDayRate, family, clusters, years, today } = input;
  const rate = assumptions.migrationDayRate;
  const rateSource = defaultDayRate ? DEFAULT_DAY_RATE.source : { title: "Your day rate", url: null };
  const lines: CostLine[] = [];
  if (migration) {
    const days = (migration.effortDays.low + migration.effortDays.high) / 2;
    const source = migration.sources[0]
      ? { title: migration.sources[0].title, url: migration.sources[0].url }
      : rateSource;
    lines.push(
      dayLine(
        `Migration labour to ${input.productName}`,
        days,
        `the middle of the ${migration.effortDays.low}–${migration.effortDays.high} person-day estimate = ${formatPrecise(days)} person-days`,
        rate,
        {
          product: migration.product,
          priceKey: "migration-labour",
          source,
          asOf: migration.asOf,
          assumption: defaultDayRate,
        },
      ),
    );
    if (!input.teamSkills.includes(FAMILY_SKILL[family])) {
      lines.push(
        dayLine(
          `Training for ${input.productName}`,
          TRAINING_DAYS.value,
          `2 engineers × 5 days (the team lists no skills in this platform) = ${TRAINING_DAYS.value} person-days`,
          rate,
          {
            product: migration.product,
            priceKey: "training",
            source: TRAINING_DAYS.source,
            asOf: TRAINING_DAYS.asOf,
            assumption: true,
          },
        ),
      );
    }
    const moveMonths = Math.ceil(days / MOVE_PERSON_DAYS_PER_MONTH.value);
    const untilRenewal = assumptions.renewalDate ? monthsBetween(today, assumptions.renewalDate) : 0;
    const overlap = Math.max(0, moveMonths - untilRenewal);
    const stay = input.stay;
    const when = assumptions.renewalDate
      ? `the move runs about ${plural(moveMonths, "month")} (${MOVE_PERSON_DAYS_PER_MONTH.value} person-days a month), ${plural(untilRenewal, "month")} of them before the renewal on ${assumptions.renewalDate}`
      : `the move runs about ${plural(moveMonths, "month")} (${MOVE_PERSON_DAYS_PER_MONTH.value} person-days a month) and no renewal date was given, so today's contract is assumed to run out now`;
    if (stay && overlap > 0 && stay.perYear !== null && stay.perYear > 0) {
      const unitPrice = stay.perYear / 12;
      const amount = cents(overlap * unitPrice);
      lines.push({
        item: `${stay.name} while the move runs`,
        product: migration.product,
        priceKey: "overlap",
        quantity: overlap,
        unit: "month of today's platform",
        unitPrice,
        amount,
        arithmetic: `${when}: ${plural(overlap, "month")} of paying both; ${formatCount(overlap)} × (${formatUsd(stay.perYear)} ÷ 12 = US$${formatPrecise(unitPrice)}) = ${formatUsd(amount)}`,
        basis: "assumption",
        source: MOVE_PERSON_DAYS_PER_MONTH.source,
        asOf: MOVE_PERSON_DAYS_PER_MONTH.asOf,
        assumption: true,
      });
      notes.push(
        "Subscriptions are sold by term: extending today's contract for the months of the move may cost a whole term; your vendor's quote replaces the monthly figure.",
      );
    } else if (stay && overlap > 0 && stay.perYear === null) {
      notes.push(
        `${stay.name} has no public price, so paying for both platforms while the move runs is not counted: enter your renewal quote.`,
      );
    }
  }
  const horizonEnd = addYears(today, years);
  if (input.staying && family === "esxi" && today < VSPHERE_8_END.date && horizonEnd > VSPHERE_8_END.date) {
    const hosts = estateTotals(clusters).hosts;
    const days = UPGRADE_DAYS.fixed + UPGRADE_DAYS.perHost * hosts;
    lines.push(
      dayLine(
        "Upgrade to vSphere 9 before vSphere 8's general support ends (2027-10-11)",
        days,
        `${UPGRADE_DAYS.fixed} person-days + ${UPGRADE_DAYS.perHost} × ${plural(hosts, "host")} = ${formatPrecise(days)} person-days`,
        rate,
        {
          product: "vsphere-9-upgrade",
          priceKey: "upgrade",
          source: VSPHERE_8_END.source,
          asOf: VSPHERE_8_END.asOf,
          assumption: true,
        },
      ),
    );
    notes.push(
      `${VSPHERE_8_END.note} Hosts that fail the 9.x compatibility list need replacing: not priced here (check each model).`,
    );
  }
  return lines;
}

/** The cost with its one-off lines, its cash flow per year and its net present value. */
export function completeCost(input: WholeCostInput): Cost {
  const notes: string[] = [];
  const lines = oneOffLines(input, notes);
  const amount = cents(lines.reduce((sum, l) => sum + l.amount, 0));
  const { cost, years, assumptions } = input;
  const perYear = cost.perYear;
  const cashFlow: CashFlowYear[] =
    perYear === null
      ? []
      : Array.from({ length: years }, (_, i) => {
          const oneOff = i === 0 ? amount : 0;
          return { year: i + 1, recurring: perYear, oneOff, total: cents(perYear + oneOff) };
        });
  return {
    ...cost,
    notes: [...cost.notes, ...notes],
    oneOff: { amount, lines },
    cashFlow,
    npv: perYear === null ? null : npv(amount, perYear, years, assumptions.discountRate),
  };
}

/** oneOff + Σ_{t=1..years} perYear ÷ (1 + rate)^t, in cents (contract "The whole cost over time"). */
export function npv(oneOff: number, perYear: number, years: number, rate: number): number {
  let sum = oneOff;
  for (let t = 1; t <= years; t++) sum += perYear / (1 + rate) ** t;
  return cents(sum);
}
