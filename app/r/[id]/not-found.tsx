// A share link that leads nowhere: its owner deleted the recommendation, or the link lost characters
// on the way (an id is 22 of them). Said in those words, with where to go next.
import Link from "next/link";

export default function SharedRecommendationNotFound() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">This recommendation is not here</h1>
      <p>
        Its owner may have deleted it, or the link may be incomplete: a share link ends in 22 letters, digits, dashes
        and underscores after <code>/r/</code>. Ask whoever sent it for the link again, or{" "}
        <Link href="/questionnaire">answer the questionnaire</Link> to make your own.
      </p>
    </section>
  );
}
