// Named admin accounts: ADMIN_PASSWORD makes the first (an owner), owners add the others, each
// role may do only its own share, the audit log names the account behind each change, and sessions
// end when unused, when signed out everywhere, when the account is disabled or its password changes.
import { ADMIN_TEST_PASSWORD, adminRequest, loadAdminRoutes, reviewedDraft, type Route } from "../support/admin";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);

type Routes = Awaited<ReturnType<typeof loadAdminRoutes>> & { accounts: Route; createAccount: Route; change: Route };
let routes: Routes;
let clients = 0;

beforeAll(async () => {
  process.env.ADMIN_PASSWORD = ADMIN_TEST_PASSWORD;
  process.env.ADMIN_IDLE_MINUTES = "30";
  await useFreshDatabase("admin-accounts");
  const accounts = await import("@/app/api/admin/accounts/route");
  routes = {
    ...(await loadAdminRoutes()),
    accounts: accounts.GET as Route,
    createAccount: accounts.POST as Route,
    change: (await import("@/app/api/admin/accounts/[name]/route")).PATCH as Route,
  };
});

async function signInAs(name: string, password: string): Promise<string> {
  const client = { "x-advisor-client": `192.0.2.${++clients}` };
  const response = await routes.login(adminRequest("POST", "/api/admin/login", { name, password }, client), undefined);
  if (response.status !== 204) throw new Error(`sign-in as ${name}: ${response.status} ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

const as = (cookie: string, method: string, path: string, body?: unknown) =>
  adminRequest(method, path, body, { cookie });
const named = (name: string) => ({ params: Promise.resolve({ name }) });
const entry = { params: Promise.resolve({ entity: "ratings", key: ["kvm", "gpu"] }) };

async function ratingOf(cookie: string) {
  const draft = (await (await routes.draft(as(cookie, "GET", "/api/admin/draft"), undefined)).json()) as {
    content: { ratings: { hypervisor: string; criterion: string }[] };
  };
  return draft.content.ratings.find((r) => r.hypervisor === "kvm" && r.criterion === "gpu")!;
}

let owner: string;
const EDITOR_PASSWORD = "editor password, long enough";
const PUBLISHER_PASSWORD = "publisher password, long enough";

test("ADMIN_PASSWORD makes the first account, an owner named admin, who adds an editor and a publisher", async () => {
  owner = await signInAs("admin", ADMIN_TEST_PASSWORD);
  for (const [name, role, password] of [
    ["e.editor", "editor", EDITOR_PASSWORD],
    ["p.publisher", "publisher", PUBLISHER_PASSWORD],
  ]) {
    const created = await routes.createAccount(
      as(owner, "POST", "/api/admin/accounts", { name, role, password }),
      undefined,
    );
    expect(created.status).toBe(201);
  }
  const duplicate = await routes.createAccount(
    as(owner, "POST", "/api/admin/accounts", { name: "e.editor", role: "owner", password: "another long password" }),
    undefined,
  );
  expect(duplicate.status).toBe(409);
  const bad = await routes.createAccount(
    as(owner, "POST", "/api/admin/accounts", { name: "Not A Name", role: "root", password: "short" }),
    undefined,
  );
  expect(bad.status).toBe(400);
  expect(((await bad.json()).error.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
    "name",
    "password",
    "role",
  ]);
  const { accounts } = (await (await routes.accounts(as(owner, "GET", "/api/admin/accounts"), undefined)).json()) as {
    accounts: { name: string; role: string; passwordHash?: string }[];
  };
  expect(accounts.map((a) => [a.name, a.role])).toEqual([
    ["admin", "owner"],
    ["e.editor", "editor"],
    ["p.publisher", "publisher"],
  ]);
  expect(JSON.stringify(accounts)).not.toMatch(/scrypt|passwordHash/);
});

test("a wrong name and a wrong password get the same answer", async () => {
  const attempt = async (name: string, password: string) => {
    const response = await routes.login(
      adminRequest("POST", "/api/admin/login", { name, password }, { "x-advisor-client": `198.51.100.${++clients}` }),
      undefined,
    );
    return [response.status, ((await response.json()) as { error: { message: string } }).error.message];
  };
  expect(await attempt("nobody", ADMIN_TEST_PASSWORD)).toEqual(await attempt("admin", "a wrong password!"));
});

test("an editor edits the draft but may not publish, import or manage accounts (403 naming the role needed)", async () => {
  const editor = await signInAs("e.editor", EDITOR_PASSWORD);
  const rating = await ratingOf(editor);
  const edited = await routes.put(
    as(editor, "PUT", "/api/admin/draft/ratings/kvm/gpu", { ...rating, score: 6 }),
    entry,
  );
  expect(edited.status).toBe(200);
  for (const [route, request] of [
    [
      routes.publish,
      as(editor, "POST", "/api/admin/draft/publish", { note: "editor tries to publish", reviewed: "x".repeat(22) }),
    ],
    [routes.import, as(editor, "POST", "/api/admin/knowledge/import", { content: {} })],
    [routes.accounts, as(editor, "GET", "/api/admin/accounts")],
    [routes.change, as(editor, "PATCH", "/api/admin/accounts/e.editor", { role: "owner" })],
  ] as const) {
    const refused = await route(request, named("e.editor"));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(
      /e\.editor, editor\) may not .* needs the (publisher|owner) role/,
    );
  }
});

test("a publisher publishes; the audit log names the editor for the edit and the publisher for the publish", async () => {
  const publisher = await signInAs("p.publisher", PUBLISHER_PASSWORD);
  const published = await routes.publish(
    as(publisher, "POST", "/api/admin/draft/publish", {
      note: "KVM GPU after review",
      reviewed: await reviewedDraft(),
    }),
    undefined,
  );
  expect(published.status).toBe(201);
  expect((await routes.accounts(as(publisher, "GET", "/api/admin/accounts"), undefined)).status).toBe(403);
  const { entries } = (await (await routes.audit(as(owner, "GET", "/api/admin/audit"), undefined)).json()) as {
    entries: { actor: string; action: string; key: string }[];
  };
  expect(entries.find((e) => e.action === "edit" && e.key === "kvm/gpu")?.actor).toBe("e.editor");
  expect(entries.find((e) => e.action === "publish")?.actor).toBe("p.publisher");
  expect(entries.find((e) => e.action === "account" && e.key === "e.editor")?.actor).toBe("admin");
});

test("disabling an account or giving it a new password ends its sessions; the last owner stays an owner", async () => {
  const editor = await signInAs("e.editor", EDITOR_PASSWORD);
  const disabled = await routes.change(
    as(owner, "PATCH", "/api/admin/accounts/e.editor", { disabled: true }),
    named("e.editor"),
  );
  expect(disabled.status).toBe(200);
  expect((await routes.draft(as(editor, "GET", "/api/admin/draft"), undefined)).status).toBe(401);
  await expect(signInAs("e.editor", EDITOR_PASSWORD)).rejects.toThrow(/401/);

  const publisher = await signInAs("p.publisher", PUBLISHER_PASSWORD);
  const newPassword = "a brand new password";
  await routes.change(
    as(owner, "PATCH", "/api/admin/accounts/p.publisher", { password: newPassword }),
    named("p.publisher"),
  );
  expect((await routes.draft(as(publisher, "GET", "/api/admin/draft"), undefined)).status).toBe(401);
  await expect(signInAs("p.publisher", PUBLISHER_PASSWORD)).rejects.toThrow(/401/);
  expect(await signInAs("p.publisher", newPassword)).toMatch(/^ha_admin=/);

  for (const change of [{ role: "publisher" }, { disabled: true }]) {
    const refused = await routes.change(as(owner, "PATCH", "/api/admin/accounts/admin", change), named("admin"));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toContain("last enabled owner");
  }
  expect(
    (await routes.change(as(owner, "PATCH", "/api/admin/accounts/nobody", { role: "editor" }), named("nobody"))).status,
  ).toBe(404);
});

test("sign out everywhere ends every session of the account, on every browser", async () => {
  const [first, second] = [await signInAs("admin", ADMIN_TEST_PASSWORD), await signInAs("admin", ADMIN_TEST_PASSWORD)];
  expect((await routes.logout(as(first, "POST", "/api/admin/logout?everywhere=1"), undefined)).status).toBe(204);
  for (const cookie of [first, second, owner]) {
    expect((await routes.draft(as(cookie, "GET", "/api/admin/draft"), undefined)).status).toBe(401);
  }
  owner = await signInAs("admin", ADMIN_TEST_PASSWORD);
});

test("a session ends after ADMIN_IDLE_MINUTES unused, and after 8 hours however busy", async () => {
  const { findAdminSession } = await import("@/lib/admin/session-service");
  const cookie = decodeURIComponent((await signInAs("admin", ADMIN_TEST_PASSWORD)).split("=")[1]!);
  const minutes = (n: number) => new Date(Date.now() + n * 60_000);
  expect(await findAdminSession(cookie, minutes(29))).not.toBeNull(); // used: the idle clock restarts
  expect(await findAdminSession(cookie, minutes(58))).not.toBeNull();
  const idle = decodeURIComponent((await signInAs("admin", ADMIN_TEST_PASSWORD)).split("=")[1]!);
  expect(await findAdminSession(idle, minutes(31))).toBeNull();
  expect(await findAdminSession(idle, minutes(1))).toBeNull(); // ended for good, not just hidden
  // Kept busy every 25 minutes, it still ends at 8 hours.
  let busy: unknown = "live";
  for (let m = 25; m < 8 * 60 + 25 && busy !== null; m += 25) busy = await findAdminSession(cookie, minutes(m));
  expect(busy).toBeNull();
});
