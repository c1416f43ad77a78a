// Whether an estate's size is given (hosts, sockets and cores), without zod, so pages that only show
// a result (the share page) ship no schema code: zod probes for eval when a schema is built, which the
// share page's CSP reports.
import type { Estate, SizedEstate } from "./answers";

export function isSized(estate: Estate | undefined): estate is SizedEstate {
  return estate?.hosts !== undefined && estate.socketsPerHost !== undefined && estate.coresPerSocket !== undefined;
}
