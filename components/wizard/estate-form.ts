// The estate step's inputs as form data. The inputs hold text; the schema wants numbers, and an
// estate nobody filled in must be absent, not `{}`, so that skipping the step changes nothing.
import { estateSchema, type Estate } from "@/lib/questionnaire/answers";

export type EstateInputName = `estate.${keyof Estate}` | "years";

export type EstateInput = {
  name: EstateInputName;
  label: string;
  optional?: boolean;
  hint: string;
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
    label: "Of which Windows",
    optional: true,
    hint: "VMs that need Windows Server licences.",
    noun: "Windows VMs",
  },
  {
    name: "years",
    label: "Horizon in years",
    optional: true,
    hint: "Costs are added up over this many years. Empty means 3.",
    noun: "horizon",
  },
];

export const ESTATE_INPUT_NAMES = ESTATE_INPUTS.map((input) => input.name);

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

/** Drops estate fields left empty, and the estate itself when all are; the same for the horizon. */
export function withoutEmptyEstate<T extends { estate?: object; years?: unknown }>(values: T): T {
  const { estate, years, ...rest } = values;
  const given = Object.fromEntries(Object.entries(estate ?? {}).filter(([, value]) => value !== undefined));
  return {
    ...rest,
    ...(Object.keys(given).length > 0 ? { estate: given } : {}),
    ...(years !== undefined ? { years } : {}),
  } as T;
}

/** Whether anything at all was entered on the estate step. */
export function hasEstateInput(values: { estate?: object; years?: unknown }): boolean {
  const given = withoutEmptyEstate(values);
  return given.estate !== undefined || given.years !== undefined;
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
