// A shared recommendation: read-only and exactly as it was computed. server.ts renders it once per
// change and serves that HTML from memory to everyone who opens the link (lib/share-cache/), so the
// page must not depend on who is asking: no cookies, no per-viewer content. Next still renders it
// directly for client-side navigations and when a view arrives with a query string.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { selectHistory } from "@/components/results/history-map";
import { SharedResultsView } from "@/components/results/shared-results-view";
import { compactEvaluation } from "@/lib/decision/compact";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { loadSharedRecommendation } from "@/lib/recommendations/share";
import { ShareHeader } from "./share-header";
import { TodayNotice } from "./today-notice";
import { describeShare } from "./describe";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/**
 * A read-only view never re-scores: every rating it shows travels inside the saved evaluation, so of
 * the knowledge base the page (which embeds its props for the client component) keeps only what the
 * view names things by: criteria and platforms, the history events it shows, and the chosen products'
 * "includes, support and limits" for the plan (without their fit rules and ratings).
 */
function readOnlyKnowledge(kb: KnowledgeBase, snapshot: RecommendationSnapshot): KnowledgeBase {
  const shownEvents = new Set(selectHistory(snapshot.answers, snapshot.evaluation).map((pick) => pick.key));
  const chosen = new Set(snapshot.evaluation.ranking.map((entry) => entry.product?.id));
  return {
    version: kb.version,
    criteria: kb.criteria,
    platforms: kb.platforms,
    history: kb.history.filter((event) => shownEvents.has(event.key)),
    products: kb.products
      .filter((product) => chosen.has(product.id))
      .map((product) => ({ ...product, gaps: [], fit: [], ratings: [] })),
    hypervisors: [],
    ratings: [],
    platformSupport: [],
    capabilities: [],
    prices: [],
    exchangeRates: [],
    migrationPaths: [],
    brokerSupport: [],
    platformCapabilities: [],
  };
}

async function load(id: string) {
  return whileDatabaseAnswers(`/r/${encodeURIComponent(id)}`, () => loadSharedRecommendation(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await load((await params).id);
  if (!shared) return { title: "Recommendation not found" };
  const { title, description } = describeShare(shared.snapshot);
  return {
    title,
    description,
    openGraph: { title, description, type: "article" },
    twitter: { card: "summary_large_image", title, description },
    robots: { index: false },
  };
}

export default async function SharedRecommendationPage({ params }: Props) {
  const shared = await load((await params).id);
  if (!shared) notFound();
  const { snapshot, kb, today } = shared;
  const answersQuery = answersToSearchParams(snapshot.answers).toString();
  // Older snapshots predate quotes: treat a missing field as none.
  const quotes = snapshot.quotes ?? {};
  const reevaluateQuery = answersToSearchParams(snapshot.answers, snapshot.weights, quotes).toString();

  return (
    <>
      <ShareHeader snapshot={snapshot} />
      <TodayNotice today={today} snapshot={snapshot} reevaluateHref={`/results?${reevaluateQuery}`} />
      <SharedResultsView
        kb={readOnlyKnowledge(kb, snapshot)}
        answers={snapshot.answers}
        initialOverrides={snapshot.weights}
        initialQuotes={quotes}
        evaluation={compactEvaluation(snapshot.evaluation, { evidence: false })}
        evidenceUrl={`/api/v1/recommendations/${encodeURIComponent(snapshot.id)}`}
        answersQuery={answersQuery}
        now={snapshot.createdAt}
      />
    </>
  );
}
