// What an import may cost, in the browser and on the server alike (docs/inventory.md, "Limits").
// An .xlsx is a zip: its declared sizes can lie, so inflated bytes are counted as they come out.

/** The media type of an .xlsx, the one file type an import takes (besides a form carrying it). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The file itself. A 20,000-VM export with every RVTools tab is well under this. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Each part of the workbook that is read (a sheet, the shared strings), once inflated. */
export const MAX_ENTRY_INFLATED_BYTES = 256 * 1024 * 1024;

/** All parts read, once inflated: bounds the time a zip bomb of many parts can take. */
export const MAX_TOTAL_INFLATED_BYTES = 768 * 1024 * 1024;

/** Rows with content in any one sheet that is read (vPartition has a row per guest file system). */
export const MAX_ROWS_PER_SHEET = 500_000;

/** Distinct texts in the shared-strings part. */
export const MAX_SHARED_STRINGS = 2_000_000;
