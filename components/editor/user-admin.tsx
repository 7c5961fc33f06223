"use client";
// Admins create staff accounts and change roles, passwords and whether an
// account is active through the write gate's user endpoints
// (app/api/editor/users/…): permission checked, audit entry written.
import { languageOfText } from "@/lib/i18n/pick";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: boolean | null;
  /** Seconds the account stays locked after repeated failed sign-ins; 0 if not. */
  lockedSeconds: number;
  lockedClients: number;
}

async function post(path: string, body: unknown) {
  return fetch(`/api/editor/users${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
}

/** The write API's answer: its body, or the code of its error (lib/api/write.ts). */
async function answer(response: Response) {
  const body = (await response.json().catch(() => ({}))) as { password?: string; error?: { code?: string; fieldErrors?: Record<string, string> } };
  return { password: body.password, code: body.error?.code, fieldErrors: body.error?.fieldErrors ?? {} };
}

export function UserAdmin({ users, selfId }: { users: UserRow[]; selfId: string }) {
  const t = useTranslations("Editor.users");
  const tr = useTranslations("Editor.roles");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setMessage({ ok: false, text: t("badEmail") });
    const response = await post("", { email: email.trim(), name: name.trim(), role });
    if (!response) return setMessage({ ok: false, text: t("failed") });
    const { password, fieldErrors } = await answer(response);
    // A field error is a message key of this page's messages (lib/users/admin.ts).
    const key = Object.values(fieldErrors).find((k) => t.has(k));
    if (!response.ok) return setMessage({ ok: false, text: key ? t(key) : t("failed") });
    setMessage({ ok: true, text: t("created", { email: email.trim(), password: password ?? "" }) });
    setEmail("");
    setName("");
    router.refresh();
  }

  // Deactivating signs the person out everywhere (the library drops their
  // sessions) and keeps their name in the history; nothing is deleted.
  async function setActive(user: UserRow, active: boolean) {
    if (!active && !window.confirm(t("confirmDeactivate", { email: user.email }))) return;
    const response = await post(`/${user.id}`, { action: active ? "reactivate" : "deactivate" });
    setMessage(response?.ok ? { ok: true, text: t(active ? "reactivated" : "deactivated", { email: user.email }) } : { ok: false, text: t("failed") });
    router.refresh();
  }

  // A forgotten password: a new one-time password, shown once to hand over.
  async function resetPassword(user: UserRow) {
    if (!window.confirm(t("confirmReset", { email: user.email }))) return;
    const response = await post(`/${user.id}`, { action: "reset-password" });
    const password = response?.ok ? (await answer(response)).password : undefined;
    setMessage(password ? { ok: true, text: t("passwordReset", { email: user.email, password }) } : { ok: false, text: t("failed") });
  }

  async function clearLock(user: UserRow) {
    const response = await post(`/${user.id}`, { action: "clear-lock" });
    setMessage(response?.ok ? { ok: true, text: t("lockCleared", { email: user.email }) } : { ok: false, text: t("failed") });
    router.refresh();
  }

  async function changeRole(userId: string, next: Role) {
    const response = await post(`/${userId}`, { action: "set-role", role: next });
    setMessage(response?.ok ? { ok: true, text: t("roleChanged") } : { ok: false, text: t("failed") });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-6">
      {message ? (
        <p role="status" className={message.ok ? "rounded border border-green-700 bg-green-50 p-3 text-sm" : "rounded border border-red-700 bg-red-50 p-3 text-sm font-semibold text-red-900"} data-testid="user-admin-status">
          {message.text}
        </p>
      ) : null}
      <table className="w-full border-collapse bg-paper text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">{t("email")}</th>
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("role")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="p-2">{u.email}</td>
              {/* A name as the staff member typed it, in whatever script. */}
              <td className="p-2" lang={u.name ? languageOfText(u.name) : undefined}>
                {u.name}
              </td>
              <td className="p-2">
                {u.id === selfId ? (
                  tr((u.role ?? "viewer") as Role)
                ) : (
                  <select aria-label={t("roleOf", { email: u.email })} value={u.role ?? "viewer"} onChange={(e) => void changeRole(u.id, e.target.value as Role)} className="rounded border border-line px-1 py-0.5">
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </select>
                )}
              </td>
              <td className="p-2">
                <span className="me-2">{u.banned ? t("inactive") : t("active")}</span>
                {u.lockedSeconds > 0 ? (
                  <span className="me-2 font-semibold" data-testid="locked">
                    {t("locked", { minutes: Math.ceil(u.lockedSeconds / 60), clients: u.lockedClients })}{" "}
                    <button type="button" onClick={() => void clearLock(u)} className="rounded border border-line px-2 py-0.5 text-xs font-normal hover:bg-wash" aria-label={`${t("clearLock")}: ${u.email}`}>
                      {t("clearLock")}
                    </button>
                  </span>
                ) : null}
                {u.id === selfId ? null : (
                  <button type="button" onClick={() => void resetPassword(u)} className="me-2 rounded border border-line px-2 py-0.5 text-xs hover:bg-wash" aria-label={`${t("resetPassword")}: ${u.email}`}>
                    {t("resetPassword")}
                  </button>
                )}
                {u.id === selfId ? null : (
                  <button type="button" onClick={() => void setActive(u, Boolean(u.banned))} className="rounded border border-line px-2 py-0.5 text-xs hover:bg-wash" aria-label={`${u.banned ? t("reactivate") : t("deactivate")}: ${u.email}`}>
                    {u.banned ? t("reactivate") : t("deactivate")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={create} noValidate className="flex max-w-md flex-col gap-3 rounded border border-line bg-paper p-4">
        <h2 className="font-semibold">{t("add")}</h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="new-user-email" className="text-sm font-semibold">
            {t("email")}
          </label>
          <input id="new-user-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} className="rounded border border-line px-2 py-1" required />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="new-user-name" className="text-sm font-semibold">
            {t("name")}
          </label>
          <input id="new-user-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} className="rounded border border-line px-2 py-1" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="new-user-role" className="text-sm font-semibold">
            {t("role")}
          </label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className="rounded border border-line px-2 py-1">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="self-start rounded bg-brand px-3 py-1.5 font-semibold text-paper">
          {t("create")}
        </button>
      </form>
    </div>
  );
}
