"use client";
// Shown when a page fails to render. It says what to do and never shows internals.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">This page could not be shown</h1>
      <p>The service may be temporarily unavailable. Nothing you saved is lost.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
