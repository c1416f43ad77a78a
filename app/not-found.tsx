import Link from "next/link";

export default function NotFound() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the start page</Link>.
      </p>
    </section>
  );
}
