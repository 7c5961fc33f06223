// Which statements are prepared once per connection (lib/db/prepared.ts):
// those marked, each under a name of its own text; and not on the embedded
// database, whose connections share one session.
import { describe, expect, it } from "vitest";
import { PREPARED, sharesOneSession, statementName } from "@/lib/db/prepared";

describe("prepared statements", () => {
  it("names a marked statement after its text: the same text, the same name; another text, another name", () => {
    const text = `${PREPARED}\n SELECT $1::int`;
    const name = statementName(text)!;
    expect(name).toMatch(/^r[\w-]+$/);
    // PostgreSQL cuts names at 63 bytes.
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(statementName(`${text}`)).toBe(name);
    expect(statementName(`${PREPARED}\n SELECT $1::text`)).not.toBe(name);
  });

  it("leaves every other statement unnamed (Prisma's own vary with the length of their lists)", () => {
    expect(statementName('SELECT "id" FROM "Agreement" WHERE "id" IN ($1, $2)')).toBeUndefined();
    expect(statementName(` ${PREPARED} SELECT 1`)).toBeUndefined();
  });

  it("knows the embedded database by its version, and PostgreSQL's own server as not it", () => {
    expect(sharesOneSession("PostgreSQL 18.6 (PGlite 0.5.14) on wasm32-unknown-emscripten, compiled by emcc 6.0.5, 32-bit")).toBe(true);
    expect(sharesOneSession("PostgreSQL 15.20 (Debian 15.20-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit")).toBe(false);
  });
});
