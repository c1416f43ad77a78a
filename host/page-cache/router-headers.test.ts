// A Next upgrade that changes its navigation headers must fail here, not silently serve HTML to a
// router fetch of a share page.
import { FLIGHT_HEADERS } from "next/dist/client/components/app-router-headers";
import { ROUTER_HEADERS } from "./router-headers";

test("every header Next's router sends for a flight (RSC) request is one the share-page cache passes on", () => {
  expect([...ROUTER_HEADERS].sort()).toEqual([...FLIGHT_HEADERS].sort());
});
