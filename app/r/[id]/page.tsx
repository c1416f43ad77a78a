// A shared recommendation: read-only and exactly as it was computed. host/server.ts renders it once per
// change and serves that HTML from memory to everyone who opens the link (host/page-cache/), so the
// page must not depend on who is asking: no cookies, no per-viewer content. Next still renders it
// directly for client-side navigations and when a view arrives with a query string. In print the
// verdict comes first and the saved name, notes and status follow it (results.module.css).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedResults } from "@/components/results/shared-results";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { clustersFitInLink } from "@/lib/questionnaire/cluster-param";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { loadSharedRecommendation } from "@/lib/recommendations/share";
import { ShareHeader } from "./share-header";
import { TodayNotice, TodayStatus } from "./today-notice";
import { describeShare } from "./describe";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

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
  // Older snapshots predate quotes and assumptions: treat a missing field as none.
  const quotes = snapshot.quotes ?? {};
  const assumptions = snapshot.assumptions ?? {};
  const answersQuery = answersToSearchParams(snapshot.answers, {}, {}, assumptions).toString();
  // A results link carries the estate, clusters included, unless there are too many for a link.
  const reevaluateHref = clustersFitInLink(snapshot.answers.estate?.clusters)
    ? `/results?${answersToSearchParams(snapshot.answers, snapshot.weights, quotes, assumptions)}`
    : null;

  return (
    <SharedResults
      header={<ShareHeader snapshot={snapshot} status={<TodayStatus today={today} />} />}
      notice={<TodayNotice today={today} snapshot={snapshot} reevaluateHref={reevaluateHref} />}
      kb={kb}
      answers={snapshot.answers}
      weights={snapshot.weights}
      quotes={quotes}
      assumptions={assumptions}
      evaluation={snapshot.evaluation}
      evidenceUrl={`/api/v1/recommendations/${encodeURIComponent(snapshot.id)}`}
      reportUrl={`/r/${encodeURIComponent(snapshot.id)}/report.pdf`}
      answersQuery={answersQuery}
      now={snapshot.createdAt}
    />
  );
}
