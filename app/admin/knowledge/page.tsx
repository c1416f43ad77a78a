// /admin/knowledge: every editable entry of the working copy (the draft, else the live version),
// each linking to its edit form.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { getWorkingKnowledge } from "@/lib/admin/versions-service";
import { versionLabel } from "@/lib/knowledge/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit knowledge", robots: { index: false } };

const editHref = (entity: string, ...parts: string[]) =>
  `/admin/edit/${entity}/${parts.map(encodeURIComponent).join("/")}`;

export default async function AdminKnowledgePage() {
  const { account } = await requireAdminPage();
  const { version, content } = await getWorkingKnowledge();
  const score = new Map(content.ratings.map((r) => [`${r.hypervisor}/${r.criterion}`, r.score]));
  const level = new Map(content.platformSupport.map((s) => [`${s.platform}/${s.hypervisor}`, s.level]));
  const met = new Map(content.capabilities.map((c) => [`${c.hypervisor}/${c.mustHave}`, c.met]));
  const mustHaves = [...new Set(content.capabilities.map((c) => c.mustHave))];

  return (
    <article>
      <h1>Edit knowledge</h1>
      <AdminNav current="/admin/knowledge" account={account} />
      <p>
        Showing{" "}
        {version.status === "draft" ? (
          <>
            the draft <strong>{versionLabel(version.number)}</strong>
          </>
        ) : (
          <>
            the live version <strong>{versionLabel(version.number)}</strong>; your first save starts a draft
          </>
        )}
        . The answer-to-weight rules are code (<code>lib/decision/weight-rules.ts</code>), not data, so they change with
        a deploy.
      </p>

      <h2 id="criteria">Criteria</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="criteria">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Kind</th>
              <th scope="col">Default weight</th>
            </tr>
          </thead>
          <tbody>
            {content.criteria.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  <Link href={editHref("criteria", c.key)}>{c.name}</Link>
                </th>
                <td>{c.kind}</td>
                <td>{c.defaultWeight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="ratings">Ratings</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="ratings">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {content.hypervisors.map((h) => (
                <th key={h.id} scope="col">
                  {h.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {content.criteria
              .filter((c) => c.kind === "rated")
              .map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.name}</th>
                  {content.hypervisors.map((h) => (
                    <td key={h.id}>
                      <Link
                        href={editHref("ratings", h.id, c.key)}
                        aria-label={`Edit ${h.name} on ${c.name}: ${score.get(`${h.id}/${c.key}`)} out of 10`}
                      >
                        {score.get(`${h.id}/${c.key}`)}
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <h2 id="platforms">Platform support</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="platforms">
          <thead>
            <tr>
              <th scope="col">Platform</th>
              {content.hypervisors.map((h) => (
                <th key={h.id} scope="col">
                  {h.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {content.platforms.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                {content.hypervisors.map((h) => (
                  <td key={h.id}>
                    <Link
                      href={editHref("platform-support", p.id, h.id)}
                      aria-label={`Edit ${h.name} on ${p.name}: ${level.get(`${p.id}/${h.id}`)}`}
                    >
                      {level.get(`${p.id}/${h.id}`)}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="capabilities">Must-have capabilities</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="capabilities">
          <thead>
            <tr>
              <th scope="col">Must-have</th>
              {content.hypervisors.map((h) => (
                <th key={h.id} scope="col">
                  {h.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {mustHaves.map((m) => (
              <tr key={m}>
                <th scope="row">{m}</th>
                {content.hypervisors.map((h) => (
                  <td key={h.id}>
                    <Link
                      href={editHref("capabilities", h.id, m)}
                      aria-label={`Edit ${h.name}, ${m}: ${met.get(`${h.id}/${m}`) ? "yes" : "no"}`}
                    >
                      {met.get(`${h.id}/${m}`) ? "yes" : "no"}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="platform-capabilities">Must-haves a platform delivers</h2>
      <ul>
        {content.platformCapabilities.map((c) => (
          <li key={`${c.platform}/${c.hypervisor}/${c.mustHave}`}>
            <Link href={editHref("platform-capabilities", c.platform, c.hypervisor, c.mustHave)}>
              {c.platform}, {c.hypervisor}, {c.mustHave}: {c.met ? "met" : "not met"}
            </Link>
          </li>
        ))}
      </ul>

      <h2 id="broker-support">VDI broker support</h2>
      <ul>
        {content.brokerSupport.map((b) => (
          <li key={`${b.broker}/${b.hypervisor}`}>
            <Link href={editHref("broker-support", b.broker, b.hypervisor)}>
              {b.broker} on {b.hypervisor}: {b.supported ? "supported" : "not supported"}
            </Link>
          </li>
        ))}
      </ul>

      <h2 id="products">Products and prices</h2>
      <div className={styles.tableWrap}>
        <table className={styles.table} aria-labelledby="products">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Family</th>
              <th scope="col">Status</th>
              <th scope="col">Prices</th>
            </tr>
          </thead>
          <tbody>
            {content.products.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={editHref("products", p.id)}>{p.name}</Link>
                </th>
                <td>{content.hypervisors.find((h) => h.id === p.hypervisor)?.name ?? p.hypervisor}</td>
                <td>{p.lifecycle.until ? `${p.lifecycle.status} (until ${p.lifecycle.until})` : p.lifecycle.status}</td>
                <td>
                  {content.prices
                    .filter((price) => price.product === p.id)
                    .map((price) => (
                      <div key={price.key}>
                        <Link
                          href={editHref("prices", price.product, price.key)}
                          aria-label={`Edit price ${price.item} of ${p.name}`}
                        >
                          {price.item}:{" "}
                          {price.amount === null
                            ? "quote required"
                            : `${price.amount} ${price.currency} (${price.unit})`}
                        </Link>
                      </div>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="exchange-rates">Exchange rates</h2>
      <ul>
        {content.exchangeRates.map((r) => (
          <li key={r.currency}>
            <Link href={editHref("exchange-rates", r.currency)}>
              1 {r.currency} = {r.usd} USD
            </Link>{" "}
            (as of {r.asOf})
          </li>
        ))}
      </ul>
      <p className="muted">
        A product&apos;s support status is edited on its page; its fit rules, gaps, platform facts and own ratings, and
        the migration paths, change through an export, edit and import.
      </p>
    </article>
  );
}
