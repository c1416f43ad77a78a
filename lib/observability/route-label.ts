// The route a request belongs to, as a metrics label: a fixed, small set, so that no client can
// grow the metrics by inventing paths (every unknown path is "other").
import { PUBLIC_ID_PATTERN } from "@/lib/recommendations/tokens";

const PAGES = ["/", "/questionnaire", "/results", "/compare", "/mine", "/knowledge", "/unavailable"];
const API = [
  "/api/health",
  "/api/metrics",
  "/api/v1/evaluate",
  "/api/v1/inventory",
  "/api/v1/model",
  "/api/v1/questionnaire",
  "/api/v1/openapi.json",
  "/api/v1/recommendations",
];
const SHARE_FILES = ["costs.csv", "costs.xlsx", "ranking.csv", "report.pdf", "snapshot.json", "opengraph-image"];

export function routeLabel(pathname: string): string {
  if (PAGES.includes(pathname) || API.includes(pathname)) return pathname;
  if (pathname.startsWith("/_next/")) return "/_next/*";
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return "/admin/*";
  if (pathname.startsWith("/api/admin/")) return "/api/admin/*";
  if (pathname.startsWith("/docs/")) return "/docs/*";
  const [, first, id, file, ...rest] = pathname.split("/");
  if (first === "r" && id !== undefined && PUBLIC_ID_PATTERN.test(id) && rest.length === 0) {
    if (file === undefined) return "/r/:id";
    if (SHARE_FILES.includes(file)) return `/r/:id/${file}`;
  }
  if (pathname.startsWith("/api/v1/recommendations/")) return "/api/v1/recommendations/:id";
  return "other";
}
