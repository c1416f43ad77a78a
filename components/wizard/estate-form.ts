// The estate step's inputs as form data: the estate, the families ruled out and the cost model's
// assumptions. The inputs hold text; the schemas want numbers, and an estate (or a set of
// assumptions) nobody filled in must be absent, not `{}`, so that skipping the step changes nothing.
import { answersSchema, estateSchema, type Answers, type Estate } from "@/lib/questionnaire/answers";
import { assumptionsSchema, VMWARE_TERMS, WINDOWS_OWNED, type Assumptions } from "@/lib/questionnaire/assumptions";
import {
  ASSUMPTION_ORDER,
  ASSUMPTION_WORDS,
  assumptionValue,
  WINDOWS_OWNED_LABELS,
} from "@/lib/questionnaire/assumption-words";

/** What the wizard's form holds: the answers, and the assumptions that travel beside them. */
export const wizardSchema = answersSchema.extend({ assumptions: assumptionsSchema.optional() });
export type WizardValues = Answers & { assumptions?: Assumptions };

export type EstateInputName = `estate.${keyof Estate}` | "years" | `assumptions.${keyof Assumptions}`;

export type EstateInput = {
  name: EstateInputName;
  label: string;
  optional?: boolean;
  hint: string;
  /** How the input is typed: a count (the default), an amount, a percent or a date. */
  kind?: "count" | "amount" | "percent" | "date";
  /** A choice instead, from these options after "Default" (which leaves the field out). */
  choices?: readonly { value: string; label: string }[];
  /** The field in a sentence: "Hosts must be at least 1." */
  noun: string;
  /** Said when the schema wants the field because the others of its group were given. */
  missing?: string;
};

/** In the order they appear, which is also the order the first error is focused in. */
export const ESTATE_INPUTS: readonly EstateInput[] = [
  {
    name: "estate.hosts",
    label: "Hosts",
    hint: "Physical servers that run, or will run, the VMs.",
    noun: "hosts",
    missing: "Enter the number of hosts too.",
  },
  {
    name: "estate.socketsPerHost",
    label: "CPU sockets per host",
    hint: "Usually 1 or 2. If hosts differ, take a typical one.",
    noun: "CPU sockets per host",
    missing: "Enter the CPU sockets per host too.",
  },
  {
    name: "estate.coresPerSocket",
    label: "Cores per CPU",
    hint: "Physical cores on each processor, not threads.",
    noun: "cores per CPU",
    missing: "Enter the cores per CPU too.",
  },
  {
    name: "estate.vms",
    label: "Virtual machines",
    optional: true,
    hint: "Every VM to run or move. Sizes the migration.",
    noun: "virtual machines",
  },
  {
    name: "estate.windowsVms",
    label: "Of which Windows Server",
    optional: true,
    hint: "VMs that need Windows Server licences.",
    noun: "Windows Server VMs",
  },
  {
    name: "estate.desktopVms",
    label: "Of which desktops",
    optional: true,
    hint: "Windows 10/11 desktops (VDI): they need VDA or Microsoft 365 rights, never Windows Server.",
    noun: "desktop VMs",
  },
  {
    name: "years",
    label: "Horizon in years",
    optional: true,
    hint: "Costs are added up over this many years. Empty means 3.",
    noun: "horizon",
  },
];

const ASSUMPTION_KINDS: Partial<Record<keyof Assumptions, EstateInput["kind"]>> = {
  renewalDate: "date",
  migrationDayRate: "amount",
  discountRate: "percent",
};

const ASSUMPTION_CHOICES: Partial<Record<keyof Assumptions, EstateInput["choices"]>> = {
  windowsOwned: WINDOWS_OWNED.map((value) => ({ value, label: WINDOWS_OWNED_LABELS[value] })),
  vmwareTermYears: VMWARE_TERMS.map((years) => ({
    value: String(years),
    label: assumptionValue("vmwareTermYears", years),
  })),
};

const ASSUMPTION_HINTS: Partial<Record<keyof Assumptions, string>> = {
  windowsOwned: "Licences you already own for your hosts' cores are carried over in every option.",
  vmwareTermYears: "The Broadcom subscription term VMware is priced on.",
  renewalDate: "When today's contract renews: moves and overlaps are planned around it.",
};

