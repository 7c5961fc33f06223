import type { AgreementView } from "@/lib/agreements/serialize";

/** The API's form of an agreement: the view without the database id. */
export function agreementJson<T extends AgreementView & { id?: number }>(view: T) {
  const { id: _id, ...rest } = view;
  void _id;
  return rest;
}
