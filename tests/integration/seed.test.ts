import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { agreements as seedAgreements } from "@/prisma/seed-data/agreements";
import { sources as seedSources } from "@/prisma/seed-data/sources";
import { people as seedPeople } from "@/prisma/seed-data/reference";
import { citationNotesJa, japanese } from "@/prisma/seed-data/japanese";
import { formInput, seed, SeedRecordRejected } from "@/prisma/seed";
import { updateAgreement } from "@/lib/editor/save";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { db, seeded } from "../helpers/db";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
// A row's citations are links to passages (CitationFact); the tests read the
// passages themselves, and the record's passages once per fact they back.
const passage = { include: { citation: { include: { source: true } } } } as const;
const get = async (slug: string) => {
  const a = await db.agreement.findUniqueOrThrow({
    where: { slug },
    include: {
      parties: { include: { organization: true, citations: passage }, orderBy: { position: "asc" } },
      signatories: { include: { person: true, organization: true, citations: passage }, orderBy: { position: "asc" } },
      scopeAreas: { include: { scopeArea: true, citations: passage } },
      events: { include: { citations: passage }, orderBy: { position: "asc" } },
      relationsOut: { include: { to: true, citations: passage } },
      citations: { include: { source: true, facts: true } },
    },
  });
  return {
    ...a,
    parties: a.parties.map((r) => ({ ...r, citations: r.citations.map((l) => l.citation) })),
    signatories: a.signatories.map((r) => ({ ...r, citations: r.citations.map((l) => l.citation) })),
    scopeAreas: a.scopeAreas.map((r) => ({ ...r, citations: r.citations.map((l) => l.citation) })),
    events: a.events.map((r) => ({ ...r, citations: r.citations.map((l) => l.citation) })),
    relationsOut: a.relationsOut.map((r) => ({ ...r, citations: r.citations.map((l) => l.citation) })),
    citations: a.citations.flatMap((c) => c.facts.map((f) => ({ ...c, fact: f.fact }))),
  };
};

beforeAll(async () => {
  await seeded();
});

const dated = (e: { type: string; occurredOn: Date | null; precision: string | null; bound: string | null }) => [e.type, iso(e.occurredOn), e.precision, e.bound];
const contradicting = (a: Awaited<ReturnType<typeof get>>) => a.citations.filter((c) => c.contradicts).map((c) => c.source.key);

