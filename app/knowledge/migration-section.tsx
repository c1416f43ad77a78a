// The migration paths between platforms: the tools, the downtime class and the effort assumptions a
// migration plan is computed from (person-days = fixed days + hours per VM × VMs ÷ 8).
import type { MigrationPath } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { SourcedCell } from "./plan-bits";
import { DOWNTIME_WORDS, familyName, productName, range } from "./plan-format";
import styles from "./plan.module.css";

const COLUMNS = ["Path", "Tools", "Downtime", "Fixed effort", "Per VM", "Steps and risks", "Sources and date"];

function target(kb: KnowledgeBase, path: MigrationPath): string {
  return path.product === "any" ? `${familyName(kb, path.to)} (any product)` : productName(kb, path.product);
}

export function MigrationSection({ kb, now }: { kb: KnowledgeBase; now: Date }) {
  const paths = kb.migrationPaths ?? [];
  const position = (id: string) => kb.hypervisors.findIndex((h) => h.id === id);
  const sorted = [...paths].sort((a, b) => position(a.from) - position(b.from) || position(a.to) - position(b.to));
  return (
    <section aria-labelledby="migration-paths">
      <h2 id="migration-paths">Migration paths</h2>
      <p className="muted">
        How a move from one platform to another is done and what it takes. A plan&rsquo;s effort in person-days is the
        fixed effort plus the hours per VM times your VM count, divided by 8; the low and high ends give its range. Cold
        moves shut each VM down while it is copied; warm moves copy it while it runs and stop it only for the cutover.
      </p>
      {sorted.length === 0 ? (
        <p>This version of the knowledge base lists no migration paths.</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby="migration-caption" tabIndex={0}>
          <table className={styles.table} data-table="migration-paths">
            <caption id="migration-caption" className="visually-hidden">
              Migration paths with tools, downtime, effort assumptions and sources
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((name) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((path) => (
                <tr key={`${path.from}:${path.to}:${path.product}`} data-path={`${path.from}:${path.product}`}>
                  <th scope="row">
                    {familyName(kb, path.from)} <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span> {target(kb, path)}
                  </th>
                  <td>
                    <ul className={styles.plain}>
                      {path.tools.map((tool) => (
                        <li key={tool.name + tool.url}>
                          <a href={tool.url} rel="noopener noreferrer" target="_blank">
                            {tool.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{DOWNTIME_WORDS[path.downtime]}</td>
                  <td className={styles.number}>
                    {range(path.fixedDays, path.fixedDays.high === 1 ? "person-day" : "person-days")}
                  </td>
                  <td className={styles.number}>
                    {range(path.hoursPerVm, path.hoursPerVm.high === 1 ? "hour" : "hours")}
                  </td>
                  <td>
                    <details className={styles.more}>
                      <summary>
                        {path.steps.length} step{path.steps.length === 1 ? "" : "s"}
                        {path.risks.length > 0 && `, ${path.risks.length} risk${path.risks.length === 1 ? "" : "s"}`}
                      </summary>
                      <p className={styles.miniHead}>Steps</p>
                      <ol className={styles.steps}>
                        {path.steps.map((step) => (
                          <li key={step}>{step}</li>
                        ))}
                      </ol>
                      {path.risks.length > 0 && (
                        <>
                          <p className={styles.miniHead}>Risks</p>
                          <ul className={styles.steps}>
                            {path.risks.map((risk) => (
                              <li key={risk}>{risk}</li>
                            ))}
                          </ul>
                        </>
                      )}
                      {path.lift > 0 && (
                        <p className="muted">Well tooled: adds {path.lift} to the team-fit rating for this move.</p>
                      )}
                    </details>
                  </td>
                  <SourcedCell sources={path.sources} asOf={path.asOf} now={now} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
