// /admin/login: the sign-in form, or how to enable the admin area when ADMIN_PASSWORD is unset.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import styles from "@/components/admin/admin.module.css";
import { LoginForm } from "@/components/admin/login-form";
import { currentAdminSession } from "@/lib/admin/require-admin";
import { adminPassword } from "@/lib/admin/session-service";
import { ADMIN_PASSWORD_MIN_LENGTH } from "@/lib/config/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Admin sign-in", robots: { index: false } };

export default async function AdminLoginPage() {
  if (!adminPassword()) {
    return (
      <article>
        <h1>Admin area disabled</h1>
        <p className={styles.notice}>
          The admin area is turned off because <code>ADMIN_PASSWORD</code> is not set. To enable it, start the app with
          a password of at least {ADMIN_PASSWORD_MIN_LENGTH} characters, e.g.{" "}
          <code>ADMIN_PASSWORD=&apos;a long passphrase&apos; npm start</code>, then come back here.
        </p>
      </article>
    );
  }
  if (await currentAdminSession()) redirect("/admin");
  return (
    <article>
      <h1>Admin sign-in</h1>
      <p className="muted">For the people who maintain the knowledge base. Sessions last 8 hours.</p>
      <LoginForm />
    </article>
  );
}
