// The results page: evaluated on the server for the first paint, then explorable in the browser
// (what-if weights and quotes re-score with the same engine code, no round trip).
import type { Metadata } from "next";
import { SaveShareLazy } from "@/components/recommendations/save-share-lazy";
import { LiveExports } from "@/components/results/live-exports";
import { ResultsView } from "@/components/results/results-view";
import { pathWithQuery, whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { knowledgeForPage } from "@/lib/presentation/page-knowledge";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { InvalidResults } from "./invalid-results";
import { loadResults, type SearchParams } from "./load-results";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

async function load(searchParams: SearchParams) {
  return whileDatabaseAnswers(pathWithQuery("/results", searchParams), () => loadResults(searchParams));
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const loaded = await load(await searchParams);
  if (!loaded.ok) return { title: "Check your answers" };
  const winner = loaded.evaluation.ranking.find((e) => e.hypervisor === loaded.evaluation.winner);
  return { title: winner ? `Recommendation: ${winner.name}` : "Recommendation: no eligible hypervisor" };
}

export default async function ResultsPage({ searchParams }: Props) {
  const loaded = await load(await searchParams);
  if (!loaded.ok) {
    // Names for the criteria a weight in the link may refer to; none when the knowledge base is out of reach.
    const kb = await getCurrentKnowledgeBase({ recent: true }).catch(() => null);
    const criterionNames = new Map(kb?.criteria.map((c) => [c.key, c.name]));
    return <InvalidResults fields={loaded.fields} params={await searchParams} criterionNames={criterionNames} />;
  }
  return (
    <ResultsView
      // A page rendered from another knowledge-base version starts afresh: nothing loaded for re-scoring carries over.
      key={loaded.kb.version.number}
      kb={knowledgeForPage(loaded.kb, loaded.evaluation)}
      answers={loaded.answers}
      initialWeights={loaded.weights}
      initialQuotes={loaded.quotes}
      assumptions={loaded.assumptions}
      initialEvaluation={loaded.evaluation}
      answersQuery={loaded.answersQuery}
      now={new Date().toISOString()}
      actions={
        <>
          <SaveShareLazy />
          <LiveExports />
        </>
      }
    />
  );
}
