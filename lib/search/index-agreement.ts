// Rewrites one agreement's search document. Call it with the transaction that
// saved the agreement, so the index never lags behind a save. Internal notes
// are never indexed: search is public.

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/enums";
import { segmentedText } from "./segment";
import { yearToken } from "./terms";
import { messagesFor } from "@/lib/i18n/messages";
import { locales } from "@/i18n/locales";
import { vocabularyChanged } from "./word-lookups";

/**
 * Raised when what a document holds changes: older documents are rewritten
 * at start (prisma/seed.ts). 2: the kind's names and the years of the
 * record's dates (issue 28).
 */
export const SEARCH_INDEX_VERSION = 2;

type Db = PrismaClient | Prisma.TransactionClient;

export interface Passage {
  field: "title" | "scopeArea" | "party" | "signatory" | "summary" | "quote";
  lang: Language;
  text: string;
}

export async function reindexAgreement(db: Db, agreementId: number): Promise<void> {
  const a = await db.agreement.findUnique({
    where: { id: agreementId },
    omit: { internalNote: true },
    include: {
      parties: { include: { organization: true } },
      signatories: { include: { person: true, organization: true } },
      scopeAreas: { include: { scopeArea: true } },
      events: true,
      relationsOut: true,
      citations: { include: { source: true } },
    },
  });
  if (!a) return;

  const passages: Passage[] = [];
  const add = (field: Passage["field"], lang: Passage["lang"], text: string | null | undefined) => {
    if (text && text.trim()) passages.push({ field, lang, text });
  };
  add("title", "th", a.titleTh);
  add("title", "en", a.titleEn);
  add("title", "ja", a.titleJa);
  for (const s of a.scopeAreas) {
    add("scopeArea", "th", s.scopeArea.labelTh);
    add("scopeArea", "en", s.scopeArea.labelEn);
    add("scopeArea", "ja", s.scopeArea.labelJa);
  }
  for (const p of a.parties) {
    add("party", "th", p.organization.nameTh);
    add("party", "en", [p.organization.nameEn, p.organization.abbreviation].filter(Boolean).join(" "));
    add("party", "ja", p.organization.nameJa);
  }
  for (const s of a.signatories) {
    add("signatory", "th", [s.person?.nameTh, s.positionTh].filter(Boolean).join(" "));
    add("signatory", "en", [s.person?.nameEn, s.positionEn].filter(Boolean).join(" "));
    add("signatory", "ja", [s.person?.nameJa, s.positionJa].filter(Boolean).join(" "));
  }
  add("summary", "th", a.summaryTh);
  add("summary", "en", a.summaryEn);
  add("summary", "ja", a.summaryJa);
  for (const c of a.citations) {
    add("quote", c.source.language, c.quote);
    add("quote", "en", c.quoteEn);
    add("quote", "th", c.quoteTh);
    add("quote", "ja", c.quoteJa);
  }

  // The kind in three languages ("memorandum of cooperation", "บันทึกความร่วมมือ"),
  // so a query for the kind (or its abbreviation, lib/search/synonyms.ts) finds it.
  const kindNames = locales.map((l) => (messagesFor(l) as { Kind: Record<string, string> }).Kind[a.kind] ?? "").join(" \n ");
  // The years the record's dates fall in, as tokens no text contains: a
  // query for a year (in any calendar, lib/search/terms.ts) finds them.
  const dates = [a.cabinetApprovalOn, a.signedOn, a.effectiveOn, a.expiresOn, ...a.events.map((e) => e.occurredOn)].filter((d): d is Date => d !== null);
  const years = [...new Set(dates.map((d) => yearToken(d.getUTCFullYear())))].join(" ");

  // Weights rank a hit in the title above one in a quoted passage.
  const byWeight = (fields: Passage["field"][]) => segmentedText(passages.filter((p) => fields.includes(p.field)).map((p) => p.text).join(" \n "));
  const weightA = byWeight(["title"]);
  const weightB = [segmentedText(kindNames), byWeight(["scopeArea", "party", "signatory"])].join(" ");
  const weightC = [byWeight(["summary"]), ...a.events.flatMap((e) => [segmentedText(e.descriptionTh), segmentedText(e.descriptionEn), segmentedText(e.descriptionJa ?? "")])].join(" ");
  const weightD = [byWeight(["quote"]), ...a.relationsOut.flatMap((r) => [segmentedText(r.noteTh ?? ""), segmentedText(r.noteEn ?? ""), segmentedText(r.noteJa ?? "")])].join(" ");
  // The years stay out of `words`: the vocabulary (typo tolerance) holds words people write.
  const words = [weightA, weightB, weightC, weightD].join(" ");
  // Quotes repeat across citations; one copy of each passage is enough to highlight.
  const unique = [...new Map(passages.map((p) => [`${p.field}|${p.lang}|${p.text}`, p])).values()];

  // What this record was indexed as until now: only a record that was public
  // put words in the vocabulary, so only its words can lose their last public
  // record with this save. Read before the document is rewritten.
  const [before] = await db.$queryRaw<Array<{ words: string; public: boolean }>>`SELECT "words", "public" FROM "SearchDocument" WHERE "agreementId" = ${a.id}`;
  const isPublic = a.publicationState === "PUBLISHED" && a.visibility === "PUBLIC";
  await db.$executeRaw`
    INSERT INTO "SearchDocument" ("agreementId", "document", "title", "words", "public", "passages", "version", "updatedAt")
    SELECT ${a.id}, d."document", ts_filter(d."document", '{a}'), ${words}, ${isPublic}, ${JSON.stringify(unique)}::jsonb, ${SEARCH_INDEX_VERSION}, now()
    FROM (SELECT
      setweight(to_tsvector('simple', ${`${weightA} ${years}`}), 'A') || setweight(to_tsvector('simple', ${weightB}), 'B') ||
      setweight(to_tsvector('simple', ${weightC}), 'C') || setweight(to_tsvector('simple', ${weightD}), 'D') AS "document") d
    ON CONFLICT ("agreementId") DO UPDATE SET
      "document" = EXCLUDED."document", "title" = EXCLUDED."title", "words" = EXCLUDED."words", "public" = EXCLUDED."public", "passages" = EXCLUDED."passages", "version" = EXCLUDED."version", "updatedAt" = now()`;
  const vocabulary = [...new Set(words.split(" ").filter(Boolean))];
  // The vocabulary (typo tolerance, lib/search/query.ts) holds the words of
  // published public records only: a word of a draft or an internal record
  // changed which public records a query found, so result counts told its
  // prefixes (issue 26, part 7). A record that leaves the public takes away
  // its words that no other public record has (looked up in the index).
  // A word that enters or leaves the vocabulary changes what a query word
  // means: the lookups searches keep for a moment are dropped
  // (lib/search/word-lookups.ts).
  if (isPublic) {
    if ((await db.$executeRaw`INSERT INTO "SearchWord" ("word") SELECT unnest(${vocabulary}::text[]) ON CONFLICT DO NOTHING`) > 0) vocabularyChanged();
  } else if (before?.public) {
    // Only a record that was public checks (1.5–4 ms a word at 10,000
    // records: most of a draft's save when every save did). The words no other
    // public record has are found from the list itself, then deleted: looked
    // up in "SearchWord" first, PostgreSQL chose the trigram index (4 ms a word).
    const previous = [...new Set(before.words.split(" ").filter(Boolean))];
    const removed = await db.$executeRaw`
      DELETE FROM "SearchWord" WHERE "word" IN (
        SELECT v."word" FROM unnest(${previous}::text[]) AS v("word") WHERE NOT EXISTS (
          SELECT 1 FROM "SearchDocument" s
          WHERE s."agreementId" <> ${a.id} AND s."public" AND s."document" @@ plainto_tsquery('simple', v."word")))`;
    if (removed > 0) vocabularyChanged();
  }
}
