// `npm run check:citations`: checks every citation's quote against its
// source's archived copy (lib/sources/quote-check.ts), brings the flags the
// staff pages show up to date, and names every quote not found. Exits 1 when
// any is not found, 2 when the check could not run, 0 otherwise. Citations
// of sources without an archive are counted, not failed: there is nothing to
// check them against yet.
// Uses DATABASE_URL, or the embedded database (lib/db/command-line.ts).
import { printable } from "@/lib/cli/printable";
import { openCommandDatabase } from "@/lib/db/command-line";

const root = process.cwd();

async function main(): Promise<number> {
  const database = await openCommandDatabase(root);
  try {
    const { getDb } = await import("@/lib/db/client");
    const { refreshQuoteChecks } = await import("@/lib/sources/archive");
    const db = getDb();
    const result = await db.$transaction((tx) => refreshQuoteChecks(tx, "all"), { timeout: 300_000, maxWait: 30_000 });
    const rows = await db.citation.findMany({
      where: { id: { in: result.notFound.map((n) => n.citationId) } },
      select: { id: true, facts: { select: { fact: true } }, quote: true, agreement: { select: { slug: true } }, source: { select: { key: true } } },
      orderBy: [{ agreementId: "asc" }, { id: "asc" }],
    });
    for (const c of rows) {
      const quote = c.quote.length > 80 ? `${c.quote.slice(0, 79)}…` : c.quote;
      // Everything but the id comes from editors: printed with its control characters shown, never obeyed.
      console.log(printable(`not found: ${c.agreement.slug} · ${[...new Set(c.facts.map((f) => f.fact))].join(", ")} · citation ${c.id} · source ${c.source.key}: “${quote}”`));
    }
    console.log(`[registry] ${result.checked} quotes checked against archived copies, ${result.notFound.length} not found; ${result.unchecked} cite sources without an archive`);
    return result.notFound.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[registry] error: ${printable(error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error))}`);
    process.exit(2);
  },
);
