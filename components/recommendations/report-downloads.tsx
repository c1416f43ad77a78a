// The approvers' report (A4 and US Letter) and the cost workbook of a saved recommendation, as list
// items: the share page's Export menu and the Saved dialog on the results page offer the same three.
// The PDFs open in the browser's viewer (served inline); the workbook is saved.

/** `base` is the saved recommendation's address, `/r/{id}` or the absolute share link. */
export function ReportDownloads({ base }: { base: string }) {
  return (
    <>
      <li>
        <a href={`${base}/report.pdf`}>Report (PDF, A4)</a>
      </li>
      <li>
        <a href={`${base}/report.pdf?paper=letter`}>Report (PDF, US Letter)</a>
      </li>
      <li>
        <a href={`${base}/costs.xlsx`} download>
          Cost workbook (Excel)
        </a>
      </li>
    </>
  );
}
