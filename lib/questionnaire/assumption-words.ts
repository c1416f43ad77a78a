// The cost model's assumptions in plain words, each with the documented default it replaces
// (lib/decision/cost-rules.ts): the estate step's labels, the review, the results' answers and the
// compare page read them from here. No zod: the results and share pages ship no schema code.
import { DEFAULT_DAY_RATE, DEFAULT_DISCOUNT_RATE } from "@/lib/decision/cost-rules";
import type { Assumptions, WindowsOwned } from "./assumptions";
import { groupedNumber } from "./grouped-number";

type Field = keyof Assumptions;

export const WINDOWS_OWNED_LABELS: Record<WindowsOwned, string> = {
  none: "None",
  standard: "Standard, for every host's cores",
  datacenter: "Datacenter, for every host's cores",
};

export const usd = (amount: number) => `US$${groupedNumber(amount)}`;
/** 0.07 → "7 %": a rate as the person entered it. */
export const percentOf = (rate: number) => `${Number((rate * 100).toFixed(4))} %`;

/**
 * Each assumption's name, the unit a form asks it in, and what the cost model takes when it is left
 * out (shown as the default).
 */
export const ASSUMPTION_WORDS: Record<Field, { label: string; unit?: string; default: string }> = {
  windowsOwned: {
    label: "Windows Server licences owned",
    default: "Default: none owned, every licence is bought",
  },
  vmwareTermYears: {
    label: "VMware subscription term",
    default: "Default: the term the published price quotes",
  },
  renewalDate: {
    label: "Contract renewal date",
    default: "Default: today's contract is taken to run out now",
  },
  migrationDayRate: {
    label: "Migration day rate",
    unit: "US$ per person-day",
    default: `Default: ${usd(DEFAULT_DAY_RATE.value)} per person-day, an assumption`,
  },
  discountRate: {
    label: "Discount rate",
    unit: "% a year",
    default: `Default: ${percentOf(DEFAULT_DISCOUNT_RATE.value)} a year, as Azure Migrate's business case uses`,
  },
};

/** One assumption's value in words. */
export function assumptionValue<F extends Field>(field: F, value: NonNullable<Assumptions[F]>): string {
  switch (field) {
    case "windowsOwned":
      return WINDOWS_OWNED_LABELS[value as WindowsOwned];
    case "vmwareTermYears":
      return `${value} ${value === 1 ? "year" : "years"}`;
    case "migrationDayRate":
      return `${usd(value as number)} per person-day`;
    case "discountRate":
      return `${percentOf(value as number)} a year`;
    default:
      return String(value);
  }
}

export const ASSUMPTION_ORDER = Object.keys(ASSUMPTION_WORDS) as Field[];

/** The assumptions given, in the form's order: ["Discount rate: 5 % a year", …]; [] when all are the defaults. */
export function assumptionWords(assumptions: Assumptions): string[] {
  return ASSUMPTION_ORDER.flatMap((field) => {
    const value = assumptions[field];
    return value === undefined ? [] : [`${ASSUMPTION_WORDS[field].label}: ${assumptionValue(field, value)}`];
  });
}
