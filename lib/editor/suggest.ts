// Which of the record's facts a passage mentions: the form offers them as
// suggestions beside a passage's checkboxes ("tick the 5 facts this passage
// mentions"), so a passage backing many facts is not ticked one by one. A
// suggestion is never ticked by itself: the editor confirms it. Dates are
// found in any of their spellings (lib/editor/consistency.ts), names and
// labels as written, terms and notice periods in months or years, in Thai,
// English and Japanese. Pure: the browser's form runs it as the editor types.
import { statesDate, statesText } from "@/lib/editor/consistency";
import type { FactName } from "@/lib/editor/facts";
import type { AgreementFormValues } from "@/lib/editor/schema";
import type { EditorOptions } from "@/lib/editor/queries";
import { normalizeForQuotes } from "@/lib/sources/quote-check";

interface Needle {
  fact: FactName;
  row: number | null;
  dates?: string[];
  texts?: Array<string | null | undefined>;
  /** Matched with their case: abbreviations ("MIC" is not in "economic"). */
  exact?: Array<string | null | undefined>;
  pattern?: RegExp;
}

const EN_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const TH_NUMBERS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "สิบเอ็ด", "สิบสอง"];

/** A number of months as the sources write it (no spaces: quotes are compared normalized). */
function monthsPattern(months: number): RegExp {
  const spell = (n: number) => [String(n), EN_NUMBERS[n], TH_NUMBERS[n]].filter(Boolean).join("|");
  const forms = [`(?<!\\d)(?:${spell(months)})(?:-?months?|เดือน|か月|ヶ月|カ月|ケ月)`];
  if (months % 12 === 0) forms.push(`(?<!\\d)(?:${spell(months / 12)})(?:-?years?|ปี|年間|年)`);
  return new RegExp(forms.join("|"), "iu");
}

const KINDS: Record<string, RegExp> = {
  MEMORANDUM_OF_COOPERATION: /บันทึกความร่วมมือ|memorandumofcooperation|協力覚書|協力に関する覚書/iu,
  MEMORANDUM_OF_UNDERSTANDING: /บันทึกความเข้าใจ|memorandumofunderstanding|了解覚書/iu,
  JOINT_STATEMENT: /แถลงการณ์ร่วม|jointstatement|共同声明/iu,
};

/** What to look for in a passage, fact by fact. */
export function needlesOf(v: AgreementFormValues, options: Pick<EditorOptions, "organizations" | "scopeAreas">): Needle[] {
  const needles: Needle[] = [
    { fact: "title", row: null, texts: [v.titleTh, v.titleEn, v.titleJa] },
    { fact: "kind", row: null, pattern: KINDS[v.kind] },
    { fact: "cabinetApprovalOn", row: null, dates: [v.cabinetApprovalOn] },
    { fact: "signedOn", row: null, dates: [v.signedOn] },
    { fact: "signedAt", row: null, texts: [v.signedAtTh, v.signedAtEn, v.signedAtJa] },
    { fact: "effectiveOn", row: null, dates: [v.effectiveOn] },
    { fact: "expiresOn", row: null, dates: [v.expiresOn] },
  ];
  if (v.termMonths !== "" && v.termMonths !== undefined) needles.push({ fact: "termMonths", row: null, pattern: monthsPattern(Number(v.termMonths)) });
  if (v.terminationNoticeMonths !== "" && v.terminationNoticeMonths !== undefined) needles.push({ fact: "terminationNoticeMonths", row: null, pattern: monthsPattern(Number(v.terminationNoticeMonths)) });
  if (v.automaticRenewal === "yes") needles.push({ fact: "automaticRenewal", row: null, pattern: /ต่ออายุ|renew|自動更新|自動的に更新/iu });
  v.parties.forEach((p, row) => {
    const known = p.organizationId ? options.organizations.find((o) => o.id === p.organizationId) : null;
    const draft = p.newOrganization;
    needles.push({ fact: "party", row, texts: known ? [known.nameTh, known.nameEn, known.nameJa] : [draft?.nameTh, draft?.nameEn], exact: [known ? known.abbreviation : draft?.abbreviation] });
  });
  v.signatories.forEach((s, row) => needles.push({ fact: "signatory", row, texts: [s.nameTh, s.nameEn, s.nameJa] }));
  v.scopeAreas.forEach((s, row) => {
    const known = s.scopeAreaId ? options.scopeAreas.find((o) => o.id === s.scopeAreaId) : null;
    needles.push({ fact: "scopeArea", row, texts: known ? [known.th, known.en, known.ja] : [s.newScopeArea?.labelTh, s.newScopeArea?.labelEn, s.newScopeArea?.labelJa] });
  });
  v.events.forEach((e, row) => needles.push({ fact: "event", row, dates: [e.date] }));
  return needles;
}

/** The facts (of `needles`) a passage mentions, in the form's order. */
export function suggestedFacts(quote: string, needles: Needle[]): Array<{ fact: FactName; row: number | null }> {
  if (!quote.trim()) return [];
  const normalized = normalizeForQuotes(quote);
  return needles
    .filter((n) => (n.dates ?? []).some((d) => d && statesDate(quote, d)) || (n.texts ?? []).some((t) => t && statesText(quote, t)) || (n.exact ?? []).some((t) => t && statesText(quote, t, true)) || (n.pattern?.test(normalized) ?? false))
    .map(({ fact, row }) => ({ fact, row }));
}
