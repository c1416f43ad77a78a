"use client";
// The admin sign-in form: account name and password. The rules are the API's own schema; the server
// adds the rest (wrong name or password, rate limit) and the message is announced.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { adminLoginSchema, type AdminLogin } from "@/lib/admin/schema";
import styles from "./admin.module.css";
import { OutcomeMessage, SubmitButton, TextField, type Outcome } from "./form-parts";
import { sendJson } from "./send-json";
import { plainErrorMap } from "@/lib/validation/field-errors";

export function LoginForm() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<AdminLogin>({
    resolver: zodResolver(adminLoginSchema, { error: plainErrorMap }),
    defaultValues: { name: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: AdminLogin) {
    setOutcome(null);
    const result = await sendJson("POST", "/api/admin/login", values);
    if (result.ok) {
      // A full load, so every server component of the admin area renders with the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose, see above
      window.location.assign("/admin");
      return;
    }
    setOutcome({ ok: false, text: result.message });
    form.setValue("password", "");
    form.setFocus("password");
  }

  return (
    <form className={styles.form} onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <TextField
        id="login-name"
        label="Account name"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.name?.message}
        {...form.register("name")}
      />
      <TextField
        id="login-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <OutcomeMessage outcome={outcome} />
      <SubmitButton busy={isSubmitting} label="Sign in" busyLabel="Signing in…" />
    </form>
  );
}
