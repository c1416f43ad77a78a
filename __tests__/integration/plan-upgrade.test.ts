// A database seeded before products and prices existed gets them once on start, as a new published
// version credited to the start-up in the audit log; a draft in progress gets them too. A database
// seeded before a release of corrections gets them the same way, keeping what an admin changed.
import { createPrismaClient } from "@/lib/db/create-client";
import { readVersionContent } from "@/lib/knowledge/documents";
import { entryKey, type Collection } from "@/lib/knowledge/entries";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { SEED_RELEASES, seedKnowledge } from "@/lib/knowledge/seed-data";
import { seedKnowledgeBase, upgradeKnowledgeBase, writeVersion } from "@/lib/knowledge/seed";
import { migrateDatabase } from "@/scripts/lib/prepare-database";
import { makeTempDatabase } from "../support/test-database";

jest.setTimeout(60_000);

const BEFORE_PLANS = {
  ...seedKnowledge,
  products: [],
  prices: [],
  exchangeRates: [],
  migrationPaths: [],
  brokerSupport: [],
  platformCapabilities: [],
};

test("an older knowledge base gains the seed's products as kb-2, once, and a draft gains them too", async () => {
  const { url } = await makeTempDatabase("plan-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    await seedKnowledgeBase(db, BEFORE_PLANS);
    await db.$transaction((tx) => writeVersion(tx, 2, BEFORE_PLANS, "An admin's draft", "draft"));

    expect(await upgradeKnowledgeBase(db, seedKnowledge, [])).toBe(3);
    const published = await db.kbVersion.findUniqueOrThrow({
      where: { number: 3 },
      select: { id: true, status: true, note: true },
    });
    expect(published).toMatchObject({
      status: "published",
      note: "Products, prices, exchange rates, migration paths, VDI broker support and must-haves judged on the platform added (December 2026).",
    });
    const content = await readVersionContent(db, published.id);
    expect(content.products.map((p) => p.id)).toEqual(seedKnowledge.products.map((p) => p.id));
    expect(content.prices).toHaveLength(seedKnowledge.prices.length);
    expect(content.ratings).toHaveLength(seedKnowledge.ratings.length);
    const draft = await db.kbVersion.findUniqueOrThrow({ where: { number: 2 }, select: { id: true, status: true } });
    expect(draft.status).toBe("draft");
    expect((await readVersionContent(db, draft.id)).migrationPaths).toHaveLength(seedKnowledge.migrationPaths.length);
    expect(
      await db.auditEntry.findFirst({ where: { key: "kb-3" }, select: { sessionRef: true, action: true } }),
    ).toEqual({ sessionRef: "system", action: "publish" });

    // A second start, or an admin's later import without products, changes nothing.
    expect(await upgradeKnowledgeBase(db, seedKnowledge, [])).toBeNull();
    expect(await db.kbVersion.count()).toBe(3);
  } finally {
    await db.$disconnect();
  }
});

