// The explicit calls the app makes when it changes what a share page shows, so that the pages host/server.ts
// keeps in memory check their stamp again at once on this instance (other instances within a second:
// host/page-cache/). Called after the change is committed and before the answer is sent, so the client
// can never open the page before the recheck is due. Without host/server.ts (next start, tests) they do nothing.
import { serverBridge } from "./bridge";

/** A saved recommendation was renamed, annotated or deleted. */
export function recommendationChanged(id: string): void {
  serverBridge().recheckSharePages?.(id);
}

/** A knowledge-base version was published: every share page's "today's data" notice may change. */
export function knowledgePublished(): void {
  serverBridge().recheckSharePages?.(null);
}
