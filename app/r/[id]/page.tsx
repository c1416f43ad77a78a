// A shared recommendation: read-only and exactly as it was computed. The page only changes when the
// recommendation is renamed or deleted (both invalidate it) or the knowledge base moves on, so it is
// rendered once and served from Next's page cache, revalidated hourly in the background.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsView } from "@/components/results/results-view";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { loadSharedRecommendation } from "@/lib/recommendations/share";
import { ShareHeader } from "./share-header";
import { TodayNotice } from "./today-notice";
import { describeShare } from "./describe";

export const revalidate = 3600;

/** No page is built ahead of time; each is rendered on first request, then cached. */
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shared = await loadSharedRecommendation((await params).id);
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
  const shared = await loadSharedRecommendation((await params).id);
  if (!shared) notFound();
  const { snapshot, kb, today } = shared;
  const answersQuery = answersToSearchParams(snapshot.answers).toString();
  const reevaluateQuery = answersToSearchParams(snapshot.answers, snapshot.weights).toString();

  return (
    <>
      <ShareHeader snapshot={snapshot} />
      <TodayNotice today={today} snapshot={snapshot} reevaluateHref={`/results?${reevaluateQuery}`} />
      <ResultsView
        kb={kb}
        answers={snapshot.answers}
        initialOverrides={snapshot.weights}
        initialEvaluation={snapshot.evaluation}
        answersQuery={answersQuery}
        now={snapshot.createdAt}
        readOnly
      />
    </>
  );
}
