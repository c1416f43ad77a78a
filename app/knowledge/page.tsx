// The knowledge base in full: every rating, platform fact and capability with its evidence, the
// products, prices and migration paths plans are built from, and the history of how the field got here.
import type { Metadata } from "next";
import { FactMatrix } from "@/components/fact-matrix";
import { GlossaryLink, GlossaryText } from "@/components/glossary-term";
import { COST_REFERENCE_PER_CORE } from "@/lib/decision/plan-ratings";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { isStale, STALE_AFTER_MONTHS } from "@/lib/knowledge/staleness";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { BROKER_NAMES } from "@/lib/decision/vdi-broker";
import {
  brokerCells,
  capabilityCells,
  platformCapabilityCells,
  platformCapabilityRows,
  platformCells,
  ratingCells,
} from "./cells";
import { GlossarySection } from "./glossary-section";
import { MigrationSection } from "./migration-section";
import { PricesSection } from "./prices-section";
import { ProductsSection } from "./products-section";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Knowledge base" };

const mustHaveLabels = Object.fromEntries(
  (QUESTIONS.find((q) => q.id === "mustHaves")?.options ?? []).map((o) => [o.value, o.label]),
);

const CONTENTS = [
  ["hypervisors", "Hypervisors"],
  ["ratings", "Ratings"],
  ["platforms", "Cloud platforms"],
  ["must-haves", "Must-haves"],
  ["products", "Products"],
  ["prices", "Prices"],
  ["migration-paths", "Migration paths"],
  ["history", "History"],
  ["glossary", "Terms"],
] as const;

