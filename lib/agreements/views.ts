// Agreement views for pages: read once per request (React cache), shaped by
// the same serializer as the API so pages and API never disagree.
import { cache } from "react";
import { getPublicAgreement, listPublicAgreements, listPublicAgreementsById, type AgreementRecord } from "@/lib/agreements/queries";
import { referenceDate, serializeAgreement, type AgreementView } from "@/lib/agreements/serialize";
import { toIsoString } from "@/lib/dates/partial-date";

export type ListedAgreement = AgreementView & { id: number; referenceDate: string | null };

export const getAgreementView = cache(async (slug: string): Promise<AgreementView | null> => {
  const row = await getPublicAgreement(slug);
  return row ? serializeAgreement(row) : null;
});

function listed(row: AgreementRecord): ListedAgreement {
  const ref = referenceDate(row);
  return { ...serializeAgreement(row), id: row.id, referenceDate: ref ? toIsoString(ref) : null };
}

export const listAgreementViews = cache(async (): Promise<ListedAgreement[]> => {
  const rows = await listPublicAgreements();
  return rows.map(listed).sort((a, b) => (b.referenceDate ?? "").localeCompare(a.referenceDate ?? ""));
});

/** Just these agreements, in the order given (a page of search results). */
export async function loadAgreementViews(ids: number[]): Promise<ListedAgreement[]> {
  const byId = new Map((await listPublicAgreementsById(ids)).map((row) => [row.id, listed(row)]));
  return ids.map((id) => byId.get(id)).filter((v): v is ListedAgreement => v !== undefined);
}
