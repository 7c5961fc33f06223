import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { agreements as seedAgreements } from "@/prisma/seed-data/agreements";
import { sources as seedSources } from "@/prisma/seed-data/sources";
import { formInput, seed, SeedRecordRejected } from "@/prisma/seed";
import { db, seeded } from "../helpers/db";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const get = (slug: string) =>
  db.agreement.findUniqueOrThrow({
    where: { slug },
    include: {
      parties: { include: { organization: true, citations: true }, orderBy: { position: "asc" } },
      signatories: { include: { person: true, organization: true, citations: true }, orderBy: { position: "asc" } },
      scopeAreas: { include: { scopeArea: true, citations: true } },
      events: { include: { citations: true }, orderBy: { position: "asc" } },
      relationsOut: { include: { to: true, citations: true } },
      citations: { include: { source: true } },
    },
  });

beforeAll(async () => {
  await seeded();
});

describe("the 2015 Joint Statement", () => {
  it("is signed on 30 April 2015 between the ICT ministry and MIC, by the two ministers", async () => {
    const a = await get("joint-statement-ict-2015");
    expect(a.kind).toBe("JOINT_STATEMENT");
    expect([iso(a.signedOn), a.signedPrecision]).toEqual(["2015-04-30", "DAY"]);
    expect(a.parties.map((p) => p.organization.slug)).toEqual(["mict", "mic"]);
    expect(a.signatories.map((s) => [s.person?.nameEn, s.organization.slug, s.role])).toEqual([
      ["Pornchai Rujiprapa", "mict", "SIGNATORY"],
      ["Sanae Takaichi", "mic", "SIGNATORY"],
    ]);
    expect(a.scopeAreas.map((s) => s.scopeArea.key).sort()).toEqual(["cybersecurity", "disaster-risk-reduction", "other-ict", "postal"]);
    expect(a.events.map((e) => [e.type, iso(e.occurredOn)])).toEqual([
      ["SUMMIT", "2015-02-09"],
      ["BILATERAL_MEETING", "2015-04-30"],
      ["SIGNING", "2015-04-30"],
    ]);
  });

  it("leaves unstated facts empty: no term, no expiry, no effect, no legal nature", async () => {
    const a = await get("joint-statement-ict-2015");
    expect([a.effectiveOn, a.expiresOn, a.cabinetApprovalOn, a.termMonths, a.terminationNoticeMonths, a.automaticRenewal, a.legalNature]).toEqual([null, null, null, null, null, null, null]);
  });

  it("keeps the note on the source's misnaming of MIC", async () => {
    const a = await get("joint-statement-ict-2015");
    const mic = a.parties.find((p) => p.organization.slug === "mic")!;
    expect(mic.organization.nameEn).toBe("Ministry of Internal Affairs and Communications, Japan");
    expect(mic.citations.some((c) => c.quote.includes("Ministry of International Affairs") && c.noteEn?.includes("misspells"))).toBe(true);
  });
});

describe("the postal MoC", () => {
  it("has the stated expiry (November 2019, to the month), a 3-year term and 6 months' notice", async () => {
    const a = await get("moc-postal-services");
    expect([iso(a.expiresOn), a.expiresPrecision]).toEqual(["2019-11-01", "MONTH"]);
    expect(a.termMonths).toBe(36);
    expect(a.terminationNoticeMonths).toBe(6);
  });

  it("has no signature date (sources only say it was to be signed in November 2016)", async () => {
    const a = await get("moc-postal-services");
    expect(a.signedOn).toBeNull();
    expect(a.events.find((e) => e.type === "PLANNED_SIGNING")).toMatchObject({ precision: "MONTH" });
    expect(iso(a.events.find((e) => e.type === "PLANNED_SIGNING")!.occurredOn)).toBe("2016-11-01");
  });

  it("names its signatories by position only, as planned", async () => {
    const a = await get("moc-postal-services");
    expect(a.signatories.map((s) => [s.person, s.positionEn, s.planned])).toEqual([
      [null, "Permanent Secretary, Ministry of Digital Economy and Society", true],
      [null, "Vice-Minister for Policy Coordination", true],
    ]);
  });

  it("implements the 2015 Joint Statement", async () => {
    const a = await get("moc-postal-services");
    expect(a.relationsOut.map((r) => [r.type, r.to.slug])).toEqual([["IMPLEMENTS", "joint-statement-ict-2015"]]);
  });
});