/** The cost model's assumptions, each named and with its documented default as its hint. */
export const ASSUMPTION_INPUTS: readonly EstateInput[] = ASSUMPTION_ORDER.map((field) => {
  const { label, unit, default: fallback } = ASSUMPTION_WORDS[field];
  const hint = ASSUMPTION_HINTS[field];
  return {
    name: `assumptions.${field}`,
    label: unit ? `${label} (${unit})` : label,
    hint: hint ? `${hint} ${fallback}.` : `${fallback}.`,
    noun: label.toLowerCase(),
    kind: ASSUMPTION_KINDS[field],
    choices: ASSUMPTION_CHOICES[field],
  };
});

/**
 * Every input of the step, in the order the first error is focused in; `ruledOut` is the checkboxes,
 * `estate.clusters` an imported estate (checked before it is used, so only a stale one can fail).
 */
export const ESTATE_INPUT_NAMES = [...ESTATE_INPUTS, ...ASSUMPTION_INPUTS].map((input) => input.name);
export const STEP_FIELD_NAMES = [...ESTATE_INPUT_NAMES, "estate.clusters", "ruledOut"] as const;

/**
 * Input text for the schema: empty is "not given"; digits become a number (spaces and "10,000"
 * grouping allowed). Anything else stays text, never NaN, so the schema answers "must be a number"
 * instead of the field silently counting as empty.
 */
export function parseCount(text: unknown): number | string | undefined {
  if (typeof text !== "string") return typeof text === "number" && Number.isFinite(text) ? text : undefined;
  const compact = text.replace(/\s/g, "");
  if (compact === "") return undefined;
  const plain = /^\d{1,3}(,\d{3})+$/.test(compact) ? compact.replaceAll(",", "") : compact;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : compact;
}

/** A choice's value: "" (the default) is not given; a choice of years is a number. */
export function parseChoice(text: unknown): number | string | undefined {
  if (text === "" || text === undefined || text === null) return undefined;
  return typeof text === "string" && /^\d+$/.test(text) ? Number(text) : (text as string);
}

/** A date input's value: "" (left empty, or a date the browser could not read) is not given. */
export function parseDate(text: unknown): string | undefined {
  return typeof text === "string" && text !== "" ? text : undefined;
}

/** A percent as typed ("7") for a rate (0.07); text that is no number stays text for the schema to name. */
export function parsePercent(text: unknown): number | string | undefined {
  const value = parseCount(text);
  return typeof value === "number" ? value / 100 : value;
}

/** A rate (0.07) as the percent a person types ("7"). */
export function formatPercent(rate: unknown): string {
  return typeof rate === "number" ? String(Number((rate * 100).toFixed(4))) : typeof rate === "string" ? rate : "";
}

type StepValues = { estate?: object; years?: unknown; assumptions?: object; ruledOut?: unknown };

function given(group: object | undefined): object | undefined {
  const entries = Object.entries(group ?? {}).filter(([, value]) => value !== undefined && value !== "");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * Drops the estate's and the assumptions' fields left empty, and each group when all are; the same
 * for the horizon; no family ticked is no `ruledOut` at all.
 */
export function withoutEmptyInputs<T extends StepValues>(values: T): T {
  const { estate, years, assumptions, ruledOut, ...rest } = values;
  const estateGiven = given(estate);
  const assumed = given(assumptions);
  return {
    ...rest,
    ...(estateGiven ? { estate: estateGiven } : {}),
    ...(years !== undefined ? { years } : {}),
    ...(Array.isArray(ruledOut) && ruledOut.length > 0 ? { ruledOut } : {}),
    ...(assumed ? { assumptions: assumed } : {}),
  } as T;
}

/** Whether anything at all was entered on the estate step. */
export function hasEstateInput(values: StepValues): boolean {
  const kept = withoutEmptyInputs(values);
  return ["estate", "years", "ruledOut", "assumptions"].some((key) => key in kept);
}

/** Hosts × sockets × cores, once each of the three is one the schema accepts. */
export function physicalCores(estate: unknown): number | undefined {
  if (typeof estate !== "object" || estate === null) return undefined;
  const { hosts, socketsPerHost, coresPerSocket } = estate as Record<string, unknown>;
  const shape = estateSchema.shape;
  const h = shape.hosts.safeParse(hosts);
  const s = shape.socketsPerHost.safeParse(socketsPerHost);
  const c = shape.coresPerSocket.safeParse(coresPerSocket);
  if (!h.success || !s.success || !c.success) return undefined;
  return h.data !== undefined && s.data !== undefined && c.data !== undefined ? h.data * s.data * c.data : undefined;
}
