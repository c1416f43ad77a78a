// The cost model's rules and default assumptions that are not a product's price: each with its source
// and date, or marked as an assumption a team replaces with its own figure (contract "Additions,
// part 2", "Assumptions of the cost model"; docs/method.md, "The whole cost").
import type { Assumptions, WindowsOwned } from "@/lib/questionnaire/assumptions";

export interface RuleSource {
  title: string;
  url: string | null;
}

/** A default: its value, why, and where it comes from (url null: a labelled assumption of this project). */
export interface Default<T> {
  value: T;
  note: string;
  source: RuleSource;
  asOf: string;
}

const ASSUMPTION: RuleSource = { title: 'Assumption of this tool (docs/method.md, "The whole cost")', url: null };

export const DEFAULT_DISCOUNT_RATE: Default<number> = {
  value: 0.07,
  note: "7 % a year, the rate Azure Migrate's business case uses for net present value.",
  source: {
    title: "Azure Migrate business case: how it is calculated",
    url: "https://learn.microsoft.com/en-us/azure/migrate/concepts-business-case-calculation",
  },
  asOf: "2026-12-07",
};

export const DEFAULT_DAY_RATE: Default<number> = {
  value: 1000,
  note: "US$1,000 per person-day: a round planning figure for an infrastructure engineer's loaded day, not a market survey. Enter your own.",
  source: ASSUMPTION,
  asOf: "2026-12-07",
};

export const DEFAULT_WINDOWS_OWNED: Default<WindowsOwned> = {
  value: "none",
  note: "No Windows Server licences owned: every licence is bought. Say which you own to carry them over.",
  source: ASSUMPTION,
  asOf: "2026-12-07",
};

/** Training when the team has no skills in the target platform: two engineers, five days each. */
export const TRAINING_DAYS: Default<number> = {
  value: 10,
  note: "Two engineers trained for five days each, when the team lists no skills in the new platform (none when it does).",
  source: ASSUMPTION,
  asOf: "2026-12-07",
};

/** How fast a move runs: two engineers full-time, 20 working days a month. */
export const MOVE_PERSON_DAYS_PER_MONTH: Default<number> = {
  value: 40,
  note: "Two engineers full-time, 20 working days a month, so a move of N person-days runs N ÷ 40 months.",
  source: ASSUMPTION,
  asOf: "2026-12-07",
};

/** Windows Server's rules as Microsoft states them. */
export const WINDOWS_RULES = {
  standardVmsPerLicensing: 2,
  note: "Standard licenses two Windows Server VMs per host whose every core is licensed, and two more each time the cores are licensed again; Datacenter licenses unlimited VMs on the host. Every core of a host that may run a Windows Server VM must be licensed.",
  source: {
    title: "Windows Server 2025 pricing and licensing",
    url: "https://www.microsoft.com/en-us/windows-server/pricing",
  },
  asOf: "2026-05-04",
} as const;

/** Desktop guests need Windows client rights, never Windows Server licences. */
export const DESKTOP_RULE = {
  note: "Windows 10/11 desktop VMs need Windows VDA or Microsoft 365 E3/E5 rights, per user or per device, whatever the hypervisor: the same in every option, so outside this comparison and never priced as Windows Server.",
  source: {
    title: "Licensing Windows desktop operating system for use with virtual machines (Microsoft licensing brief)",
    url: "https://www.microsoft.com/en-us/Licensing/learn-more/brief-windows-virtual-machine.aspx",
  },
  asOf: "2026-12-07",
} as const;

/** What staying on VMware forces within a horizon: vSphere 8 leaves general support on this date. */
export const VSPHERE_8_END = {
  date: "2027-10-11",
  note: "vSphere 8 general support ends 2027-10-11 (technical guidance to 2029-10-11): staying past it means upgrading to 9.x, whose hardware compatibility list drops some older servers.",
  source: {
    title: "Broadcom product lifecycle: VMware vSphere 7 and 8",
    url: "https://support.broadcom.com/group/ecx/productlifecycle",
  },
  asOf: "2026-12-06",
} as const;

/** The labour of an in-place vSphere upgrade: planning plus each host in turn. */
export const UPGRADE_DAYS = {
  fixed: 2,
  perHost: 0.5,
  note: "Two person-days of planning plus half a day per host for an in-place upgrade: a planning assumption, not a vendor figure.",
  source: ASSUMPTION,
  asOf: "2026-12-07",
} as const;

/** The assumptions as used: every field given or defaulted. */
export interface ResolvedAssumptions {
  windowsOwned: WindowsOwned;
  /** null: the term the price source quotes. */
  vmwareTermYears: 1 | 3 | 5 | null;
  renewalDate: string | null;
  migrationDayRate: number;
  discountRate: number;
}

export function resolveAssumptions(given: Assumptions | undefined): ResolvedAssumptions {
  return {
    windowsOwned: given?.windowsOwned ?? DEFAULT_WINDOWS_OWNED.value,
    vmwareTermYears: given?.vmwareTermYears ?? null,
    renewalDate: given?.renewalDate ?? null,
    migrationDayRate: given?.migrationDayRate ?? DEFAULT_DAY_RATE.value,
    discountRate: given?.discountRate ?? DEFAULT_DISCOUNT_RATE.value,
  };
}
