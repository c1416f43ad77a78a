// GET /api/admin/accounts: every admin account with its role and live sessions (owners only).
// POST /api/admin/accounts {name, role, password}: adds one (owners only); 409 if the name is taken.
import { createAccount, listAccounts } from "@/lib/admin/account-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { newAccountSchema } from "@/lib/admin/schema";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request) => {
  await requireAdminApi(request, "owner");
  return adminJson({ accounts: await listAccounts() });
});

export const POST = withApiErrors(async (request: Request) => {
  const session = await requireAdminApi(request, "owner");
  const input = parseInput(newAccountSchema, await readJsonBody(request, 4 * 1024));
  return adminJson({ account: await createAccount(input, session) }, { status: 201 });
});
