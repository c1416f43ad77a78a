// What the team's platform decides: what "fit" means there, and each must-have as every option
// meets it on that platform, with the fact it rests on (the platform's own, or the family's).
import type { Evaluation, MustHaveCheck } from "@/lib/decision";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import type { Answers } from "@/lib/questionnaire/answers";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { SHORT_NAMES } from "./ranking-bars";
import { SourcesList } from "./sources-list";
import styles from "./results.module.css";
import { TableScroll } from "@/components/table-scroll";

const mustHaveLabels = new Map<string, string>(
  (QUESTIONS.find((q) => q.id === "mustHaves")?.options ?? []).map((o) => [o.value, o.label]),
);
export const mustHaveLabel = (mustHave: string) => mustHaveLabels.get(mustHave) ?? mustHave;

export function PlatformSection({
  kb,
  answers,
  evaluation,
}: {
  kb: PageKnowledge;
  answers: Answers;
  evaluation: Evaluation;
}) {
  const platform = kb.platforms.find((p) => p.id === answers.cloudPlatform);
  const fitCounts = evaluation.weights.some((w) => w.key === "platform-fit" && w.weight > 0);
  const fit = fitCounts ? platform?.fit : undefined;
  const mustHaves = answers.mustHaves;
  if (!fit && mustHaves.length === 0) return null;
  const platformName = platform?.name ?? answers.cloudPlatform;
  const checkOf = (hypervisor: string, mustHave: string) =>
    evaluation.ranking.find((e) => e.hypervisor === hypervisor)?.mustHaves?.find((c) => c.mustHave === mustHave);
  const platformFacts: { name: string; check: MustHaveCheck }[] = evaluation.ranking.flatMap((e) =>
    (e.mustHaves ?? []).filter((c) => c.platform !== null).map((check) => ({ name: e.name, check })),
  );
  return (
    <section className={styles.section} aria-labelledby="platform-title">
      <h2 id="platform-title">Your platform and must-haves</h2>
      {fit && (
        <p className={styles.lead} data-testid="platform-fit-meaning">
          {fit}
        </p>
      )}
      {mustHaves.length > 0 && (
        <>
          <p className={styles.lead}>
            Each must-have as the options meet it on {platformName}: where the platform itself delivers it, its own fact
            decides, not the hypervisor you would install.
          </p>
          <TableScroll className={styles.tableScroll} label="Must-haves by option">
            <table className={`${styles.evidenceTable} ${styles.mustHaveTable}`} data-testid="must-have-table">
              <caption>Must-haves on {platformName}</caption>
              <thead>
                <tr>
                  <th scope="col">Must-have</th>
                  {evaluation.ranking.map((e) => (
                    <th scope="col" key={e.hypervisor}>
                      <span aria-hidden="true">{SHORT_NAMES[e.hypervisor] ?? e.name}</span>
                      <span className="visually-hidden">{e.name}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {mustHaves.map((m) => (
                  <tr key={m}>
                    <th scope="row">{mustHaveLabel(m)}</th>
                    {evaluation.ranking.map((e) => {
                      const check = checkOf(e.hypervisor, m);
                      return (
                        <td key={e.hypervisor} data-met={check?.met ?? undefined}>
                          {check ? (check.met ? "Met" : "Not met") : "Not stated"}
                          {check?.platform && <span className={styles.derivedTag}>platform fact</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {platformFacts.length > 0 && (
            <ul className={styles.knockoutList} aria-label={`Facts of ${platformName} behind these verdicts`}>
              {platformFacts.map(({ name, check }) => (
                <li key={`${name}-${check.mustHave}`}>
                  <p className={styles.cause}>
                    {name}, {mustHaveLabel(check.mustHave).toLowerCase()}: {check.met ? "met" : "not met"} on{" "}
                    {platformName}
                  </p>
                  <p>{check.note}</p>
                  <SourcesList sources={check.sources} label={`Sources: ${name} on ${platformName}`} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
