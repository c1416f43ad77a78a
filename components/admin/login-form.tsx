"use client";
// The admin sign-in form. The password rule is the API's own schema; the server adds the rest
// (wrong password, rate limit) and the message is announced.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { adminLoginSchema, type AdminLogin } from "@/lib/admin/schema";
import styles from "./admin.module.css";
import { sendJson } from "./send-json";

export function LoginForm() {
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<AdminLogin>({ resolver: zodResolver(adminLoginSchema), defaultValues: { password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: AdminLogin) {
    setServerError(null);
    const result = await sendJson("POST", "/api/admin/login", values);
    if (result.ok) {
      // A full load, so every server component of the admin area renders with the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose, see above
      window.location.assign("/admin");
      return;
    }
    setServerError(result.message);
    form.setValue("password", "");
    form.setFocus("password");
  }

  return (
    <form className={styles.form} onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <label className={styles.field}>
        <span>Admin password</span>
        <input
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="password-error"
        />
        <span id="password-error" className={styles.error}>
          {errors.password?.message && `Password ${errors.password.message}`}
        </span>
      </label>
      {serverError && (
        <p className={styles.alert} role="alert">
          {serverError}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