describe("the 2015 Joint Statement (second reading)", () => {
  it("is signed on 30 April 2015 by the two ministers, as both ministers' own records say", async () => {
    const a = await get("joint-statement-ict-2015");
    expect(a.kind).toBe("JOINT_STATEMENT");
    expect(a.titleJa).toBe("情報通信技術分野における協力に関する共同声明");
    expect([iso(a.signedOn), a.signedPrecision]).toEqual(["2015-04-30", "DAY"]);
    expect(a.parties.map((p) => p.organization.slug)).toEqual(["mict", "mic"]);
    expect(a.signatories.map((s) => [s.person?.nameEn, s.organization.slug, s.role])).toEqual([
      ["Pornchai Rujiprapa", "mict", "SIGNATORY"],
      ["Sanae Takaichi", "mic", "SIGNATORY"],
    ]);
    // No longer "inferred": each signer is cited to the Japanese minister's own press conference.
    for (const s of a.signatories) expect(s.citations.map((c) => c.source.key)).toContain("takaichi-2015-04-30-press-conference");
  });

  it("claims nothing the sources do not make: not 'the first', and the lead's NBTC shown as a disagreement", async () => {
    const a = await get("joint-statement-ict-2015");
    expect(`${a.summaryTh} ${a.summaryEn}`).not.toMatch(/ฉบับแรก|first/);
    expect(a.summaryEn).toContain("important step");
    // The lead's NBTC, and (third reading) MIC's later release dating it to May 2015.
    expect(contradicting(a).sort()).toEqual(["ict-mic-summit-2015", "mic-2022-moc-thailand"]);
    const lead = a.citations.find((c) => c.contradicts && c.source.key === "ict-mic-summit-2015")!;
    expect(lead.quote).toContain("กสทช.");
    expect(lead.noteEn).toContain("NBTC");
  });

  it("records the business dialogue (on or before 30 April 2015) and the follow-up activities the postal item names", async () => {
    const a = await get("joint-statement-ict-2015");
    expect(a.events.map(dated)).toEqual([
      ["SUMMIT", "2015-02-09", "DAY", null],
      ["BILATERAL_MEETING", "2015-04-30", "DAY", null],
      ["SIGNING", "2015-04-30", "DAY", null],
      ["OTHER", "2015-04-30", "DAY", "ON_OR_BEFORE"],
      ["OTHER", null, null, null],
      ["OTHER", null, null, null],
      ["OTHER", "2016-12-01", "MONTH", null],
      // Third reading: the visit's dates and meetings, and the two broadcasting events of the day.
      ["OTHER", "2015-04-29", "DAY", null],
      ["OTHER", "2015-04-30", "DAY", "ON_OR_BEFORE"],
      ["OTHER", "2015-04-30", "DAY", "ON_OR_BEFORE"],
    ]);
    expect(a.events.map((e) => e.descriptionEn).join(" ")).toMatch(/Business Dialogue.*flood and landslide simulation|flood and landslide simulation.*Business Dialogue/s);
    expect(a.events.map((e) => e.descriptionEn).join(" ")).toContain("CYDER");
    expect(a.events.map((e) => e.descriptionEn).join(" ")).toContain("CIIP");
  });

  it("files 'other ICT fields' under its own scope area, not 'other cooperation agreed by both sides'", async () => {
    const a = await get("joint-statement-ict-2015");
    expect(a.scopeAreas.map((s) => s.scopeArea.key).sort()).toEqual(["cybersecurity", "disaster-risk-reduction", "other-ict-fields", "postal"]);
  });

  it("leaves unstated facts empty and keeps the note on the source's misnaming of MIC", async () => {
    const a = await get("joint-statement-ict-2015");
    expect([a.effectiveOn, a.expiresOn, a.cabinetApprovalOn, a.termMonths, a.terminationNoticeMonths, a.automaticRenewal, a.legalNature]).toEqual([null, null, null, null, null, null, null]);
    const mic = a.parties.find((p) => p.organization.slug === "mic")!;
    expect(mic.organization.nameEn).toBe("Ministry of Internal Affairs and Communications, Japan");
    expect(mic.citations.some((c) => c.quote.includes("Ministry of International Affairs") && c.noteEn?.includes("misspells"))).toBe(true);
  });
});

describe("the 2016 postal MoC (second reading)", () => {
  it("has the Cabinet's approval on or before 10 November 2016 and the signing of 14 November 2016 by MIC's Vice-Minister for Policy Coordination", async () => {
    const a = await get("moc-postal-services");
    expect([iso(a.cabinetApprovalOn), a.cabinetApprovalPrecision, a.cabinetApprovalBound]).toEqual(["2016-11-10", "DAY", "ON_OR_BEFORE"]);
    expect([iso(a.signedOn), a.signedPrecision, a.signedBound]).toEqual(["2016-11-14", "DAY", null]);
    expect(a.titleEn).toBe("Memorandum of Cooperation in the Postal Field between the Ministry of Internal Affairs and Communications of Japan and the Ministry of Digital Economy and Society of the Kingdom of Thailand");
    expect(a.signatories.map((s) => [s.person?.nameEn ?? null, s.positionEn, s.planned])).toEqual([
      ["Shigeki Suzuki", "Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan", false],
      [null, "Permanent Secretary, Ministry of Digital Economy and Society", true],
      [null, "Vice-Minister for Policy Coordination", true],
      // Third reading: the Thai signer, by position (GovInsider names her in English only).
      [null, "Permanent Secretary, Ministry of Digital Economy and Society", false],
    ]);
  });

  it("keeps the stated expiry, term and notice, and the draft's items 3 and 4 with JETRO", async () => {
    const a = await get("moc-postal-services");
    expect([iso(a.expiresOn), a.expiresPrecision, a.termMonths, a.terminationNoticeMonths]).toEqual(["2019-11-01", "MONTH", 36, 6]);
    expect(a.scopeAreas[0]!.citations.map((c) => c.quote.slice(0, 2)).sort()).toEqual(["1.", "2.", "3.", "4."]);
    expect(a.scopeAreas[0]!.citations.find((c) => c.quote.startsWith("3."))!.quote).toContain("JETRO");
  });

  it("implements the 2015 Joint Statement", async () => {
    const a = await get("moc-postal-services");
    expect(a.relationsOut.map((r) => [r.type, r.to.slug])).toEqual([["IMPLEMENTS", "joint-statement-ict-2015"]]);
  });
});

