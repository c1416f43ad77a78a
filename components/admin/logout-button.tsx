"use client";
// Signs out, here or on every browser: the server deletes the session rows, so the cookies are
// worthless on every instance.
import { useState } from "react";
import styles from "./admin.module.css";
import { sendJson } from "./send-json";

export function LogoutButton() {
  const [busy, setBusy] = useState(false);
  async function logout(everywhere: boolean) {
    setBusy(true);
    await sendJson("POST", everywhere ? "/api/admin/logout?everywhere=1" : "/api/admin/logout");
    // A full load drops everything the admin pages rendered while signed in.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose, see above
    window.location.assign("/admin/login");
  }
  return (
    <span className={styles.logout}>
      <button type="button" className={styles.buttonQuiet} onClick={() => logout(false)} disabled={busy}>
        Sign out
      </button>
      <button type="button" className={styles.buttonQuiet} onClick={() => logout(true)} disabled={busy}>
        Sign out everywhere
      </button>
    </span>
  );
}
