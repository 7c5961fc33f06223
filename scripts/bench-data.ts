// `BENCH_DATABASE_URL=postgresql://… npm run bench:data -- --count N`
// Drops and recreates that database, applies the migrations, loads the
// curated records, then adds N generated published public agreements plus
// N/10 drafts and N/10 internal ones — in Thai and English, with parties,
// signatories, scope areas, dates of every precision, terms, renewals,
// terminations, so every status occurs — through the editor's own code:
// each record is checked by the form's schema and saved by createAgreement
// (search index, listing facts and revision in its transaction), then
// published by changePublication. Prints how long it took.
// `DATABASE_URL=<same> npm start` then serves it.
import { parseArgs } from "node:util";
import pg from "pg";
import { migrateDeploy } from "@/lib/db/migrate";
import type { AgreementInput } from "@/lib/editor/schema";

export const topics = [
  ["ความมั่นคงปลอดภัยทางไซเบอร์", "cybersecurity"],
  ["กิจการไปรษณีย์", "postal services"],
  ["ดาวเทียมสื่อสาร", "communication satellites"],
  ["ปัญญาประดิษฐ์", "artificial intelligence"],
  ["เมืองอัจฉริยะ", "smart cities"],
  ["โครงข่าย 5G", "5G networks"],
  ["ข้อมูลเปิดภาครัฐ", "open government data"],
  ["การพัฒนาบุคลากรดิจิทัล", "digital skills"],
  ["การเตือนภัยพิบัติ", "disaster warning"],
  ["บรอดแบนด์ในชนบท", "rural broadband"],
  ["การกระจายเสียงดิจิทัล", "digital broadcasting"],
  ["พาณิชย์อิเล็กทรอนิกส์", "electronic commerce"],
] as const;
export const people = [
  ["ทาคาอิชิ", "Takaichi"],
  ["คาเนโกะ", "Kaneko"],
  ["โยชิดะ", "Yoshida"],
  ["ซูซูกิ", "Suzuki"],
  ["ทานากะ", "Tanaka"],
  ["วาตานาเบะ", "Watanabe"],
  ["สมชาย ใจดี", "Somchai Jaidee"],
  ["สุดารัตน์ ศรีสุข", "Sudarat Srisuk"],
] as const;

// Deterministic pseudo-random numbers, so every run builds the same data.
let seed = 42;
export const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  // The high bits: an LCG's low bits repeat with a short period.
  return Math.floor(seed / 65_536) % n;
};
const pick = <T>(items: readonly T[]): T => items[rand(items.length)]!;