describe("the 2017 MoC on ICT and digital cooperation (second reading)", () => {
  it("is signed on 7 June 2017 (MIC), after the Cabinet's approval of 30 May 2017, for five years, on four principles", async () => {
    const a = await get("moc-ict-digital-2017");
    expect([iso(a.cabinetApprovalOn), iso(a.signedOn), a.signedPrecision, a.termMonths]).toEqual(["2017-05-30", "2017-06-07", "DAY", 60]);
    expect(a.titleJa).toBe("情報通信デジタル技術分野の協力に関する覚書");
    expect(a.scopeAreas).toHaveLength(6);
    expect(a.summaryEn).toContain("equality, reciprocity, mutual respect and mutual benefit");
    expect(a.summaryTh).toContain("การเคารพซึ่งกันและกัน");
    expect(a.summaryEn).not.toContain("do not give its signature date");
  });

  it("follows up on the 2015 Joint Statement, and cites MDES as the successor of the ICT ministry", async () => {
    const a = await get("moc-ict-digital-2017");
    expect(a.relationsOut.map((r) => [r.type, r.to.slug])).toEqual([["FOLLOWS_UP_ON", "joint-statement-ict-2015"]]);
    const mdes = a.parties.find((p) => p.organization.slug === "mdes")!;
    expect(mdes.citations.some((c) => c.quote.includes("情報通信技術省の後身"))).toBe(true);
  });

  it("records the 2019 talks' participants and topics, as the item's own narration rather than 'the Thai side says'", async () => {
    const a = await get("moc-ict-digital-2017");
    const talks = a.events.find((e) => e.type === "BILATERAL_MEETING")!;
    for (const name of ["Buddhipongse Punnakanta", "Terada Minoru", "Piyanuch Wuttisorn", "Nuttapon Nimmanphatcharin", "5G", "EEC"]) expect(talks.descriptionEn).toContain(name);
    for (const e of a.events) expect(e.descriptionEn).not.toContain("the Thai side");
  });
});

describe("the two MoCs of 2022 (second reading)", () => {
  it("are signed on 5 August 2022 by Kaneko and Chaiwut and exchanged in Bangkok by Yoshida, whose office MIC names (the Thai item's 'State Minister' shown as a disagreement)", async () => {
    const a = await get("moc-ict-digital-2022");
    expect([iso(a.signedOn), a.signedPrecision]).toEqual(["2022-08-05", "DAY"]);
    expect(a.signatories.map((s) => [s.person?.nameEn ?? null, s.positionEn, s.organization.slug, s.role])).toEqual([
      ["Chaiwut Thanakamanusorn", "Minister of Digital Economy and Society", "mdes", "SIGNATORY"],
      ["Yasushi Kaneko", "Minister for Internal Affairs and Communications of Japan", "mic", "SIGNATORY"],
      ["Chaiwut Thanakamanusorn", "Minister of Digital Economy and Society", "mdes", "EXCHANGE_REPRESENTATIVE"],
      ["Hiroshi Yoshida", "Vice-Minister for Policy Coordination, Ministry of Internal Affairs and Communications of Japan", "mic", "EXCHANGE_REPRESENTATIVE"],
    ]);
    expect(a.events.map(dated)).toEqual([
      ["SIGNING", "2022-08-05", "DAY", null],
      ["EXCHANGE", "2022-08-05", "DAY", null],
    ]);
    const disagreement = a.citations.find((c) => c.contradicts)!;
    expect([disagreement.source.key, disagreement.noteEn?.includes("総務審議官")]).toEqual(["thaigov-57695", true]);
    expect(a.summaryTh).toContain("การเคารพซึ่งกันและกัน");
    expect(a.relationsOut.map((r) => r.to.slug).sort()).toEqual(["depa-mic-moc-digital-innovation-2022", "moc-ict-digital-2017", "moc-postal-2021"]);
  });

  it("records no witness for depa's MoC (the sentence names none, and MIC is its party), and its exchange on or before 5 August 2022", async () => {
    const a = await get("depa-mic-moc-digital-innovation-2022");
    expect(a.parties.map((p) => p.organization.slug)).toEqual(["depa", "mic"]);
    expect(a.signatories).toEqual([]);
    expect(a.events.map(dated)).toEqual([["EXCHANGE", "2022-08-05", "DAY", "ON_OR_BEFORE"]]);
    expect(a.scopeAreas.map((s) => s.scopeArea.key)).toContain("experience-knowledge-exchange");
    expect(a.scopeAreas.map((s) => s.scopeArea.key)).not.toContain("knowledge-sharing");
  });
});