describe("the 2017 MoC on ICT and digital cooperation", () => {
  it("has the cabinet approval of 30 May 2017 and a 5-year term, with six scope areas", async () => {
    const a = await get("moc-ict-digital-2017");
    expect([iso(a.cabinetApprovalOn), a.cabinetApprovalPrecision]).toEqual(["2017-05-30", "DAY"]);
    expect(a.termMonths).toBe(60);
    expect(a.scopeAreas).toHaveLength(6);
  });

  it("leaves the signature, effect, expiry, renewal, notice and signatories empty", async () => {
    const a = await get("moc-ict-digital-2017");
    expect([a.signedOn, a.effectiveOn, a.expiresOn, a.automaticRenewal, a.terminationNoticeMonths]).toEqual([null, null, null, null, null]);
    expect(a.signatories).toEqual([]);
  });
});

describe("the two MoCs of 2022", () => {
  it("records Kaneko as the Japanese signatory and Yoshida at the exchange, with the Thai signer unnamed", async () => {
    const a = await get("moc-ict-digital-2022");
    expect(a.signatories.map((s) => [s.person?.nameEn ?? null, s.positionEn, s.organization.slug, s.role])).toEqual([
      [null, null, "mdes", "SIGNATORY"],
      ["Yasushi Kaneko", "Minister for Internal Affairs and Communications of Japan", "mic", "SIGNATORY"],
      ["Hiroshi Yoshida", "State Minister for Internal Affairs and Communications of Japan", "mic", "EXCHANGE_REPRESENTATIVE"],
    ]);
    expect(a.scopeAreas.map((s) => s.scopeArea.key)).toEqual(expect.arrayContaining(["open-secure-5g", "ict-investment", "cybersecurity", "postal"]));
  });

  it("gives no day for either signing: the exchange is dated to the year only", async () => {
    for (const slug of ["moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"]) {
      const a = await get(slug);
      expect(a.signedOn).toBeNull();
      expect(a.events.map((e) => [e.type, iso(e.occurredOn), e.precision])).toEqual([["EXCHANGE", "2022-01-01", "YEAR"]]);
    }
  });

  it("has depa and MIC as parties of the depa MoC, with Yoshida as witness", async () => {
    const a = await get("depa-mic-moc-digital-innovation-2022");
    expect(a.parties.map((p) => p.organization.slug)).toEqual(["depa", "mic"]);
    expect(a.signatories.map((s) => [s.person?.slug, s.role])).toEqual([["hiroshi-yoshida", "WITNESS"]]);
  });
});

describe("citations", () => {
  const FACT_FIELDS = ["cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths", "legalNature"] as const;

  it("back every stated fact of every record", async () => {
    for (const { slug } of seedAgreements) {
      const a = await get(slug);
      const facts = new Set(a.citations.map((c) => c.fact));
      for (const f of ["title", "kind"]) expect(facts, `${slug}.${f}`).toContain(f);
      for (const f of FACT_FIELDS) if (a[f] !== null) expect(facts, `${slug}.${f}`).toContain(f);
      for (const part of [...a.parties, ...a.signatories, ...a.scopeAreas, ...a.events, ...a.relationsOut]) expect(part.citations.length, `${slug}: an uncited part`).toBeGreaterThan(0);
    }
  });

  // How many facts the curated reading states per record: a fact lost from
  // the seed (and with it its citation) fails here, not silently above.
  it.each([
    ["joint-statement-ict-2015", { facts: 1, parties: 2, signatories: 2, scopeAreas: 4, events: 3 }],
    ["moc-postal-services", { facts: 3, parties: 2, signatories: 2, scopeAreas: 1, events: 3 }],
    ["moc-ict-digital-2017", { facts: 2, parties: 2, signatories: 0, scopeAreas: 6, events: 3 }],
    ["moc-ict-digital-2022", { facts: 0, parties: 2, signatories: 3, scopeAreas: 7, events: 1 }],
    ["depa-mic-moc-digital-innovation-2022", { facts: 0, parties: 2, signatories: 1, scopeAreas: 4, events: 1 }],
  ])("%s states the facts the sources give, and no fewer", async (slug, expected) => {
    const a = await get(slug);
    expect({
      facts: FACT_FIELDS.filter((f) => a[f] !== null).length,
      parties: a.parties.length,
      signatories: a.signatories.length,
      scopeAreas: a.scopeAreas.length,
      events: a.events.length,
    }).toEqual(expected);
  });

  it("quote their sources verbatim", async () => {
    const norm = (s: string) => s.replace(/\s+/g, " ").trim();
    const texts = new Map<string, string>(seedSources.map((s) => [s.key, norm(readFileSync(path.join("prisma", "seed-sources", s.file), "utf8"))]));
    const all = await db.citation.findMany({ where: { agreement: { slug: { in: seedAgreements.map((a) => a.slug) } } }, include: { source: true } });
    expect(all.length).toBeGreaterThan(50);
    for (const c of all) expect(texts.get(c.source.key), `citation ${c.id} (${c.fact})`).toContain(norm(c.quote));
    // …and the registry's own check, against the archived copies, agrees.
    expect(all.filter((c) => c.quoteFound !== true).map((c) => c.id)).toEqual([]);
  });

  it("keep the five seed texts as their sources' archived copies, byte for byte, with no invented retrieval date", async () => {
    for (const s of seedSources) {
      const file = readFileSync(path.join("prisma", "seed-sources", s.file));
      const archive = await db.sourceArchive.findFirstOrThrow({ where: { source: { key: s.key } } });
      expect(archive.sha256).toBe(createHash("sha256").update(file).digest("hex"));
      expect(archive.text).toBe(file.toString("utf8"));
      expect([archive.mediaType, archive.retrievedOn, archive.archivedById]).toEqual(["text/plain", null, null]);
    }
  });

  it("mark English texts as translations of Thai originals", async () => {
    const rows = await db.agreement.findMany({ where: { slug: { in: seedAgreements.map((a) => a.slug) } } });
    expect(rows.every((r) => r.originalLanguage === "th")).toBe(true);
  });
});

