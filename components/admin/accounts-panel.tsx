"use client";
// The accounts table and the form that adds one. Every change goes to the accounts API, whose
// schemas (lib/admin/schema.ts) check the form too; the server's answer is announced.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { AccountSummary } from "@/lib/admin/account-service";
import { ADMIN_ROLES, ROLE_DESCRIPTIONS, type AdminRole } from "@/lib/admin/roles";
import { ACCOUNT_PASSWORD_MIN_LENGTH, newAccountSchema, type NewAccountInput } from "@/lib/admin/schema";
import styles from "./admin.module.css";
import { OutcomeMessage, SubmitButton, TextField, type Outcome } from "./form-parts";
import { sendJson } from "./send-json";
import { plainErrorMap } from "@/lib/validation/field-errors";

export function AccountsPanel({ accounts, self }: { accounts: AccountSummary[]; self: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<Outcome>(null);

  async function change(name: string, body: Record<string, unknown>, done: string) {
    const result = await sendJson("PATCH", `/api/admin/accounts/${encodeURIComponent(name)}`, body);
    setMessage(result.ok ? { ok: true, text: done } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  }

  async function resetPassword(name: string, password: string) {
    await change(name, { password }, `${name} has a new password and was signed out everywhere.`);
  }

  return (
    <>
      <OutcomeMessage outcome={message} />
      <div className={styles.tableWrap}>
        <table className={`${styles.table} ${styles.accountsTable}`}>
          <caption className="visually-hidden">Admin accounts</caption>
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Signed in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.name}
                  {a.name === self && <span className="muted"> (you)</span>}
                </th>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${a.id}`}>
                    Role of {a.name}
                  </label>
                  <select
                    id={`role-${a.id}`}
                    value={a.role}
                    onChange={(event) =>
                      change(
                        a.name,
                        { role: event.target.value as AdminRole },
                        `${a.name} is now ${event.target.value}.`,
                      )
                    }
                  >
                    {ADMIN_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{a.disabled ? "disabled" : "enabled"}</td>
                <td>
                  {a.activeSessions} session{a.activeSessions === 1 ? "" : "s"}
                </td>
                <td className={styles.rowActions}>
                  {a.name !== self && (
                    <button
                      type="button"
                      className={a.disabled ? styles.buttonQuiet : styles.buttonDanger}
                      onClick={() =>
                        change(
                          a.name,
                          { disabled: !a.disabled },
                          a.disabled ? `${a.name} is enabled.` : `${a.name} is disabled and was signed out everywhere.`,
                        )
                      }
                    >
                      {a.disabled ? "Enable" : "Disable"}
                      <span className="visually-hidden"> {a.name}</span>
                    </button>
                  )}
                  <NewPassword name={a.name} onSet={(password) => resetPassword(a.name, password)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewAccountForm onDone={(text) => (setMessage({ ok: true, text }), router.refresh())} />
    </>
  );
}

/** A new password for one account, typed into a password field (never shown) and set on submit. */
function NewPassword({ name, onSet }: { name: string; onSet: (password: string) => Promise<void> }) {
  const [password, setPassword] = useState("");
  const id = `password-${name}`;
  return (
    <details className={styles.inlineForm}>
      <summary>
        New password<span className="visually-hidden"> for {name}</span>
      </summary>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          await onSet(password);
          setPassword("");
        }}
      >
        <label htmlFor={id}>
          New password for {name} (at least {ACCOUNT_PASSWORD_MIN_LENGTH} characters)
        </label>
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className={styles.buttonQuiet}>
          Set<span className="visually-hidden"> the new password for {name}</span>
        </button>
      </form>
    </details>
  );
}

function NewAccountForm({ onDone }: { onDone: (text: string) => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<NewAccountInput>({
    resolver: zodResolver(newAccountSchema, { error: plainErrorMap }),
    defaultValues: { name: "", role: "editor", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: NewAccountInput) {
    setOutcome(null);
    const result = await sendJson("POST", "/api/admin/accounts", values);
    if (!result.ok) return setOutcome({ ok: false, text: result.message });
    form.reset();
    onDone(`${values.name} was added as ${values.role}.`);
  }

  return (
    <section className={styles.panel} aria-labelledby="add-account">
      <h2 id="add-account">Add an account</h2>
      <form className={styles.form} onSubmit={form.handleSubmit(onSubmit)} noValidate>
        <TextField
          id="new-name"
          label="Name"
          hint="Lower-case letters, digits, dots and dashes; the audit log shows it (e.g. j.smith)."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.name?.message}
          {...form.register("name")}
        />
        <div className={styles.field}>
          <label htmlFor="new-role">Role</label>
          <select id="new-role" {...form.register("role")}>
            {ADMIN_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}: {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="new-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
        <OutcomeMessage outcome={outcome} />
        <SubmitButton busy={isSubmitting} label="Add account" busyLabel="Adding…" />
      </form>
    </section>
  );
}