test("a knowledge base with products but no VDI broker support gains only that, as the next version, draft included", async () => {
  const { url } = await makeTempDatabase("broker-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  const beforeBrokers = { ...seedKnowledge, brokerSupport: [], platformCapabilities: [] };
  try {
    await seedKnowledgeBase(db, beforeBrokers);
    await db.$transaction((tx) => writeVersion(tx, 2, beforeBrokers, "An admin's draft", "draft"));

    expect(await upgradeKnowledgeBase(db, seedKnowledge, [])).toBe(3);
    const published = await db.kbVersion.findUniqueOrThrow({ where: { number: 3 }, select: { id: true, note: true } });
    expect(published.note).toBe("VDI broker support and must-haves judged on the platform added (December 2026).");
    const content = await readVersionContent(db, published.id);
    expect(content.brokerSupport).toHaveLength(seedKnowledge.brokerSupport.length);
    expect(content.products).toHaveLength(seedKnowledge.products.length); // kept, not added twice
    const draft = await db.kbVersion.findUniqueOrThrow({ where: { number: 2 }, select: { id: true } });
    expect((await readVersionContent(db, draft.id)).brokerSupport).toHaveLength(seedKnowledge.brokerSupport.length);
    expect(await upgradeKnowledgeBase(db, seedKnowledge, [])).toBeNull();
  } finally {
    await db.$disconnect();
  }
});

/**
 * The seed as it was before the releases (or before one release and those after it): every changed
 * entry put back, every added one taken out, the latest release first.
 */
function earlierSeed(fromRelease = SEED_RELEASES[0]!.id): KnowledgeContent {
  const content = structuredClone(seedKnowledge) as Record<Collection, unknown[]>;
  const from = SEED_RELEASES.findIndex((r) => r.id === fromRelease);
  for (const release of SEED_RELEASES.slice(from).reverse()) {
    for (const { collection, key, before } of release.changes) {
      const keyOf = (item: unknown) => entryKey(collection, item as never);
      content[collection] =
        before === null
          ? content[collection].filter((item) => keyOf(item) !== key)
          : content[collection].map((item) => (keyOf(item) === key ? before : item));
    }
  }
  return content as KnowledgeContent;
}

test("a database seeded before the December 2026 review gets its corrections once, as a new version, keeping an admin's edit", async () => {
  const release = SEED_RELEASES.find((r) => r.id === "2026-12-review")!;
  const ratingChanges = release.changes.filter((c) => c.collection === "ratings");
  expect(ratingChanges.length).toBeGreaterThan(5);
  const { url } = await makeTempDatabase("review-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  const earlier = earlierSeed();
  // An admin corrected one of the same ratings in kb-2 before the release arrived.
  const edited = ratingChanges[0]!.key;
  const adminEdit = (r: KnowledgeContent["ratings"][number]) =>
    entryKey("ratings", r) === edited ? { ...r, score: 4.5, rationale: "An admin's own reading of the evidence." } : r;
  const adminVersion = { ...earlier, ratings: earlier.ratings.map(adminEdit) };
  try {
    await seedKnowledgeBase(db, earlier);
    await db.$transaction((tx) => writeVersion(tx, 2, adminVersion, "An admin's correction"));

    expect(await upgradeKnowledgeBase(db, seedKnowledge, SEED_RELEASES)).toBe(3);
    const latest = await db.kbVersion.findUniqueOrThrow({ where: { number: 3 }, select: { id: true, note: true } });
    // Every later release arrives in the same version, its note after this one's.
    expect(latest.note).toBe(SEED_RELEASES.map((r) => r.note).join(" "));
    const content = await readVersionContent(db, latest.id);
    const byKey = new Map(content.ratings.map((r) => [entryKey("ratings", r), r]));
    for (const change of ratingChanges) {
      const expected =
        change.key === edited
          ? adminVersion.ratings.find((r) => entryKey("ratings", r) === edited)
          : seedKnowledge.ratings.find((r) => entryKey("ratings", r) === change.key);
      expect(byKey.get(change.key)).toEqual(expected);
    }
    expect(content.criteria.map((c) => c.key)).toEqual(seedKnowledge.criteria.map((c) => c.key));
    expect(content.platforms).toEqual(seedKnowledge.platforms);
    // Published versions are never rewritten: kb-1 still holds the earlier seed.
    const first = await db.kbVersion.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });
    expect((await readVersionContent(db, first.id)).ratings).toEqual(
      expect.arrayContaining(earlier.ratings.slice(0, 5)),
    );
    const audit = await db.auditEntry.findFirstOrThrow({ where: { key: "kb-3" }, select: { afterJson: true } });
    expect(JSON.parse(audit.afterJson!).releases[0]).toMatchObject({
      id: "2026-12-review",
      kept: [`ratings ${edited}`],
    });

    expect(await upgradeKnowledgeBase(db, seedKnowledge, SEED_RELEASES)).toBeNull();
  } finally {
    await db.$disconnect();
  }
});