describe("the seed", () => {
  it("changes nothing when run again", async () => {
    const snapshot = async () => ({
      agreements: await db.agreement.findMany({ orderBy: { id: "asc" } }),
      citations: await db.citation.count(),
      organizations: await db.organization.findMany({ orderBy: { id: "asc" } }),
      sources: await db.source.findMany({ orderBy: { id: "asc" } }),
      events: await db.agreementEvent.count(),
      relations: await db.agreementRelation.count(),
    });
    const before = await snapshot();
    const result = await seed(db);
    expect(result.created).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a curated record that breaks a form rule, with the form's message", async () => {
    const original = seedAgreements.find((a) => a.slug === "moc-postal-services")!;
    const broken = {
      ...original,
      slug: "broken-curated-record",
      signed: { date: "2020-01-01", precision: "DAY" as const, cite: original.cite.title },
      // A witness for a body that is not a party of the record.
      signatories: [{ ...original.signatories[0]!, organization: "depa" as const }],
    };
    const ids = {
      sourceIds: new Map((await db.source.findMany()).map((s) => [s.key, s.id])),
      orgIds: new Map((await db.organization.findMany()).map((o) => [o.slug, o.id])),
      scopeIds: new Map((await db.scopeArea.findMany()).map((s) => [s.key, s.id])),
      agreementIds: new Map((await db.agreement.findMany({ select: { slug: true, id: true } })).map((a) => [a.slug, a.id])),
    };
    expect(() => formInput(original, ids)).not.toThrow();
    expect(() => formInput(broken, ids)).toThrow(SeedRecordRejected);
    const message = (() => {
      try {
        formInput(broken, ids);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('"broken-curated-record"');
    expect(message).toContain("signatories.0.party: Choose the party this signatory acts for.");
    expect(message).toContain("expiresOn: The expiry is before the signature date.");
  });

  it("writes records only through the editor's save path", () => {
    // The seed upserts reference data (sources, organizations, people, scope
    // areas); agreements, their parts and citations go through lib/editor.
    const code = readFileSync(path.join("prisma", "seed.ts"), "utf8");
    expect(code).toContain("createAgreementIn(");
    expect(code).not.toMatch(/\.(agreement|agreementParty|signatory|agreementScopeArea|agreementEvent|agreementRelation|citation|revision)\.(create|createMany|upsert)\(/);
  });

  it("leaves a record an editor corrected as the editor left it", async () => {
    await db.agreement.update({ where: { slug: "moc-ict-digital-2017" }, data: { summaryEn: "Edited by an editor." } });
    await seed(db);
    const row = await db.agreement.findUniqueOrThrow({ where: { slug: "moc-ict-digital-2017" } });
    expect(row.summaryEn).toBe("Edited by an editor.");
    const original = seedAgreements.find((a) => a.slug === "moc-ict-digital-2017")!;
    await db.agreement.update({ where: { slug: "moc-ict-digital-2017" }, data: { summaryEn: original.summaryEn } });
  });
});
