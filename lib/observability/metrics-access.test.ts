import { decideMetricsAccess, isLoopback } from "./metrics-access";
import { routeLabel } from "./route-label";

test("without a token, only loopback clients may read the metrics", () => {
  for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(address)).toBe(true);
  for (const address of ["10.0.0.1", "::ffff:10.0.0.1", "128.0.0.1", "", null]) expect(isLoopback(address)).toBe(false);
  expect(decideMetricsAccess(null, "127.0.0.1", undefined)).toEqual({ allowed: true });
  expect(decideMetricsAccess("Bearer anything", "203.0.113.9", undefined)).toMatchObject({
    allowed: false,
    status: 403,
  });
});

test("with a token, the bearer must match it exactly, from anywhere, loopback included", () => {
  const token = "s3cret-token-0123456789";
  expect(decideMetricsAccess(`Bearer ${token}`, "203.0.113.9", token)).toEqual({ allowed: true });
  expect(decideMetricsAccess(`bearer ${token}`, "203.0.113.9", token)).toEqual({ allowed: true });
  for (const header of [null, "", `Bearer ${token}x`, `Basic ${token}`, token])
    expect(decideMetricsAccess(header, "127.0.0.1", token)).toMatchObject({ allowed: false, status: 401 });
});

test("routes are labels from a fixed list: ids and invented paths never become labels", () => {
  expect(routeLabel("/api/v1/evaluate")).toBe("/api/v1/evaluate");
  expect(routeLabel("/r/abcdefghijklmnopqrstuv")).toBe("/r/:id");
  expect(routeLabel("/r/abcdefghijklmnopqrstuv/costs.csv")).toBe("/r/:id/costs.csv");
  expect(routeLabel("/r/abcdefghijklmnopqrstuv/whatever")).toBe("other");
  expect(routeLabel("/api/v1/recommendations/abcdefghijklmnopqrstuv")).toBe("/api/v1/recommendations/:id");
  expect(routeLabel("/_next/static/chunks/x.js")).toBe("/_next/*");
  expect(routeLabel("/admin/edit/ratings/kvm/gpu")).toBe("/admin/*");
  expect(routeLabel("/wp-login.php")).toBe("other");
});
