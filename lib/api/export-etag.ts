// The ETag of an export (CSV or JSON). An export is streamed a batch at a
// time, so its hash is not known before its first byte goes out; instead the
// tag names everything its bytes depend on: the format and the build that
// writes it, the request's parameters, the origin its links name, the Bangkok
// day (statuses are as of today), the ids it lists, in order, and when a
// public write last changed any list. Every public write expires the lists'
// cache tag (lib/cache/invalidate.ts), in this process at once and in the
// database for every instance; the later of the two is taken.
import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { cacheDay } from "@/lib/cache/day";
import { LISTS } from "@/lib/cache/tags.mjs";
import { buildId } from "@/lib/server/build-id.mjs";
import { expiredAt } from "@/lib/server/local-expirations.mjs";

/** When a public write last changed the lists, in ms; 0 when none is recorded. */
async function listsChangedAt(): Promise<number> {
  const row = await getDb().cacheTagExpiration.findUnique({ where: { tag: LISTS }, select: { expiredAt: true } });
  return Math.max(Number(row?.expiredAt ?? 0), expiredAt(LISTS));
}

export async function exportEtag(format: "csv" | "json", request: Request, origin: string, ids: number[]): Promise<string> {
  const hash = createHash("sha256");
  for (const part of [format, buildId(), new URL(request.url).search, origin, cacheDay().today, String(await listsChangedAt()), ids.join(",")]) hash.update(part).update("\u0000");
  return `W/"${hash.digest("base64url").slice(0, 27)}"`;
}

