"use client";
// Shown when a page fails to render. It says what to do and never shows internals: only the digest,
// an opaque reference that matches the server's JSON log line for this failure.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">This page could not be shown</h1>
      <p>The service may be temporarily unavailable. Nothing you saved is lost.</p>
      {error.digest ? (
        <p>
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
