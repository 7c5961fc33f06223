// The one place an agreement's lifecycle status is decided. Status is never
// stored: it depends on the day it is asked for, and on dates that are often
// known only to a month or a year, so every comparison here may answer
// "can't tell" — and then the status is "unknown", not a guess.

import { addMonths, bounds, dayNumber, type DayNumber, type PartialDate } from "@/lib/dates/partial-date";
import type { PublicationState } from "@/lib/enums";

export const LIFECYCLE_STATUSES = [
  "draft",
  "approved",
  "signed",
  "in_effect",
  "expired",
  "terminated",
  "superseded",
  "unknown",
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Why the status is what it is; each has a sentence in messages/*.json (Lifecycle.basis). */
export type LifecycleBasis =
  | "draft"
  | "terminationReported"
  | "terminationDateUncertain"
  | "supersededByLaterAgreement"
  | "supersessionDateUncertain"
  | "expiryStated"
  | "expiryDateUncertain"
  | "termEnded"
  | "termMayHaveEnded"
  | "termEndedRenewalNotStated"
  | "inEffectNoEndStated"
  | "inEffectWithinTerm"
  | "effectDateUncertain"
  | "signedEffectNotStated"
  | "signatureDateUncertain"
  | "approvedNotSigned"
  | "nothingStated";

export type LifecycleEventType = "TERMINATION" | "REPORTED_IN_EFFECT" | "SIGNING" | "EXCHANGE" | (string & {});

export interface LifecycleInput {
  publicationState: PublicationState;
  cabinetApproval: PartialDate | null;
  signed: PartialDate | null;
  effective: PartialDate | null;
  expires: PartialDate | null;
  termMonths: number | null;
  automaticRenewal: boolean | null;
  events: ReadonlyArray<{ type: LifecycleEventType; date: PartialDate | null }>;
  /** Signature dates (or null when unknown) of agreements that supersede this one. */
  supersededBy: ReadonlyArray<PartialDate | null>;
}

export interface Lifecycle {
  status: LifecycleStatus;
  basis: LifecycleBasis;
}

type Maybe = boolean | null;

/** Has the day (or period) `value` begun by day `asOf`? null: the period straddles it. */
function hasOccurred(value: PartialDate, asOf: DayNumber): Maybe {
  const { first, last } = bounds(value);
  if (last <= asOf) return true;
  if (first > asOf) return false;
  return null;
}

/** Is `asOf` after the last day of validity, which lies somewhere in [earliest, latest]? */
function isPast(earliest: DayNumber, latest: DayNumber, asOf: DayNumber): Maybe {
  if (asOf > latest) return true;
  if (asOf <= earliest) return false;
  return null;
}

export function computeLifecycle(input: LifecycleInput, asOfIso: string): Lifecycle {
  const asOf = dayNumber(asOfIso);
  if (input.publicationState === "DRAFT") return { status: "draft", basis: "draft" };

  for (const event of input.events) {
    if (event.type !== "TERMINATION") continue;
    if (event.date === null) return { status: "terminated", basis: "terminationReported" };
    const occurred = hasOccurred(event.date, asOf);
    if (occurred) return { status: "terminated", basis: "terminationReported" };
    if (occurred === null) return { status: "unknown", basis: "terminationDateUncertain" };
  }

  for (const successorSigned of input.supersededBy) {
    const occurred = successorSigned === null ? true : hasOccurred(successorSigned, asOf);
    if (occurred) return { status: "superseded", basis: "supersededByLaterAgreement" };
    if (occurred === null) return { status: "unknown", basis: "supersessionDateUncertain" };
  }

  // The window in which the agreement took effect: [startEarliest, startLatest].
  const reports = input.events
    .filter((e) => e.type === "REPORTED_IN_EFFECT" && e.date !== null)
    .map((e) => bounds(e.date!));
  const reportedByNow = reports.some((r) => r.last <= asOf);
  const lowerBounds = [input.signed, input.cabinetApproval].filter((d): d is PartialDate => d !== null).map((d) => bounds(d).first);
  const startEarliest = input.effective ? bounds(input.effective).first : lowerBounds.length ? Math.max(...lowerBounds) : -Infinity;
  const startLatest = input.effective
    ? bounds(input.effective).last
    : reports.length
      ? Math.min(...reports.map((r) => r.last))
      : Infinity;

  // Has it ended? An expiry a source states is conclusive; one derived from the
  // term is conclusive only when the sources say it does not renew itself.
  let ended: Maybe = false;
  let endBasis: LifecycleBasis = "inEffectNoEndStated";
  if (input.expires) {
    const { first, last } = bounds(input.expires);
    ended = isPast(first, last, asOf);
    endBasis = ended === null ? "expiryDateUncertain" : "expiryStated";
  } else if (input.termMonths !== null) {
    const earliestEnd = startEarliest === -Infinity ? -Infinity : addMonths(startEarliest, input.termMonths) - 1;
    const latestEnd = startLatest === Infinity ? Infinity : addMonths(startLatest, input.termMonths) - 1;
    const past = isPast(earliestEnd, latestEnd, asOf);
    if (past === false) {
      ended = false;
      endBasis = "inEffectWithinTerm";
    } else if (past === true) {
      if (input.automaticRenewal === true) {
        ended = false;
        endBasis = "inEffectNoEndStated";
      } else {
        ended = input.automaticRenewal === false ? true : null;
        endBasis = input.automaticRenewal === false ? "termEnded" : "termEndedRenewalNotStated";
      }
    } else {
      ended = null;
      endBasis = "termMayHaveEnded";
    }
  }
  if (ended === true) return { status: "expired", basis: endBasis };

  const tookEffect: Maybe = input.effective ? hasOccurred(input.effective, asOf) : reportedByNow ? true : false;
  if (tookEffect === true) return ended === false ? { status: "in_effect", basis: endBasis } : { status: "unknown", basis: endBasis };
  if (tookEffect === null) return { status: "unknown", basis: "effectDateUncertain" };

  // Without a stated signature date, a dated signing or exchange still shows
  // that the instrument was signed by then.
  const signature = input.signed ?? input.events.find((e) => (e.type === "SIGNING" || e.type === "EXCHANGE") && e.date !== null)?.date ?? null;
  const signed: Maybe = signature ? hasOccurred(signature, asOf) : false;
  if (signed === true) return ended === false ? { status: "signed", basis: "signedEffectNotStated" } : { status: "unknown", basis: endBasis };
  if (signed === null) return { status: "unknown", basis: "signatureDateUncertain" };

  if (input.cabinetApproval && hasOccurred(input.cabinetApproval, asOf)) return { status: "approved", basis: "approvedNotSigned" };
  return { status: "unknown", basis: "nothingStated" };
}
