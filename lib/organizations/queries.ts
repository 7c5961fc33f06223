import { cache } from "react";
import { publicWhere } from "@/lib/agreements/queries";
import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/http/params";

// An organization is public once a published public record names it as a
// party: one made inside a draft or an internal record has no public page
// (and is not linked as a predecessor or successor) until then.
const inPublicRecord = { parties: { some: { agreement: publicWhere } } };

export const getOrganization = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const org = await getDb().organization.findFirst({
    where: { slug, ...inPublicRecord },
    include: { predecessor: { include: { _count: { select: { parties: { where: { agreement: publicWhere } } } } } }, successors: { where: inPublicRecord } },
  });
  if (!org) return null;
  const { predecessor, ...rest } = org;
  if (!predecessor || predecessor._count.parties === 0) return { ...rest, predecessor: null };
  const { _count, ...shown } = predecessor;
  void _count;
  return { ...rest, predecessor: shown };
});
