// The one writer of audit entries: the write gate after each committed staff
// write (lib/api/write.ts), the sign-in hooks (lib/auth/auth.ts) and the
// command that makes an account (`npm run user:create`). A failure
// to write one is logged, never turned into a failed request: what it
// records has already happened.
import { getDb } from "@/lib/db/client";

export interface AuditRecord {
  actorId?: string | null;
  actorEmail: string;
  client: string | null;
  /** "agreement.update", "user.set-role", "session.sign-in", … */
  action: string;
  /** "agreement:12", "user:<id>", "account:<e-mail>" */
  target: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(entry: AuditRecord): Promise<void> {
  try {
    await getDb().auditEntry.create({
      data: { actorId: entry.actorId ?? null, actorEmail: entry.actorEmail, client: entry.client, action: entry.action, target: entry.target, details: (entry.details ?? {}) as object },
    });
  } catch (error) {
    console.error(`audit entry not written for ${entry.action} ${entry.target} by ${entry.actorEmail}:`, error);
  }
}
