// A staff member changes their own password (issue 14, part 6): through the
// write gate, the current password first, the new one long enough and new;
// the old one stops working, other browsers are signed out, this one is not;
// audited without the password.
import { describe, expect, it } from "vitest";
import { POST as changePassword } from "@/app/api/editor/account/password/route";
import { getAuth } from "@/lib/auth/auth";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { db } from "../helpers/db";
import { createStaff, TEST_PASSWORD } from "../helpers/staff";

const ORIGIN = "http://registry.test";
const NEW_PASSWORD = "a-new-and-longer-password";

const change = (cookie: string, body: unknown) =>
  changePassword(new Request(`${ORIGIN}/api/editor/account/password`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie }, body: JSON.stringify(body) }));

async function signIn(email: string, password: string): Promise<string | null> {
  try {
    const { headers } = await getAuth().api.signInEmail({ body: { email, password }, returnHeaders: true });
    return headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  } catch {
    return null;
  }
}
const sessionOf = (cookie: string) => getAuth().api.getSession({ headers: new Headers({ cookie }) });

describe("changing one's own password", () => {
  it("asks for the current password and a new, long enough one, each refusal a message in both languages", async () => {
    const { cookie } = await createStaff("viewer");
    const refusals = [
      [{ currentPassword: "not-my-password", newPassword: NEW_PASSWORD }, "currentPassword", "wrongCurrent"],
      [{ currentPassword: TEST_PASSWORD, newPassword: "short" }, "newPassword", "passwordTooShort"],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, "newPassword", "passwordUnchanged"],
      [{ currentPassword: "", newPassword: NEW_PASSWORD }, "currentPassword", "currentRequired"],
    ] as const;
    for (const [body, field, key] of refusals) {
      const response = await change(cookie, body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.fieldErrors[field]).toBe(key);
      expect(th.Editor.account[key]).toBeTruthy();
      expect(en.Editor.account[key]).toBeTruthy();
    }
    expect((await change("", { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
  });

  it("changes it: the old one stops working, the new one works, other browsers are signed out, this one is not; audited without the password", async () => {
    const { email, cookie } = await createStaff("editor");
    const otherBrowser = (await signIn(email, TEST_PASSWORD))!;
    expect(await sessionOf(otherBrowser)).not.toBeNull();

    const response = await change(cookie, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(200);
    expect(await signIn(email, TEST_PASSWORD)).toBeNull();
    expect(await signIn(email, NEW_PASSWORD)).not.toBeNull();
    expect(await sessionOf(cookie)).not.toBeNull();
    expect(await sessionOf(otherBrowser)).toBeNull();

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const entries = await db.auditEntry.findMany({ where: { target: `user:${user.id}`, action: "account.change-password" } });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(entries)).not.toContain(TEST_PASSWORD);
  });
});
