// Without ADMIN_PASSWORD the admin area is off: the login refuses, the APIs are 401 and the login
// page says how to turn it on.
import { renderToStaticMarkup } from "react-dom/server";
import { adminRequest } from "../support/admin";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);
jest.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

type Route = (request: Request, context: unknown) => Promise<Response>;

beforeAll(async () => {
  delete process.env.ADMIN_PASSWORD;
  await useFreshDatabase("admin-disabled");
});

test("login answers 403 admin_disabled and the APIs 401 saying how to enable it", async () => {
  const login = (await import("@/app/api/admin/login/route")).POST as Route;
  const response = await login(
    adminRequest("POST", "/api/admin/login", { name: "admin", password: "anything at all" }),
    undefined,
  );
  expect(response.status).toBe(403);
  expect((await response.json()).error).toMatchObject({
    code: "admin_disabled",
    message: expect.stringContaining("ADMIN_PASSWORD"),
  });
  const audit = (await import("@/app/api/admin/audit/route")).GET as Route;
  const denied = await audit(adminRequest("GET", "/api/admin/audit"), undefined);
  expect(denied.status).toBe(401);
  expect((await denied.json()).error.message).toContain("ADMIN_PASSWORD");
});

test("the login page says the admin area is disabled and how to enable it", async () => {
  const Page = (await import("@/app/admin/login/page")).default;
  const html = renderToStaticMarkup((await Page()) as React.ReactElement);
  expect(html).toContain("Admin area disabled");
  expect(html).toContain("ADMIN_PASSWORD");
});