export default async function KnowledgePage() {
  const kb = await whileDatabaseAnswers("/knowledge", getCurrentKnowledgeBase);
  const now = new Date();
  const columns = kb.hypervisors.map((h) => ({ id: h.id, name: h.name }));
  const rated = kb.criteria.filter((c) => c.kind === "rated");
  const derived = kb.criteria.filter((c) => c.kind === "derived");
  const staleCount = kb.ratings.filter((r) => isStale(r.asOf, now)).length;

  return (
    <article>
      <h1>Knowledge base</h1>
      <p className={styles.lead}>
        Version <strong>{kb.version.number}</strong>
        {kb.version.publishedAt && <>, published {kb.version.publishedAt.slice(0, 10)}</>}: {kb.ratings.length} ratings
        of {kb.hypervisors.length} hypervisors on {rated.length} criteria, each on one 0–10 scale with a rationale,
        sources and date.{" "}
        {staleCount > 0
          ? `${staleCount} rating${staleCount === 1 ? " rests" : "s rest"} on evidence older than ${STALE_AFTER_MONTHS} months and ${staleCount === 1 ? "is" : "are"} marked.`
          : `No rating rests on evidence older than ${STALE_AFTER_MONTHS} months.`}
      </p>
      <nav aria-label="On this page" className={styles.toc}>
        <ul>
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="hypervisors">
        <h2 id="hypervisors">The four hypervisors</h2>
        <ul className={styles.cards}>
          {kb.hypervisors.map((h) => (
            <li key={h.id} className={styles.card}>
              <h3>{h.name}</h3>
              <p className="muted">{h.vendor}</p>
              <p>
                <GlossaryText text={h.summary} />
              </p>
              <p className={styles.licence}>
                <strong>Licence:</strong> <GlossaryText text={h.licence} />
              </p>
              {h.products.length > 0 && <p className="muted">Products: {h.products.join(", ")}</p>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ratings">
        <h2 id="ratings">Ratings</h2>
        <p className="muted">
          0 = unavailable, 5 = adequate with notable gaps, 10 = best in class in 2026. For licence cost, 10 means no
          licence cost. Select a score to see why; abbreviations in the evidence, such as <GlossaryLink id="drs" />,
          link to their explanation under <a href="#glossary">Terms</a>.
        </p>
        <p className="muted">
          With an estate entered, the results page rates licence cost from that estate&rsquo;s priced cost per physical
          core per year, worked out from the <a href="#prices">prices below</a>, rather than from the figure shown here:
          US${COST_REFERENCE_PER_CORE} a core rates 5, half that rates 6.7, twice that 3.3 and no cost 10.
        </p>
        <FactMatrix
          caption="Ratings of each hypervisor on each criterion, out of 10"
          cornerLabel="Criterion"
          columns={columns}
          rows={rated.map((c) => ({ id: c.key, name: c.name, description: c.description }))}
          cells={ratingCells(kb, now)}
        />
        <h3>Criteria and default weights</h3>
        <dl className={styles.criteria}>
          {kb.criteria.map((c) => (
            <div key={c.key}>
              <dt>
                {c.name}{" "}
                <span className="muted">
                  · default weight {c.defaultWeight}
                  {c.kind === "derived" ? " · computed from your answers" : ""}
                </span>
              </dt>
              <dd>{c.description}</dd>
            </div>
          ))}
        </dl>
        {derived.length > 0 && (
          <p className="muted">
            {derived.map((c) => c.name).join(" and ")} are scored from your answers and the facts below, so they have no
            fixed ratings.
          </p>
        )}
      </section>

      <section aria-labelledby="platforms">
        <h2 id="platforms">Cloud platforms</h2>
        <p className="muted">
          Which hypervisors each platform supports today. &ldquo;Not supported&rdquo; rules a hypervisor out for that
          platform.
        </p>
        <FactMatrix
          caption="Support for each hypervisor on each cloud platform"
          cornerLabel="Platform"
          columns={columns}
          rows={kb.platforms.map((p) => ({ id: p.id, name: p.name, description: p.description }))}
          cells={platformCells(kb, now)}
        />
      </section>

      <section aria-labelledby="must-haves">
        <h2 id="must-haves">Must-haves</h2>
        <p className="muted">
          Whether each hypervisor can meet a hard requirement. &ldquo;No&rdquo; rules it out when you mark that
          requirement as a must-have.
        </p>
        <FactMatrix
          caption="Whether each hypervisor can meet each must-have"
          cornerLabel="Must-have"
          columns={columns}
          rows={Object.entries(mustHaveLabels).map(([id, name]) => ({ id, name }))}
          cells={capabilityCells(kb, now, mustHaveLabels)}
        />
      </section>

      {kb.platformCapabilities.length > 0 && (
        <section aria-labelledby="platform-must-haves">
          <h2 id="platform-must-haves">Must-haves a platform delivers</h2>
          <p className="muted">
            On a public cloud or a hosted service the platform, not the hypervisor you would install, decides some
            must-haves. Where a fact is listed here it replaces the family&rsquo;s own answer above for teams on that
            platform.
          </p>
          <FactMatrix
            caption="Must-haves as each platform delivers them for each hypervisor family"
            cornerLabel="Platform and must-have"
            columns={columns}
            rows={platformCapabilityRows(kb, mustHaveLabels)}
            cells={platformCapabilityCells(kb, now, mustHaveLabels)}
          />
        </section>
      )}

      {kb.brokerSupport.length > 0 && (
        <section aria-labelledby="vdi-brokers">
          <h2 id="vdi-brokers">VDI brokers</h2>
          <p className="muted">
            Which platforms each desktop broker&rsquo;s vendor supports. When desktops are among your workloads and you
            name your broker, &ldquo;No&rdquo; rules a hypervisor out; &ldquo;Only&rdquo; limits it to the products or
            platforms named; a supported pairing adds a point to its desktop rating.
          </p>
          <FactMatrix
            caption="Whether each VDI broker supports each hypervisor family"
            cornerLabel="Broker"
            columns={columns}
            rows={Object.entries(BROKER_NAMES).map(([id, name]) => ({ id, name }))}
            cells={brokerCells(kb, now, BROKER_NAMES)}
          />
        </section>
      )}

      <ProductsSection kb={kb} now={now} mustHaveLabels={mustHaveLabels} />
      <PricesSection kb={kb} now={now} />
      <MigrationSection kb={kb} now={now} />

      <section aria-labelledby="history">
        <h2 id="history">How we got here</h2>
        <ol className={styles.timeline}>
          {kb.history.map((event) => (
            <li key={event.key}>
              <span className={styles.year}>{event.year}</span>
              <div>
                <h3>{event.title}</h3>
                <p>{event.body}</p>
                <p className={styles.eventSources}>
                  {event.sources.map((source, index) => (
                    <span key={source.url + source.title}>
                      {index > 0 && " · "}
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.title}
                      </a>
                    </span>
                  ))}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <GlossarySection />
    </article>
  );
}
