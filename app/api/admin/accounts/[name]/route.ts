// PATCH /api/admin/accounts/{name} {role?, disabled?, password?}: an owner changes an account.
// Disabling it or setting a new password signs it out everywhere; the last enabled owner stays one.
import { changeAccount } from "@/lib/admin/account-service";
import { adminJson } from "@/lib/admin/request";
import { requireAdminApi } from "@/lib/admin/require-admin";
import { accountChangeSchema } from "@/lib/admin/schema";
import { withApiErrors } from "@/lib/http/handler";
import { readJsonBody } from "@/lib/http/read-json";
import { parseInput } from "@/lib/http/validate";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ name: string }> };

export const PATCH = withApiErrors(async (request: Request, { params }: Context) => {
  const session = await requireAdminApi(request, "owner");
  const change = parseInput(accountChangeSchema, await readJsonBody(request, 4 * 1024));
  return adminJson({ account: await changeAccount((await params).name, change, session) });
});
