"use client";
// What the small staff forms (sources, organizations, people, scope areas)
// share: a JSON POST through the write gate whose failure is an answer, not
// an exception, and the line that says how it went.
export type FieldErrors = Record<string, string>;
export type WriteStatusState = { kind: "idle" | "saving" | "saved" | "error"; message?: string };
export type PostAnswer = { ok: boolean; body: Record<string, unknown> & { changes?: unknown[]; agreementIds?: number[]; error?: { code?: string; fieldErrors?: FieldErrors } } };

/** The answer's JSON, or an error code the form has a message for ("network", "server"). */
export async function postJson(url: string, body: unknown): Promise<PostAnswer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!response) return { ok: false, body: { error: { code: "network" } } };
  return { ok: response.ok, body: await response.json().catch(() => ({ error: { code: "server" } })) };
}

export function WriteStatus({ status, testId }: { status: WriteStatusState; testId: string }) {
  if (status.kind === "idle" || !status.message) return null;
  const tone = status.kind === "error" ? "border-red-700 bg-red-50 text-red-900" : status.kind === "saved" ? "border-green-700 bg-green-50 text-green-900" : "border-line bg-paper";
  return (
    <p role={status.kind === "error" ? "alert" : "status"} className={`rounded border p-2 text-sm ${tone}`} data-testid={testId}>
      {status.message}
    </p>
  );
}
