"use client";
// Prints the page as it is (the print stylesheet hides controls). The report for approvers is its own
// PDF (/r/{id}/report.pdf), so this button says what it does and no more.
export function PrintButton({ className }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      Print this page
    </button>
  );
}