/** A product as the release before products were candidates stored it: a status, no lifecycle or platforms. */
function storedBeforeProductsRelease(body: string): string {
  const product = JSON.parse(body) as Record<string, unknown> & { lifecycle: { status: string; until: string | null } };
  const { lifecycle } = product;
  const rest = Object.fromEntries(
    Object.entries(product).filter(([field]) => !["lifecycle", "platforms", "openSource"].includes(field)),
  );
  const ended = lifecycle.status === "end-of-support";
  return JSON.stringify({
    ...rest,
    status: ended ? "end-of-life" : "active",
    ...(ended ? { endOfLife: lifecycle.until } : {}),
  });
}

test("a database seeded before products were candidates reads its stored products, then gets the products release once, keeping an admin's edit", async () => {
  const release = SEED_RELEASES.find((r) => r.id === "2026-12-products")!;
  const changed = release.changes.filter((c) => c.collection === "products" && c.before !== null).map((c) => c.key);
  const added = release.changes.filter((c) => c.collection === "products" && c.before === null).map((c) => c.key);
  expect(added).toEqual(expect.arrayContaining(["proxmox-ve-basic", "windows-server-standard", "opennebula-kvm"]));
  const { url } = await makeTempDatabase("products-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    await seedKnowledgeBase(db, earlierSeed("2026-12-products"));
    const rows = await db.kbDocument.findMany({
      where: { collection: "products" },
      select: { id: true, bodyJson: true },
    });
    for (const row of rows)
      await db.kbDocument.update({
        where: { id: row.id },
        data: { bodyJson: storedBeforeProductsRelease(row.bodyJson) },
      });
    // The old rows read as today's shape: active is supported, end of life is end-of-support on its date.
    const before = await readVersionContent(db, (await db.kbVersion.findFirstOrThrow({ select: { id: true } })).id);
    expect(before.products.find((p) => p.id === "red-hat-virtualization")!.lifecycle).toMatchObject({
      status: "end-of-support",
      until: "2026-08-31",
    });
    expect(before.products.find((p) => p.id === "vvf")!).toMatchObject({
      lifecycle: { status: "supported" },
      platforms: [],
    });
    // An admin rewrote one product's text in kb-2 before the release arrived.
    const edited = changed[0]!;
    const adminVersion = {
      ...before,
      products: before.products.map((p) =>
        p.id === edited ? { ...p, suits: "An admin's own words on who this suits." } : p,
      ),
    };
    await db.$transaction((tx) => writeVersion(tx, 2, adminVersion, "An admin's edit"));

    expect(await upgradeKnowledgeBase(db, seedKnowledge, SEED_RELEASES)).toBe(3);
    const latest = await db.kbVersion.findUniqueOrThrow({ where: { number: 3 }, select: { id: true, note: true } });
    // Every later release arrives in the same version, its note after this one's.
    const later = SEED_RELEASES.slice(SEED_RELEASES.indexOf(release));
    expect(latest.note).toBe(later.map((r) => r.note).join(" "));
    const content = await readVersionContent(db, latest.id);
    const byId = new Map(content.products.map((p) => [p.id, p]));
    for (const id of [...changed, ...added]) {
      const expected =
        id === edited
          ? adminVersion.products.find((p) => p.id === id)
          : seedKnowledge.products.find((p) => p.id === id);
      expect(byId.get(id)).toEqual(expected);
    }
    expect(content.products).toHaveLength(seedKnowledge.products.length);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { key: "kb-3" }, select: { afterJson: true } });
    expect(JSON.parse(audit.afterJson!).releases).toEqual([
      expect.objectContaining({ id: "2026-12-products", kept: [`products ${edited}`] }),
      ...SEED_RELEASES.slice(SEED_RELEASES.indexOf(release) + 1).map((r) => expect.objectContaining({ id: r.id })),
    ]);
    expect(await upgradeKnowledgeBase(db, seedKnowledge, SEED_RELEASES)).toBeNull();
  } finally {
    await db.$disconnect();
  }
});
