// Landing page: what the tool does, where to start, and the knowledge behind it at a glance.
import Link from "next/link";
import { ResumeLink } from "@/components/wizard/resume-link";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const kb = await whileDatabaseAnswers("/", getCurrentKnowledgeBase);
  const recent = [...kb.history].sort((a, b) => b.year - a.year).slice(0, 3);

  return (
    <>
      <section className={styles.hero} aria-labelledby="title">
        <h1 id="title">Which hypervisor should your team run?</h1>
        <p className={styles.intro}>
          Hypervisor Advisor asks about your workloads, licensing policy, cloud platform and team, then scores VMware
          ESXi, Microsoft Hyper-V, KVM and Xen against weighted criteria. Every rating behind a score has a rationale, a
          source and a date, and the result shows what ruled an option out and how much the answer depends on the
          weights.
        </p>
        <div className={styles.actions}>
          <Link className={styles.primary} href="/questionnaire">
            Start the questionnaire
          </Link>
          <Link className={styles.secondary} href="/knowledge">
            Explore the knowledge base
          </Link>
          <ResumeLink
            className={styles.secondary}
            steps={QUESTIONS.map(({ id, shortTitle }) => ({ id, shortTitle }))}
          />
        </div>
      </section>

      <section aria-labelledby="compared">
        <h2 id="compared">What is compared</h2>
        <ul className={styles.grid}>
          {kb.hypervisors.map((h) => (
            <li key={h.id}>
              <strong>{h.name}</strong>
              <span className="muted">
                {h.openSource ? "Open source" : "Proprietary"} · {h.vendor}
              </span>
            </li>
          ))}
        </ul>
        <p className="muted">
          {kb.ratings.length} sourced ratings on {kb.criteria.filter((c) => c.kind === "rated").length} criteria,{" "}
          {kb.criteria.filter((c) => c.kind === "derived").length} more criteria computed from your answers, support
          facts for {kb.platforms.length} cloud platforms — knowledge base version {kb.version.number}.
        </p>
      </section>

      <section aria-labelledby="changed">
        <h2 id="changed">Not the 2011 picture</h2>
        <ul className={styles.changes}>
          {recent.map((event) => (
            <li key={event.key}>
              <span className={styles.year}>{event.year}</span> {event.title}
            </li>
          ))}
        </ul>
        <p>
          <Link href="/knowledge#history">The full history, with sources</Link>
        </p>
      </section>

      <section aria-labelledby="api">
        <h2 id="api">For scripts and other tools</h2>
        <p>
          The knowledge base is published as JSON at{" "}
          <a href="/api/v1/model">
            <code>/api/v1/model</code>
          </a>
          , and the questions at{" "}
          <a href="/api/v1/questionnaire">
            <code>/api/v1/questionnaire</code>
          </a>
          . Send answers to <code>POST /api/v1/evaluate</code> for a ranking with its reasons and sensitivity.
        </p>
      </section>
    </>
  );
}
