// Converts between the knowledge base as plain data and its database rows. JSON columns (sources,
// products) are text in the database so the schema stays portable; they are validated when read.
import { z } from "zod";
import { entryKey } from "./entries";
import { knowledgeContentSchema, sourceSchema, type KnowledgeContent } from "./schema";

/** The collections stored whole as JSON documents (KbDocument), in the order they are written. */
export const DOCUMENT_COLLECTIONS = [
  "products",
  "prices",
  "exchangeRates",
  "migrationPaths",
  "brokerSupport",
  "platformCapabilities",
] as const;
export type DocumentCollection = (typeof DOCUMENT_COLLECTIONS)[number];

const sourcesJson = z.array(sourceSchema);
const stringList = z.array(z.string());

type Rows = {
  hypervisors: {
    key: string;
    position: number;
    name: string;
    vendor: string;
    products: string;
    licence: string;
    openSource: boolean;
    summary: string;
    sourcesJson: string;
    asOf: string;
  }[];
  criteria: { key: string; position: number; name: string; description: string; defaultWeight: number; kind: string }[];
  ratings: {
    hypervisorKey: string;
    criterionKey: string;
    score: number;
    rationale: string;
    sourcesJson: string;
    asOf: string;
  }[];
  platforms: { key: string; position: number; name: string; description: string; fit: string | null }[];
  platformSupport: {
    platformKey: string;
    hypervisorKey: string;
    level: string;
    note: string;
    sourcesJson: string;
    asOf: string;
  }[];
  capabilities: {
    hypervisorKey: string;
    mustHave: string;
    met: boolean;
    note: string;
    sourcesJson: string;
    asOf: string;
  }[];
  historyEvents: { key: string; year: number; title: string; body: string; hypervisors: string; sourcesJson: string }[];
  documents: { collection: string; key: string; position: number; bodyJson: string }[];
};

export type KnowledgeRows = Rows;

export function rowsFromContent(content: KnowledgeContent): Rows {
  const json = JSON.stringify;
  return {
    hypervisors: content.hypervisors.map((h, position) => ({
      key: h.id,
      position,
      name: h.name,
      vendor: h.vendor,
      products: json(h.products),
      licence: h.licence,
      openSource: h.openSource,
      summary: h.summary,
      sourcesJson: json(h.sources),
      asOf: h.asOf,
    })),
    criteria: content.criteria.map((c, position) => ({
      key: c.key,
      position,
      name: c.name,
      description: c.description,
      defaultWeight: c.defaultWeight,
      kind: c.kind,
    })),
    ratings: content.ratings.map((r) => ({
      hypervisorKey: r.hypervisor,
      criterionKey: r.criterion,
      score: r.score,
      rationale: r.rationale,
      sourcesJson: json(r.sources),
      asOf: r.asOf,
    })),
    platforms: content.platforms.map((p, position) => ({
      key: p.id,
      position,
      name: p.name,
      description: p.description,
      fit: p.fit ?? null,
    })),
    platformSupport: content.platformSupport.map((s) => ({
      platformKey: s.platform,
      hypervisorKey: s.hypervisor,
      level: s.level,
      note: s.note,
      sourcesJson: json(s.sources),
      asOf: s.asOf,
    })),
    capabilities: content.capabilities.map((c) => ({
      hypervisorKey: c.hypervisor,
      mustHave: c.mustHave,
      met: c.met,
      note: c.note,
      sourcesJson: json(c.sources),
      asOf: c.asOf,
    })),
    historyEvents: content.history.map((e) => ({
      key: e.key,
      year: e.year,
      title: e.title,
      body: e.body,
      hypervisors: json(e.hypervisors),
      sourcesJson: json(e.sources),
    })),
    documents: DOCUMENT_COLLECTIONS.flatMap((collection) =>
      (content[collection] as object[]).map((item, position) => ({
        collection,
        key: entryKey(collection, item as never),
        position,
        bodyJson: json(item),
      })),
    ),
  };
}

/** Rows must arrive ordered as they should be shown (by position, then key; documents by position). */
export function contentFromRows(rows: Rows): KnowledgeContent {
  const sources = (text: string) => sourcesJson.parse(JSON.parse(text));
  const list = (text: string) => stringList.parse(JSON.parse(text));
  // Parsing the assembled object checks enum values (ids, levels) the columns store as plain text.
  return knowledgeContentSchema.parse({
    hypervisors: rows.hypervisors.map((h) => ({
      id: h.key,
      name: h.name,
      vendor: h.vendor,
      products: list(h.products),
      licence: h.licence,
      openSource: h.openSource,
      summary: h.summary,
      sources: sources(h.sourcesJson),
      asOf: h.asOf,
    })),
    criteria: rows.criteria.map((c) => ({
      key: c.key,
      name: c.name,
      description: c.description,
      defaultWeight: c.defaultWeight,
      kind: c.kind,
    })),
    ratings: rows.ratings.map((r) => ({
      hypervisor: r.hypervisorKey,
      criterion: r.criterionKey,
      score: r.score,
      rationale: r.rationale,
      sources: sources(r.sourcesJson),
      asOf: r.asOf,
    })),
    platforms: rows.platforms.map((p) => ({
      id: p.key,
      name: p.name,
      description: p.description,
      ...(p.fit === null ? {} : { fit: p.fit }),
    })),
    platformSupport: rows.platformSupport.map((s) => ({
      platform: s.platformKey,
      hypervisor: s.hypervisorKey,
      level: s.level,
      note: s.note,
      sources: sources(s.sourcesJson),
      asOf: s.asOf,
    })),
    capabilities: rows.capabilities.map((c) => ({
      hypervisor: c.hypervisorKey,
      mustHave: c.mustHave,
      met: c.met,
      note: c.note,
      sources: sources(c.sourcesJson),
      asOf: c.asOf,
    })),
    history: rows.historyEvents.map((e) => ({
      key: e.key,
      year: e.year,
      title: e.title,
      body: e.body,
      hypervisors: list(e.hypervisors),
      sources: sources(e.sourcesJson),
    })),
    ...Object.fromEntries(
      DOCUMENT_COLLECTIONS.map((collection) => [
        collection,
        rows.documents.filter((d) => d.collection === collection).map((d) => JSON.parse(d.bodyJson) as unknown),
      ]),
    ),
  });
}