describe("instruments the official records reveal", () => {
  it("the 2015 joint press statement with NBTC, the 2016 MIC–NBTC memorandum and the 2021 postal MoC, each with its dates and parties", async () => {
    const press = await get("joint-press-statement-nbtc-2015");
    expect([press.originalLanguage, press.parties.map((p) => p.organization.slug), press.events.map(dated)]).toEqual(["ja", ["mic", "nbtc"], [["OTHER", "2015-04-30", "DAY", null]]]);
    const nbtc = await get("mic-nbtc-moc-2016");
    // Signed in Bangkok, as the Dempa Shimbun's passage says, and cited to it; no other record's sources name the place.
    expect([nbtc.signedAtTh, nbtc.signedAtEn, nbtc.signedAtJa]).toEqual(["กรุงเทพฯ ประเทศไทย", "Bangkok, Thailand", "タイ王国バンコク"]);
    expect(nbtc.citations.filter((c) => c.fact === "signedAt").map((c) => [c.source.key, c.quote.includes("タイ王国バンコクで")])).toEqual([["dempa-2016-11-21-nbtc-moc", true]]);
    expect(await db.agreement.count({ where: { slug: { in: seedAgreements.map((x) => x.slug) }, signedAtEn: { not: null } } })).toBe(1);
    expect([nbtc.kind, iso(nbtc.signedOn), nbtc.signatories.map((s) => [s.person?.nameJa ?? s.positionEn, s.role])]).toEqual([
      "OTHER",
      "2016-11-14",
      [
        ["鈴木茂樹", "SIGNATORY"],
        ["Secretary-General of the NBTC", "SIGNATORY"],
        ["Chairman of the NBTC", "WITNESS"],
      ],
    ]);
    const postal = await get("moc-postal-2021");
    expect([iso(postal.cabinetApprovalOn), postal.cabinetApprovalBound, iso(postal.signedOn), postal.signatories.every((s) => s.planned)]).toEqual(["2020-05-19", "ON_OR_BEFORE", "2021-08-11", true]);
  });

  it("every fact from beyond the five seed texts cites a page with its address, found verbatim in its archived copy", async () => {
    const seedTexts = new Set(seedSources.filter((s) => !("retrievedOn" in s)).map((s) => s.key));
    const beyond = await db.citation.findMany({ where: { source: { key: { notIn: [...seedTexts] } } }, include: { source: { include: { archive: true } } } });
    expect(beyond.length).toBeGreaterThan(30);
    for (const c of beyond) {
      expect(c.source.url, c.source.key).toMatch(/^https?:\/\//);
      // Retrieved from stored copies for the second reading, again (with the omissions marked) for the third.
      expect(c.source.archive?.retrievedOn?.toISOString().slice(0, 10), c.source.key).toBe("2026-12-05");
      expect(c.quoteFound, `${c.source.key}: ${c.quote.slice(0, 40)}`).toBe(true);
      if (c.source.language !== "th") expect(c.quoteTh, `${c.source.key}: a Thai rendering`).toBeTruthy();
      if (c.source.language !== "en") expect(c.quoteEn, `${c.source.key}: an English rendering`).toBeTruthy();
    }
  });
});

describe("Japanese texts (issue 13)", () => {
  it("every record has a Japanese title and summary, and every position, scope area, event and note its Japanese text", async () => {
    for (const { slug } of seedAgreements) {
      const a = await get(slug);
      expect(a.titleJa, `${slug}: title`).toMatch(/[\p{Script=Han}\p{Script=Katakana}]/u);
      expect(a.summaryJa, `${slug}: summary`).toBeTruthy();
      for (const s of a.signatories) if (s.positionEn) expect(s.positionJa, `${slug}: position ${s.positionEn}`).toBeTruthy();
      for (const l of a.scopeAreas) expect(l.scopeArea.labelJa, `${slug}: ${l.scopeArea.key}`).toBeTruthy();
      for (const e of a.events) expect(e.descriptionJa, `${slug}: event ${e.descriptionEn}`).toBeTruthy();
      for (const r of a.relationsOut) if (r.noteEn) expect(r.noteJa, `${slug}: relation note`).toBeTruthy();
      for (const c of a.citations) if (c.noteEn) expect(c.noteJa, `${slug}: citation note ${c.noteEn}`).toBeTruthy();
    }
  });

  it("names people in Japanese script only where a source writes the name so", async () => {
    // The seed's people (other test files add people of their own to the same database).
    const people = await db.person.findMany({ where: { nameJa: { not: null }, slug: { in: seedPeople.map((p) => p.slug) } }, select: { slug: true, nameJa: true } });
    expect(Object.fromEntries(people.map((p) => [p.slug, p.nameJa]))).toEqual({ "sanae-takaichi": "高市早苗", "shigeki-suzuki": "鈴木茂樹" });
    // MIC's titles are kept as MIC gives them.
    expect((await get("moc-ict-digital-2022")).titleJa).toBe("総務省とデジタル経済社会省との間の情報通信デジタル技術分野の協力に関する覚書");
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
    ["joint-statement-ict-2015", { facts: 1, parties: 2, signatories: 2, scopeAreas: 4, events: 10 }],
    ["moc-postal-services", { facts: 5, parties: 2, signatories: 4, scopeAreas: 1, events: 5 }],
    ["moc-ict-digital-2017", { facts: 4, parties: 2, signatories: 0, scopeAreas: 6, events: 5 }],
    ["moc-ict-digital-2022", { facts: 2, parties: 2, signatories: 4, scopeAreas: 7, events: 2 }],
    ["depa-mic-moc-digital-innovation-2022", { facts: 0, parties: 2, signatories: 0, scopeAreas: 4, events: 1 }],
    ["joint-press-statement-nbtc-2015", { facts: 0, parties: 2, signatories: 0, scopeAreas: 2, events: 1 }],
    ["mic-nbtc-moc-2016", { facts: 1, parties: 2, signatories: 3, scopeAreas: 4, events: 2 }],
    ["moc-postal-2021", { facts: 2, parties: 2, signatories: 2, scopeAreas: 1, events: 2 }],
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
    const norm = (s: string) => s.replace(/\s+/g, "").trim();
    const texts = new Map<string, string>(seedSources.map((s) => [s.key, norm(readFileSync(path.join("prisma", "seed-sources", s.file), "utf8"))]));
    const all = await db.citation.findMany({ where: { agreement: { slug: { in: seedAgreements.map((a) => a.slug) } } }, include: { source: true, facts: true } });
    // Passages, each entered once: the 2015 record alone backs dozens of facts with them.
    expect(all.length).toBeGreaterThan(50);
    for (const c of all) expect(texts.get(c.source.key), `citation ${c.id} (${c.facts.map((f) => f.fact).join(", ")})`).toContain(norm(c.quote));
    // …and the registry's own check, against the archived copies, agrees.
    expect(all.filter((c) => c.quoteFound !== true).map((c) => c.id)).toEqual([]);
  });

  it("keep the seed texts as their sources' archived copies, byte for byte, with no invented retrieval date", async () => {
    for (const s of seedSources) {
      const file = readFileSync(path.join("prisma", "seed-sources", s.file));
      const archive = await db.sourceArchive.findFirstOrThrow({ where: { source: { key: s.key } } });
      expect(archive.sha256).toBe(createHash("sha256").update(file).digest("hex"));
      expect(archive.text).toBe(file.toString("utf8"));
      const retrieved = "retrievedOn" in s ? s.retrievedOn : null;
      expect([archive.mediaType, archive.retrievedOn?.toISOString().slice(0, 10) ?? null, archive.archivedById]).toEqual(["text/plain", retrieved, null]);
    }
  });

  it("mark texts in other languages as translations of the original (Thai, or Japanese for the records added from Japanese sources)", async () => {
    const rows = await db.agreement.findMany({ where: { slug: { in: seedAgreements.map((a) => a.slug) } } });
    const fromJapanese = ["joint-press-statement-nbtc-2015", "mic-nbtc-moc-2016"];
    for (const r of rows) expect(r.originalLanguage, r.slug).toBe(fromJapanese.includes(r.slug) ? "ja" : "th");
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

  it("gives a record loaded before the Japanese texts existed the curated ones, beside unchanged English only, as a new revision", async () => {
    const slug = "moc-postal-services";
    const ja = japanese[slug]!;
    const { id } = await db.agreement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const curated = (await loadAgreementInput(db, id))!;
    // As a database from before issue 13 holds it (no Japanese texts), after an editor rewrote the first event's English;
    // and scope areas without Japanese labels.
    const old = await updateAgreement(db, null, id, curated.version, {
      ...curated.input,
      titleJa: "",
      summaryJa: "",
      signatories: curated.input.signatories.map((s) => ({ ...s, positionJa: "" })),
      events: curated.input.events.map((e, i) => ({ ...e, descriptionJa: "", descriptionEn: i === 0 ? "Rewritten by an editor." : e.descriptionEn })),
      relations: curated.input.relations.map((r) => ({ ...r, noteJa: "" })),
      citations: curated.input.citations.map((c) => ({ ...c, noteJa: "" })),
    });
    const labels = await db.scopeArea.findMany({ select: { id: true, labelJa: true } });
    await db.scopeArea.updateMany({ data: { labelJa: null } });

    await seed(db);
    const after = (await loadAgreementInput(db, id))!;
    expect(after.version).toBe(old.version + 1);
    expect(after.input.titleJa).toBe(curated.input.titleJa);
    expect(after.input.summaryJa).toBe(ja.summaryJa);
    expect(after.input.signatories.map((s) => s.positionJa)).toEqual(ja.positionsJa.map((p) => p ?? ""));
    expect(after.input.events[0]!.descriptionJa).toBe("");
    expect(after.input.events.slice(1).map((e) => e.descriptionJa)).toEqual(ja.eventsJa.slice(1));
    const noted = after.input.citations.filter((c) => c.noteEn);
    expect(noted.length).toBeGreaterThan(0);
    for (const c of noted) expect(c.noteJa).toBe(citationNotesJa[c.noteEn!]);
    expect(await db.revision.findFirstOrThrow({ where: { agreementId: id, version: after.version }, select: { action: true, actorEmail: true } })).toEqual({ action: "UPDATE", actorEmail: null });
    expect((await db.scopeArea.findUniqueOrThrow({ where: { key: "postal" } })).labelJa).toBe("郵便");

    // Once the record has Japanese texts, one an editor removes stays removed, on the record as on a scope area.
    const cleared = await updateAgreement(db, null, id, after.version, { ...after.input, summaryJa: "" });
    await db.scopeArea.update({ where: { key: "postal" }, data: { labelJa: null } });
    await seed(db);
    const kept = (await loadAgreementInput(db, id))!;
    expect(kept.version).toBe(cleared.version);
    expect(kept.input.summaryJa).toBe("");
    expect((await db.scopeArea.findUniqueOrThrow({ where: { key: "postal" } })).labelJa).toBeNull();

    // The record and the labels as curated again, for the tests after this one.
    await updateAgreement(db, null, id, kept.version, { ...kept.input, summaryJa: curated.input.summaryJa, events: curated.input.events });
    for (const l of labels) await db.scopeArea.update({ where: { id: l.id }, data: { labelJa: l.labelJa } });
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

describe("third reading (issue 30)", () => {
  it("error 1: whom the courtesy call was on comes from the minister's own account, not from a Thai item that names no one", async () => {
    const a = await get("joint-statement-ict-2015");
    const meeting = a.events.find((e) => e.type === "BILATERAL_MEETING")!;
    expect(meeting.descriptionEn).not.toMatch(/courtesy call on and holds bilateral talks with ICT Minister/);
    expect(meeting.descriptionEn).toContain("courtesy call on Prime Minister Prayut");
    expect(meeting.descriptionTh).toContain("นายกรัฐมนตรีประยุทธ์");
    expect(meeting.descriptionJa).toContain("プラユット首相への表敬訪問");
    const cited = await db.citation.findMany({ where: { facts: { some: { eventId: meeting.id } } }, include: { source: true } });
    expect(cited.find((c) => c.source.key === "takaichi-2015-04-30-press-conference")?.quote).toContain("プラユット首相への表敬訪問");
  });

  it("error 2 and omissions: the 2022 MoC supersedes the 2017 one, whose end is stated; the relation is cited and shows on both records", async () => {
    const newer = await get("moc-ict-digital-2022");
    const supersedes = newer.relationsOut.find((r) => r.to.slug === "moc-ict-digital-2017")!;
    expect(supersedes.type).toBe("SUPERSEDES");
    expect(supersedes.noteEn).not.toMatch(/no source says/);
    const relationCites = await db.citation.findMany({ where: { facts: { some: { relationId: supersedes.id } } }, include: { source: true } });
    expect(relationCites.map((c) => c.source.key)).toContain("kaohoon-548502");
    const older = await get("moc-ict-digital-2017");
    expect([iso(older.expiresOn), older.expiresPrecision]).toEqual(["2022-06-07", "DAY"]);
    expect(older.citations.filter((c) => c.fact === "expiresOn").map((c) => c.source.key)).toEqual(["kaohoon-548502"]);
    const status = await db.agreementStatusPeriod.findMany({ where: { agreementId: older.id }, orderBy: { startsOn: { sort: "asc", nulls: "first" } } });
    expect(status.at(-1)!.status).not.toBe("unknown");
    expect(await db.agreementRelation.count({ where: { toId: older.id, type: "SUPERSEDES" } })).toBe(1);
    // The 2022 MoC's Cabinet approval, on or before the signing the item announces.
    expect([iso(newer.cabinetApprovalOn), newer.cabinetApprovalPrecision, newer.cabinetApprovalBound]).toEqual(["2022-08-05", "DAY", "ON_OR_BEFORE"]);
  });

  it("error 3: the 2016 postal MoC's Thai signer is recorded by position and cited; the note no longer says no source names one", async () => {
    const a = await get("moc-postal-services");
    const thai = a.signatories.find((s) => !s.planned && s.organization.slug === "mdes")!;
    expect(thai.positionEn).toBe("Permanent Secretary, Ministry of Digital Economy and Society");
    expect(thai.citations.map((c) => c.source.key)).toEqual(["govinsider-thailand-japan"]);
    expect(thai.citations[0]!.quote).toContain("Wilailuk Chuliwattanakul");
    expect(a.citations.map((c) => c.noteEn ?? "").join(" ")).not.toContain("no source names the Thai signer");
  });

  it("error 4: MIC's later release dating the Joint Statement to May 2015 is shown as a disagreement on its signature date", async () => {
    const a = await get("joint-statement-ict-2015");
    const may = a.citations.find((c) => c.fact === "signedOn" && c.source.key === "mic-2022-moc-thailand")!;
    expect(may.contradicts).toBe(true);
    expect(may.quote).toContain("平成27年5月");
    expect(may.noteEn).toContain("30 April 2015");
    expect([iso(a.signedOn), a.signedPrecision]).toEqual(["2015-04-30", "DAY"]);
  });

  it("error 5: the 2017 summary credits MIC's release with the Joint Statement only, and the Thai item with the Summit", async () => {
    const a = await get("moc-ict-digital-2017");
    expect(a.summaryEn).not.toContain("following the 2015 Thailand–Japan Summit and the 2015 Joint Statement");
    expect(a.summaryEn).toContain("following the 2015 Joint Statement; a Thai government item links it to the 2015 Thailand–Japan Summit");
  });

  it("error 6: 総務審議官 is never a (deputy or state) minister in Thai", async () => {
    const rows = await db.signatory.findMany({ where: { positionEn: { contains: "Vice-Minister for Policy Coordination" } } });
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(r.positionTh ?? "", r.positionEn ?? "").not.toMatch(/รองรัฐมนตรี|รัฐมนตรีช่วย/);
  });

  it("omissions: the 2015 visit's dates and meetings, its two broadcasting events, the November 2015 Hiroshima meeting, MIC's list of the 2022 fields, the seed texts' addresses", async () => {
    const js = await get("joint-statement-ict-2015");
    const texts = js.events.map((e) => e.descriptionEn).join(" ");
    for (const said of ["29 April to 2 May 2015", "Asia-Pacific Telecommunity", "Next-Generation Broadcasting Roundtable", "Broadcasting Content Business Matching Meeting"]) expect(texts).toContain(said);
    const nbtc = await get("mic-nbtc-moc-2016");
    expect(nbtc.events.map(dated)).toContainEqual(["BILATERAL_MEETING", "2015-11-01", "MONTH", null]);
    const mdes2022 = await get("moc-ict-digital-2022");
    const micFields = await db.citationFact.findMany({ where: { citation: { agreementId: mdes2022.id, source: { key: "mic-2022-moc-thailand" } }, fact: "scopeArea" }, include: { scopeAreaLink: { include: { scopeArea: true } } } });
    expect(new Set(micFields.map((c) => c.scopeAreaLink?.scopeArea.key))).toEqual(new Set(["disaster-risk-reduction", "knowledge-sharing", "human-resource-development", "cybersecurity", "postal"]));
    for (const key of ["ict-mic-summit-2015", "de-postal-moc-draft"]) expect((await db.source.findUniqueOrThrow({ where: { key } })).url, key).toMatch(/^http:\/\/www\.adslthailand\.com\/post\//);
  });

  it("archived passages mark what they leave out, and hold every passage the records quote", async () => {
    for (const s of seedSources.filter((x) => "retrievedOn" in x)) {
      const text = readFileSync(path.join("prisma/seed-sources", s.file), "utf8");
      expect(text.split("\n")[0], s.key).toMatch(/“…” marks text left out/);
      expect(text, s.key).toContain("\n…\n");
    }
    expect(await db.citation.count({ where: { quoteFound: false, agreement: { slug: { in: seedAgreements.map((a) => a.slug) } } } })).toBe(0);
  });

  it("a record still as the second reading left it gets the current curated text as a new revision with no staff name; its archive too", async () => {
    const { SECOND_READING, SECOND_READING_ARCHIVES, fingerprint } = await import("@/prisma/seed-data/readings");
    const slug = "moc-postal-2021";
    const { id } = await db.agreement.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const curated = (await loadAgreementInput(db, id))!;
    // As an older reading left it: another summary, saved with no staff member's name.
    const older = await updateAgreement(db, null, id, curated.version, { ...curated.input, summaryEn: "An older reading's summary." });
    const [orgs, sources, scopes, ags] = await Promise.all([db.organization.findMany(), db.source.findMany(), db.scopeArea.findMany(), db.agreement.findMany()]);
    const keys = {
      organization: (i: number | null) => orgs.find((o) => o.id === i)?.slug ?? null,
      source: (i: number | null) => sources.find((o) => o.id === i)?.key ?? null,
      scopeArea: (i: number | null) => scopes.find((o) => o.id === i)?.key ?? null,
      agreement: (i: number) => ags.find((o) => o.id === i)?.slug ?? null,
    };
    const olderInput = (await loadAgreementInput(db, id))!.input;
    const saved = SECOND_READING[slug];
    const savedArchive = SECOND_READING_ARCHIVES["matichon-2192643"];
    const source = await db.source.findUniqueOrThrow({ where: { key: "matichon-2192643" }, include: { archive: true } });
    const { prepareArchive, storeArchive } = await import("@/lib/sources/archive");
    const oldText = "An older reading's passages.\n";
    const prepared = await prepareArchive({ kind: "text", text: oldText });
    if (!prepared.ok) throw new Error("archive");
    await db.$transaction((tx) => storeArchive(tx, null, source.id, prepared, null));
    try {
      SECOND_READING[slug] = fingerprint(olderInput, keys);
      SECOND_READING_ARCHIVES["matichon-2192643"] = createHash("sha256").update(oldText).digest("hex");
      await seed(db);
      const after = (await loadAgreementInput(db, id))!;
      expect(after.version).toBe(older.version + 1);
      expect(after.input.summaryEn).toBe(curated.input.summaryEn);
      expect(await db.revision.findFirstOrThrow({ where: { agreementId: id, version: after.version }, select: { action: true, actorEmail: true } })).toEqual({ action: "UPDATE", actorEmail: null });
      const archive = await db.sourceArchive.findUniqueOrThrow({ where: { sourceId: source.id } });
      expect(archive.text).toBe(readFileSync(path.join("prisma/seed-sources", "matichon-2192643.txt"), "utf8"));
      // Once updated, a second start changes nothing.
      await seed(db);
      expect((await loadAgreementInput(db, id))!.version).toBe(after.version);
    } finally {
      SECOND_READING[slug] = saved!;
      SECOND_READING_ARCHIVES["matichon-2192643"] = savedArchive!;
    }
  });
});
