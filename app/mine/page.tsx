// "My recommendations": the ones this browser saved (their owner tokens live in the httpOnly owner
// cookie), with rename, delete and compare. No account needed.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { MyRecommendations, NothingSaved } from "@/components/recommendations/my-recommendations";
import { isSecureRequest, parseOwnedCookie } from "@/lib/recommendations/owner-cookie";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { listRecommendations } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My recommendations" };

export default async function MinePage() {
  const incoming = await headers();
  const owned = parseOwnedCookie(incoming.get("cookie"), isSecureRequest({ headers: incoming }));
  const { items, familyNames } = await whileDatabaseAnswers("/mine", async () => {
    const items = await listRecommendations(owned.map((entry) => entry.id));
    // The families' names as the rest of the site shows them (the ranking, the knowledge base).
    const kb = items.length > 0 ? await getCurrentKnowledgeBase({ recent: true }) : null;
    return { items, familyNames: Object.fromEntries((kb?.hypervisors ?? []).map((h) => [h.id, h.name])) };
  });
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">My recommendations</h1>
      <p className="muted">
        Saved from this browser, which keeps their owner tokens. Clearing your cookies forgets them here; anyone with an
        owner token can still manage a recommendation through the API.
      </p>
      {items.length === 0 ? (
        <NothingSaved when="yet" />
      ) : (
        <MyRecommendations initialItems={items} familyNames={familyNames} />
      )}
    </section>
  );
}
