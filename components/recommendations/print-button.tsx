"use client";
// Prints the page as a report (the print stylesheet hides controls); "Save as PDF" in the browser's
// print dialog makes the PDF.
export function PrintButton({ className }: { className?: string }) {
  return (
    <button type="button" className={className} onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
