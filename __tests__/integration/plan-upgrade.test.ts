// A database seeded before products and prices existed gets them once on start, as a new published
// version credited to the start-up in the audit log; a draft in progress gets them too.
import { createPrismaClient } from "@/lib/db/create-client";
import { readVersionContent } from "@/lib/knowledge/read-rows";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { addMissingSeedCollections, seedKnowledgeBase, writeVersion } from "@/lib/knowledge/seed";
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
};

test("an older knowledge base gains the seed's products as kb-2, once, and a draft gains them too", async () => {
  const { url } = await makeTempDatabase("plan-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    await seedKnowledgeBase(db, BEFORE_PLANS);
    await db.$transaction((tx) => writeVersion(tx, 2, BEFORE_PLANS, "An admin's draft", "draft"));

    expect(await addMissingSeedCollections(db, seedKnowledge)).toBe(3);
    const published = await db.kbVersion.findUniqueOrThrow({
      where: { number: 3 },
      select: { id: true, status: true, note: true },
    });
    expect(published).toMatchObject({
      status: "published",
      note: "Products, prices, exchange rates, migration paths and VDI broker support added (December 2026).",
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
    expect(await addMissingSeedCollections(db, seedKnowledge)).toBeNull();
    expect(await db.kbVersion.count()).toBe(3);
  } finally {
    await db.$disconnect();
  }
});

test("a knowledge base with products but no VDI broker support gains only that, as the next version, draft included", async () => {
  const { url } = await makeTempDatabase("broker-upgrade");
  migrateDatabase(url);
  const db = createPrismaClient(url);
  const beforeBrokers = { ...seedKnowledge, brokerSupport: [] };
  try {
    await seedKnowledgeBase(db, beforeBrokers);
    await db.$transaction((tx) => writeVersion(tx, 2, beforeBrokers, "An admin's draft", "draft"));

    expect(await addMissingSeedCollections(db, seedKnowledge)).toBe(3);
    const published = await db.kbVersion.findUniqueOrThrow({ where: { number: 3 }, select: { id: true, note: true } });
    expect(published.note).toBe("VDI broker support added (December 2026).");
    const content = await readVersionContent(db, published.id);
    expect(content.brokerSupport).toHaveLength(seedKnowledge.brokerSupport.length);
    expect(content.products).toHaveLength(seedKnowledge.products.length); // kept, not added twice
    const draft = await db.kbVersion.findUniqueOrThrow({ where: { number: 2 }, select: { id: true } });
    expect((await readVersionContent(db, draft.id)).brokerSupport).toHaveLength(seedKnowledge.brokerSupport.length);
    expect(await addMissingSeedCollections(db, seedKnowledge)).toBeNull();
  } finally {
    await db.$disconnect();
  }
});
