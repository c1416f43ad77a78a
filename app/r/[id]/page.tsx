// A shared recommendation: read-only and exactly as it was computed. server.ts renders it once per
// change and serves that HTML from memory to everyone who opens the link (lib/share-cache/), so the
// page must not depend on who is asking: no cookies, no per-viewer content. Next still renders it
// directly for client-side navigations and when a view arrives with a query string.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsView } from "@/components/results/results-view";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { loadSharedRecommendation } from "@/lib/recommendations/share";
import { ShareHeader } from "./share-header";
import { TodayNotice } from "./today-notice";
import { describeShare } from "./describe";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/**
 * A read-only view never re-scores: every rating it shows travels inside the saved evaluation. Leaving
 * the ratings and platform facts out of the props keeps the page's HTML (which embeds them for the
 * client component) about a third smaller to keep in memory and to send. Prices and migration paths
 * go too (the evaluation carries every cost line and the migration plan); products stay, for the
 * plan's "includes, support and limits".
 */
function readOnlyKnowledge(kb: KnowledgeBase): KnowledgeBase {
  return { ...kb, ratings: [], platformSupport: [], capabilities: [], prices: [], migrationPaths: [] };
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
      <ResultsView
        kb={readOnlyKnowledge(kb)}
        answers={snapshot.answers}
        initialOverrides={snapshot.weights}
        initialQuotes={quotes}
        initialEvaluation={snapshot.evaluation}
        answersQuery={answersQuery}
        now={snapshot.createdAt}
        readOnly
      />
    </>
  );
}
