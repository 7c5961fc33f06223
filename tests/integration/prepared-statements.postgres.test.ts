// A search's statements are prepared once per connection and then only bound
// and executed (lib/db/prepared.ts, lib/search/query.ts). PostgreSQL only:
// on the embedded database, whose connections share one session, they are
// sent unnamed (the embedded run of the other search tests, concurrent
// searches among them, would fail on a name prepared twice).
import { beforeAll, describe, expect, it } from "vitest";
import { findAgreementSummaries } from "@/lib/agreements/find";
import { findParamsSchema } from "@/lib/agreements/filters";
import { PREPARED } from "@/lib/db/prepared";
import { db, seeded } from "../helpers/db";

beforeAll(async () => {
  await seeded();
});

describe("prepared search statements", () => {
  it("prepares a search's statements once and runs them again for other words", async () => {
    // One after another, so node-postgres hands them the same connection
    // (its pool gives the one released last), as it does the check below.
    const totals: number[] = [];
    for (const q of ["postal", "cyber", "broadband", "satellite", "digital", "ไปรษณีย์", "郵便", "Japan", "Thailand", "security"])
      totals.push((await findAgreementSummaries(findParamsSchema.parse({ q, lang: "en" }))).total);
    expect(totals[0]).toBeGreaterThan(0);
    const statements = await db.$queryRaw<Array<{ statement: string; runs: bigint }>>`
      SELECT "statement", "generic_plans" + "custom_plans" AS "runs" FROM pg_prepared_statements WHERE "statement" LIKE ${`${PREPARED}%`}`;
    // The first searches may go unnamed while the server is asked what it is.
    const runs = statements.map((s) => Number(s.runs));
    expect(Math.max(0, ...runs)).toBeGreaterThanOrEqual(5);
    // Only the marked statements are named: Prisma's own vary with their lists' lengths.
    const named = await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM pg_prepared_statements WHERE "statement" NOT LIKE ${`${PREPARED}%`}`;
    expect(Number(named[0]?.n)).toBe(0);
  });
});
