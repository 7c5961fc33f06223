import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { freePort } from "@/lib/db/embedded";
import { db } from "../helpers/db";

describe("isDatabaseUnavailable", () => {
  it("recognises a real client's error when nothing listens on the port", async () => {
    const port = await freePort();
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${port}/none`, connectionTimeoutMillis: 2000 }) });
    const error = await client.agreement.findMany().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    await client.$disconnect();
  });

  it("does not mistake a query error for an outage", async () => {
    const error = await db.$queryRawUnsafe("SELECT no_such_column FROM \"Agreement\"").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
