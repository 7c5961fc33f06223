// A new record as the form starts it: nothing stated, nothing cited.
import type { AgreementInput } from "@/lib/editor/schema";

export function emptyAgreementInput(): AgreementInput {
  return {
    slug: "",
    kind: "MEMORANDUM_OF_COOPERATION",
    legalNature: null,
    originalLanguage: "th",
    visibility: "PUBLIC",
    titleTh: "",
    titleEn: "",
    titleJa: "",
    summaryTh: "",
    summaryEn: "",
    summaryJa: "",
    internalNote: "",
    cabinetApprovalOn: "",
    signedOn: "",
    signedAtTh: "",
    signedAtEn: "",
    signedAtJa: "",
    effectiveOn: "",
    expiresOn: "",
    termMonths: "",
    automaticRenewal: "unknown",
    terminationNoticeMonths: "",
    parties: [],
    signatories: [],
    scopeAreas: [],
    events: [],
    relations: [],
    sources: [],
    citations: [],
  };
}
