// Who is acting in the admin area: an account and one of its sessions. Types only, shared by the
// account, session and audit services (each imports these, none imports another for them).
import type { AdminRole } from "./roles";

export type AdminAccount = { id: string; name: string; role: AdminRole; disabled: boolean };

export type AdminSession = { id: string; ref: string; expiresAt: Date; account: AdminAccount };
