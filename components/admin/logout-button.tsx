"use client";
// Signs out: the server deletes the session row, so the cookie is worthless everywhere.
import { useState } from "react";
import styles from "./admin.module.css";
import { sendJson } from "./send-json";

export function LogoutButton() {
  const [busy, setBusy] = useState(false);
  async function logout() {
    setBusy(true);
    await sendJson("POST", "/api/admin/logout");
    // A full load drops everything the admin pages rendered while signed in.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose, see above
    window.location.assign("/admin/login");
  }
  return (
    <button type="button" className={styles.buttonQuiet} onClick={logout} disabled={busy}>
      Sign out
    </button>
  );
}