async function sql(connection: string, text: string) {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A date at a random precision: "2019", "2019-04" or "2019-04-17". */
function partialDateText(year: number): string {
  const month = String(1 + rand(12)).padStart(2, "0");
  const day = String(1 + rand(28)).padStart(2, "0");
  return [`${year}`, `${year}-${month}`, `${year}-${month}-${day}`, `${year}-${month}-${day}`][rand(4)]!;
}

interface Reference {
  orgIds: number[];
  scopeIds: number[];
  sourceIds: number[];
}

function generated(n: number, ref: Reference, kind: "published" | "draft" | "internal"): AgreementInput {
  const [t1th, t1en] = pick(topics);
  const [t2th, t2en] = pick(topics);
  const year = 2010 + rand(17);
  const signedOn = rand(5) === 0 ? "" : partialDateText(year);
  const term = pick(["", 12, 36, 60, 60] as const);
  const ends = rand(6);
  const [p1, p2] = [pick(ref.orgIds), pick(ref.orgIds)];
  const parties = p1 === p2 ? [p1] : [p1, p2];
  const [nameTh, nameEn] = pick(people);
  const events: AgreementInput["events"] = [];
  if (!signedOn) events.push({ type: "CABINET_APPROVAL", date: partialDateText(year), descriptionTh: "คณะรัฐมนตรีเห็นชอบ", descriptionEn: "Cabinet approval" });
  if (ends === 0) events.push({ type: "TERMINATION", date: partialDateText(Math.min(2026, year + 3)), descriptionTh: "ยุติความตกลง", descriptionEn: "Terminated" });
  if (ends === 1) events.push({ type: "REPORTED_IN_EFFECT", date: partialDateText(Math.min(2026, year + 1)), descriptionTh: "รายงานว่ายังมีผลใช้บังคับ", descriptionEn: "Reported in effect" });
  return {
    slug: `generated-${kind}-${n}`,
    kind: rand(3) === 0 ? "MEMORANDUM_OF_UNDERSTANDING" : "MEMORANDUM_OF_COOPERATION",
    legalNature: null,
    originalLanguage: "th",
    visibility: kind === "internal" ? "INTERNAL" : "PUBLIC",
    titleTh: `บันทึกความร่วมมือด้าน${t1th}และ${t2th} ฉบับที่ ${n}`,
    titleEn: `Memorandum of Cooperation on ${t1en} and ${t2en} No. ${n}`,
    titleJa: "",
    summaryTh: `ความร่วมมือระหว่างหน่วยงานไทยและญี่ปุ่นในด้าน${t1th} รวมถึงการแลกเปลี่ยนผู้เชี่ยวชาญและการจัดประชุมร่วมด้าน${t2th}`,
    summaryEn: `Cooperation between Thai and Japanese agencies on ${t1en}, including expert exchanges and joint meetings on ${t2en}.`,
    summaryJa: "",
    internalNote: kind === "internal" ? "Generated for the benchmark" : "",
    cabinetApprovalOn: "",
    signedOn,
    signedAtTh: "",
    signedAtEn: "",
    signedAtJa: "",
    effectiveOn: signedOn && ends === 2 ? signedOn : "",
    expiresOn: ends === 3 ? partialDateText(year + 3) : "",
    termMonths: term,
    automaticRenewal: pick(["unknown", "yes", "no"] as const),
    terminationNoticeMonths: term === "" ? "" : 6,
    parties: parties.map((organizationId) => ({ organizationId, newOrganization: null })),
    signatories: [{ nameTh, nameEn, positionTh: "รัฐมนตรี", positionEn: "Minister", party: 0, role: "SIGNATORY", planned: false }],
    scopeAreas: [...new Set([pick(ref.scopeIds), pick(ref.scopeIds)])].map((scopeAreaId) => ({ scopeAreaId, newScopeArea: null })),
    events,
    relations: [],
    sources: [{ sourceId: pick(ref.sourceIds), newSource: null }],
    citations: [{ source: 0, quote: `Generated record ${n}`, quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", facts: [{ fact: "title", row: null }] }],
  } as AgreementInput;
}

/** Fills `url` from scratch with the curated records and `count` generated ones. */
export async function fillDatabase(url: string, count: number, log = console.log, render: Array<"records" | "lists"> = ["records", "lists"], copies = 1): Promise<void> {
  const started = Date.now();
  const target = new URL(url);
  const dbName = decodeURIComponent(target.pathname.slice(1));
  const admin = Object.assign(new URL(url), { pathname: "/postgres" }).toString();
  await sql(admin, `DROP DATABASE IF EXISTS "${dbName.replace(/"/g, '""')}" WITH (FORCE)`);
  await sql(admin, `CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const { seed: seedRegistry } = await import("../prisma/seed");
  const { getDb } = await import("@/lib/db/client");
  const { agreementInputSchema } = await import("@/lib/editor/schema");
  const { createAgreement } = await import("@/lib/editor/save");
  const { changePublication } = await import("@/lib/editor/publication");
  const db = getDb();
  await seedRegistry(db);
  const user = await db.user.create({ data: { id: "bench-generator", email: "bench-generator@localhost", name: "Benchmark generator", role: "editor", emailVerified: false } });
  const actor = { id: user.id, email: user.email, name: user.name, role: "editor" as const };
  // The people exist before the parallel saves, which would otherwise race to
  // create the same person (see the note on issue 10).
  for (const [nameTh, nameEn] of people) {
    if (!(await db.person.findFirst({ where: { nameTh, nameEn } }))) await db.person.create({ data: { slug: `generated-${nameEn.toLowerCase().replace(/\W+/g, "-")}`, nameTh, nameEn } });
  }
  const ref: Reference = {
    orgIds: (await db.organization.findMany({ select: { id: true } })).map((r) => r.id),
    scopeIds: (await db.scopeArea.findMany({ select: { id: true } })).map((r) => r.id),
    sourceIds: (await db.source.findMany({ select: { id: true } })).map((r) => r.id),
  };

  const jobs: Array<() => AgreementInput & { publish: boolean }> = [];
  for (let n = 1; n <= count; n++) jobs.push(() => ({ ...generated(n, ref, "published"), publish: true }));
  for (let n = 1; n <= Math.floor(count / 10); n++) jobs.push(() => ({ ...generated(n, ref, "draft"), publish: false }));
  for (let n = 1; n <= Math.floor(count / 10); n++) jobs.push(() => ({ ...generated(n, ref, "internal"), publish: true }));

  let done = 0;
  let next = 0;
  // A few saves at a time: each is its own transaction, as editors' are.
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < jobs.length) {
        const { publish, ...raw } = jobs[next++]!();
        const input = agreementInputSchema.parse(raw);
        const saved = await createAgreement(db, actor, input);
        if (publish) await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
        if (++done % 5000 === 0) log(`  ${done} / ${jobs.length} saved (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        // Fresh statistics while the tables grow from nothing (autovacuum lags behind a fill this fast): with
        // the empty tables' statistics PostgreSQL scanned every search document for each word a draft's save
        // looks up (lib/search/index-agreement.ts), 120–250 ms a save at 1,000 records instead of ~2 ms.
        if (done % 1000 === 0) await db.$executeRawUnsafe("ANALYZE");
      }
    }),
  );
  // VACUUM too: without it the visibility map is empty and every count reads the heap (60 ms where 2 ms will do), as autovacuum would have done by then on a real registry.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  await db.$disconnect();
  log(`bench:data: ${count} published + ${Math.floor(count / 10)} drafts + ${Math.floor(count / 10)} internal agreements (plus the 5 curated) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await copyGenerated(url, copies, log);
  if (render.length > 0) await renderAll(url, log, render);
}

/**
 * `--copies N`: the generated records (published, drafts and internal), each
 * with its parties, signatories, scope areas, events, citations and the facts
 * they cite, status periods, deadlines and search document, copied N − 1
 * times in SQL under new ids and slugs ("generated-published-12-copy-3"):
 * `--count 10000 --copies 10` serves 100,000 published records. Saving
 * 110,000 more records through the editor takes about three hours on this
 * machine (node-bound: ~70 ms of CPU a save); copying takes minutes. The
 * copies have their originals' words, so a search matches N times as many.
 * Their revisions are copied too (their snapshots keep the original's slug).
 */
export async function copyGenerated(url: string, copies: number, log = console.log): Promise<void> {
  if (copies <= 1) return;
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columnsOf = async (table: string) =>
      (await client.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND table_schema = 'public' ORDER BY ordinal_position`, [table])).rows.map((r) => r.column_name);
    const maxId = async (table: string, column = "id") => Number((await client.query<{ n: string | null }>(`SELECT max("${column}") AS n FROM "${table}"`)).rows[0]?.n ?? 0);
    // Each copy k shifts a table's ids by k × its largest id: copies never collide, and a row's references shift with the rows they name.
    const shifts: Record<string, number> = {};
    for (const table of ["Agreement", "AgreementStatusPeriod", "AgreementParty", "Signatory", "AgreementScopeArea", "AgreementEvent", "Citation", "CitationFact", "AgreementDeadline", "Revision"]) shifts[table] = await maxId(table);
    const references: Record<string, Record<string, string>> = {
      Agreement: { id: "Agreement" },
      AgreementStatusPeriod: { id: "AgreementStatusPeriod", agreementId: "Agreement" },
      AgreementParty: { id: "AgreementParty", agreementId: "Agreement" },
      Signatory: { id: "Signatory", agreementId: "Agreement" },
      AgreementScopeArea: { id: "AgreementScopeArea", agreementId: "Agreement" },
      AgreementEvent: { id: "AgreementEvent", agreementId: "Agreement" },
      Citation: { id: "Citation", agreementId: "Agreement" },
      CitationFact: { id: "CitationFact", citationId: "Citation", partyId: "AgreementParty", signatoryId: "Signatory", scopeAreaLinkId: "AgreementScopeArea", eventId: "AgreementEvent" },
      AgreementDeadline: { id: "AgreementDeadline", agreementId: "Agreement" },
      SearchDocument: { agreementId: "Agreement" },
      // A record's history (its snapshots name the original's slug); without one, the start would write an import revision for each copy.
      Revision: { id: "Revision", agreementId: "Agreement" },
    };
    // Which rows belong to a generated record (the curated ones are not copied).
    const owned: Record<string, string> = {
      Agreement: `t."slug" LIKE 'generated-%'`,
      CitationFact: `t."relationId" IS NULL AND EXISTS (SELECT 1 FROM "Citation" c JOIN "Agreement" g ON g."id" = c."agreementId" WHERE c."id" = t."citationId" AND g."slug" LIKE 'generated-%')`,
    };
    const ownedByAgreement = `EXISTS (SELECT 1 FROM "Agreement" g WHERE g."id" = t."agreementId" AND g."slug" LIKE 'generated-%')`;
    await client.query("BEGIN");
    for (let k = 1; k < copies; k++) {
      for (const [table, shifted] of Object.entries(references)) {
        const columns = await columnsOf(table);
        const select = columns.map((column) => {
          if (table === "Agreement" && column === "slug") return `t."slug" || '-copy-' || ${k}`;
          const target = shifted[column];
          return target ? `t."${column}" + ${k * shifts[target]!}` : `t."${column}"`;
        });
        // Originals only (ids up to the shift), not the copies made before.
        const original = table in shifts ? `t."id" <= ${shifts[table]}` : `t."agreementId" <= ${shifts.Agreement}`;
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${select.join(", ")} FROM "${table}" t WHERE ${original} AND ${owned[table] ?? ownedByAgreement}`);
      }
      log(`  copy ${k + 1} of ${copies} written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    for (const table of Object.keys(shifts)) await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max("id") FROM "${table}"))`);
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
  log(`bench:data: the generated records copied to ${copies} times as many in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * What editors' saves pay (lib/cache/render-on-write.ts): each record's page
 * in each language and its API answer, and the unfiltered list's pages,
 * rendered into the shared store. Here `npm start` serves the database and
 * those answers are asked for, two at a time (the machine's cores); those
 * already stored for today are not rendered again. Needs `npm run build`.
 * `parts`: "records", "lists" or both (the default).
 */
export async function renderAll(url: string, log = console.log, parts: Array<"records" | "lists"> = ["records", "lists"]): Promise<{ renders: number; seconds: number }> {
  const { listAnswers, recordAnswers } = await import("@/lib/cache/render-on-write");
  const { PAGE_SIZE } = await import("@/lib/agreements/filters");
  const { query: rows } = await import("./bench-tools");
  const slugs = (await rows<{ slug: string }>(url, `SELECT "slug" FROM "Agreement" WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC' ORDER BY "id"`)).map((r) => r.slug);
  const paths = [...(parts.includes("records") ? slugs.flatMap(recordAnswers) : []), ...(parts.includes("lists") ? listAnswers(Math.ceil(slugs.length / PAGE_SIZE)) : [])];
  const what = [...(parts.includes("records") ? ["record pages th/en/ja and API answers"] : []), ...(parts.includes("lists") ? ["the unfiltered list's pages th/en/ja"] : [])].join(", ");
  return renderPaths(url, paths, `${what} of ${slugs.length} public records`, log);
}

/** These answers asked for from `npm start` on the database, two at a time, so that they are rendered into the shared store. */
export async function renderPaths(url: string, paths: string[], what: string, log = console.log): Promise<{ renders: number; seconds: number }> {
  const { serveDatabase } = await import("./bench-tools");
  const served = await serveDatabase(url);
  const started = Date.now();
  let renders = 0;
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      Array.from({ length: 2 }, async () => {
        while (next < paths.length) {
          const answer = await fetch(served.origin + paths[next++]!, { headers: { "accept-encoding": "gzip" } });
          await answer.arrayBuffer();
          if (!answer.headers.get("x-registry-cache")) renders++;
          if (++done % 10_000 === 0) log(`  ${done} / ${paths.length} answers (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
      }),
    );
  } finally {
    await served.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  log(`bench:data: ${paths.length} answers (${what}), ${renders} rendered into the store in ${seconds.toFixed(0)} s (${(renders / Math.max(seconds, 0.001)).toFixed(1)} a second)`);
  return { renders, seconds };
}

if (process.argv[1]?.endsWith("bench-data.ts")) {
  // --render records|lists|none: what to render after filling (both by default; "none" leaves it to bench:crawl or --render-only).
  // --copies N: the generated records copied in SQL to N times as many (copyGenerated).
  const { values } = parseArgs({ options: { count: { type: "string", default: "10000" }, copies: { type: "string", default: "1" }, "render-only": { type: "boolean", default: false }, render: { type: "string", default: "records,lists" } } });
  const render = values.render.split(",").filter((part): part is "records" | "lists" => part === "records" || part === "lists");
  const url = process.env.BENCH_DATABASE_URL;
  const count = Number(values.count);
  if (!url || !Number.isInteger(count) || count < 0) {
    console.error("usage: BENCH_DATABASE_URL=postgresql://user@host:5432/name npm run bench:data -- --count N");
    process.exit(2);
  }
  const copies = Number(values.copies);
  (values["render-only"] ? renderAll(url, console.log, render) : fillDatabase(url, count, console.log, render, copies)).then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
