// Beside the costs: the discount on staying put's subscription that would make staying cost no more
// (the break-even), and every assumption of the cost model as used, each marked as the team's own
// figure or as this tool's documented default with its source.
import type { AssumptionUsed, PlanSummary } from "@/lib/decision";
import { SourceLink } from "./plan-cost-line";
import { percentText, usd } from "./plan-format";
import own from "./plan-assumptions.module.css";
import styles from "./plan.module.css";

const FIELD_WORDS: Record<AssumptionUsed["field"], string> = {
  windowsOwned: "Windows Server licences you own",
  vmwareTermYears: "Broadcom subscription term",
  renewalDate: "Renewal of today's contract",
  migrationDayRate: "Cost of one person-day",
  discountRate: "Discount rate for net present value",
};

const OWNED_WORDS: Record<string, string> = {
  none: "None",
  standard: "Windows Server Standard",
  datacenter: "Windows Server Datacenter",
};

function valueText({ field, value }: AssumptionUsed): string {
  if (value === null) return field === "vmwareTermYears" ? "The price source's term" : "None given";
  switch (field) {
    case "windowsOwned":
      return OWNED_WORDS[String(value)] ?? String(value);
    case "vmwareTermYears":
      return `${value} year${value === 1 ? "" : "s"}`;
    case "migrationDayRate":
      return typeof value === "number" ? usd(value) : String(value);
    case "discountRate":
      return typeof value === "number" ? `${percentText(value)} a year` : String(value);
    default:
      return String(value);
  }
}

export function PlanAssumptions({ summary }: { summary: PlanSummary }) {
  // Plans saved before the whole cost have neither field.
  const assumptions = summary.assumptions ?? [];
  const breakEven = summary.breakEven ?? null;
  if (assumptions.length === 0 && !breakEven) return null;
  return (
    <div className={own.assumptions} data-testid="plan-assumptions">
      {breakEven && (
        <p className={own.breakEven} data-testid="plan-break-even">
          <strong>Break-even discount:</strong> {breakEven.explanation}
        </p>
      )}
      {assumptions.length > 0 && (
        <>
          <h4 className={own.title} id="plan-assumptions-title">
            What the costs assume
          </h4>
          <dl className={own.list}>
            {assumptions.map((a) => (
              <div key={a.field} data-testid="plan-assumption" data-field={a.field} data-default={a.assumption}>
                <dt>{FIELD_WORDS[a.field] ?? a.field}</dt>
                <dd>
                  <strong>{valueText(a)}</strong>{" "}
                  {a.assumption ? (
                    <span className={styles.assumptionBadge}>default assumption</span>
                  ) : (
                    <span className={styles.quoteBadge}>your figure</span>
                  )}{" "}
                  <span className={own.note}>
                    {a.note}
                    {a.assumption && (
                      <>
                        {" "}
                        Source: <SourceLink source={a.source} />.
                      </>
                    )}
                  </span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
