// /admin/login: the sign-in form, or how to enable the admin area when no account exists and
// ADMIN_PASSWORD is unset.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import styles from "@/components/admin/admin.module.css";
import { LoginForm } from "@/components/admin/login-form";
import { adminAreaEnabled } from "@/lib/admin/account-service";
import { currentAdminSession } from "@/lib/admin/require-admin";
import { ADMIN_PASSWORD_MIN_LENGTH, getEnv } from "@/lib/config/env";
import { whileDatabaseAnswers } from "@/lib/http/unavailable-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin sign-in", robots: { index: false } };

export default async function AdminLoginPage() {
  if (!(await whileDatabaseAnswers("/admin/login", adminAreaEnabled))) {
    return (
      <article>
        <h1>Admin area disabled</h1>
        <p className={styles.notice}>
          The admin area is turned off: there is no admin account yet and <code>ADMIN_PASSWORD</code> is not set. To
          create the first account (an owner named <code>{getEnv().ADMIN_NAME}</code>), start the app with a password of
          at least {ADMIN_PASSWORD_MIN_LENGTH} characters, e.g.{" "}
          <code>ADMIN_PASSWORD=&apos;a long passphrase&apos; npm start</code>, or run <code>npm run admin:create</code>,
          then come back here.
        </p>
      </article>
    );
  }
  if (await currentAdminSession()) redirect("/admin");
  return (
    <article>
      <h1>Admin sign-in</h1>
      <p className="muted">
        For the people who maintain the knowledge base. A session ends after {getEnv().ADMIN_IDLE_MINUTES} minutes
        unused, and after 8 hours in any case.
      </p>
      <LoginForm />
    </article>
  );
}
