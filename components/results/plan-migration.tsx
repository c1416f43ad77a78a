// How the team would get from today's platform to the winner's and the runner-up's product: tools,
// downtime class, an effort range with the inputs behind it (so a person can redo it), the steps,
// the risks and the dated sources.
import type { Answers } from "@/lib/questionnaire/answers";
import type { MigrationPlan } from "@/lib/decision";
import { HOURS_PER_DAY } from "@/lib/decision/migration-plan";
import { formatAsOf } from "@/lib/knowledge/staleness";
import { count, DOWNTIME_WORDS, type PlanEntry } from "./plan-format";
import { SourcesList } from "./sources-list";
import styles from "./plan.module.css";

const range = ({ low, high }: { low: number; high: number }) =>
  low === high ? count(low) : `${count(low)}–${count(high)}`;

function Effort({ migration, scale }: { migration: MigrationPlan; scale: Answers["scale"] }) {
  const { vms, vmsAssumed, fixedDays, hoursPerVm } = migration.assumptions;
  const vmText = `${count(vms)} VM${vms === 1 ? "" : "s"}`;
  return (
    <>
      About {range(migration.effortDays)} person-days.{" "}
      <span className={styles.assumption}>
        {vmsAssumed
          ? `For an assumed ${vmText}, the planning figure for a ${scale} estate (give your VM count in the questionnaire to use your own): `
          : `For your ${vmText}: `}
        {range(fixedDays)} fixed days (design, building and testing the platform, a pilot, backup and monitoring) +{" "}
        {count(vms)} × {range(hoursPerVm)} hours per VM (conversion, drivers and guest tools, testing, cutover) ÷{" "}
        {HOURS_PER_DAY} hours a day, rounded outwards. These are the project&apos;s planning assumptions for this path,
        not a vendor figure.
      </span>
    </>
  );
}

function Path({
  plan,
  fromName,
  role,
  scale,
}: {
  plan: PlanEntry;
  fromName: string;
  role: string;
  scale: Answers["scale"];
}) {
  const migration = plan.migration!;
  return (
    <div className={styles.migration} data-testid="plan-migration" data-hypervisor={plan.entry.hypervisor}>
      <h4 className={styles.migrationTitle}>
        <span className={styles.kicker}>{role}</span> From {fromName} to {plan.product.name}
      </h4>
      <dl className={styles.facts}>
        <div>
          <dt>Tools</dt>
          <dd>
            <ul className={styles.inlineList}>
              {migration.tools.map((tool) => (
                <li key={tool.url + tool.name}>
                  <a href={tool.url} rel="noopener noreferrer" target="_blank">
                    {tool.name}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Downtime</dt>
          <dd>{DOWNTIME_WORDS[migration.downtime]}</dd>
        </div>
        <div>
          <dt>Effort</dt>
          <dd data-testid="plan-effort">
            <Effort migration={migration} scale={scale} />
          </dd>
        </div>
      </dl>
      {migration.risks.length > 0 && (
        <>
          <h5 className={styles.listTitle}>Risks</h5>
          <ul className={styles.steps}>
            {migration.risks.map((risk) => (
              <li key={risk}>{risk}</li>
            ))}
          </ul>
        </>
      )}
      <details className={styles.disclosure}>
        <summary>The {migration.steps.length} steps of the move</summary>
        <ol className={styles.steps}>
          {migration.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>
      <p className={styles.asOf}>
        Migration path as of <time dateTime={migration.asOf}>{formatAsOf(migration.asOf)}</time>
      </p>
      <SourcesList sources={migration.sources} label={`Sources for the move to ${plan.product.name}`} />
    </div>
  );
}

type Props = { plans: PlanEntry[]; answers: Answers; winner: string | null; runnerUp: string | null };

/** The winner's and the runner-up's move, or why there is none. */
export function PlanMigration({ plans, answers, winner, runnerUp }: Props) {
  const current = answers.currentPlatform;
  const fromName = plans.find((p) => p.entry.hypervisor === current)?.entry.name ?? current;
  const shown = [
    { plan: plans.find((p) => p.entry.hypervisor === winner), role: "Recommended" },
    { plan: plans.find((p) => p.entry.hypervisor === runnerUp), role: "Runner-up" },
  ].filter((x): x is { plan: PlanEntry; role: string } => x.plan !== undefined);
  if (shown.length === 0) return null;

  return (
    <div className={styles.block} data-testid="plan-migrations">
      <h3 id="plan-migration-title">Migration</h3>
      {current === "none" ? (
        <p>Nothing runs today, so there is nothing to migrate: {shown[0]!.plan.product.name} is a new build.</p>
      ) : (
        <div className={styles.migrations}>
          {shown.map(({ plan, role }) =>
            plan.today ? (
              <p key={role} className={styles.noMigration} data-testid="plan-no-migration">
                <span className={styles.kicker}>{role}</span> No migration: you stay on {plan.entry.name}, with{" "}
                {plan.product.name}.
              </p>
            ) : plan.migration ? (
              <Path key={role} plan={plan} fromName={fromName} role={role} scale={answers.scale} />
            ) : (
              <p key={role} className={styles.noMigration}>
                <span className={styles.kicker}>{role}</span> The knowledge base records no migration path from{" "}
                {fromName} to {plan.product.name} yet.
              </p>
            ),
          )}
        </div>
      )}
    </div>
  );
}
