import { expect, test } from "@playwright/test";

test("health and model endpoints answer on the running server", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  const model = await request.get("/api/v1/model");
  expect(model.status()).toBe(200);
  const body = await model.json();
  expect(body.version.label).toBe("kb-1");
  expect(body.hypervisors.map((h: { id: string }) => h.id)).toEqual(["esxi", "hyper-v", "kvm", "xen"]);
});
