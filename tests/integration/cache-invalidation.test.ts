// What each kind of write expires of the cached public reads: nothing for a
// draft, every list and the record's own pages for a public record, and the
// pages of the records a successor supersedes. (That the expiry reaches every
// page and instance is shown end to end: tests/e2e/writes/caching.spec.ts and
// tests/system/instances.postgres.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LISTS, recordTag } from "@/lib/cache/tags.mjs";
import { tagsFor } from "@/lib/cache/invalidate";
import { createAgreement, restoreRevision, updateAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaffActor } from "../helpers/staff";
import type { Staff } from "@/lib/auth/session";

const RUN = Date.now().toString(36);
let actor: Staff;

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

describe("invalidation after each kind of write", () => {
  it("expires nothing for a draft, and the lists and the record once it is public", async () => {
    const draft = await createAgreement(db, actor, await sampleInput(db, `cache-${RUN}`));
    expect(tagsFor(draft.changed)).toEqual([]);
    const edited = await updateAgreement(db, actor, draft.id, draft.version, { ...draft.input, titleEn: "Still a draft" });
    expect(tagsFor(edited.changed)).toEqual([]);

    const published = await changePublication(db, actor, draft.id, edited.version, "PUBLISH");
    expect(tagsFor(published.changed)).toEqual([LISTS, recordTag(`cache-${RUN}`)]);
    const saved = await updateAgreement(db, actor, draft.id, published.version, { ...published.input, titleEn: "Published and edited", slug: `cache-renamed-${RUN}` });
    // The old address and the new one.
    expect(tagsFor(saved.changed)).toEqual([LISTS, recordTag(`cache-${RUN}`), recordTag(`cache-renamed-${RUN}`)]);
    const restored = await restoreRevision(db, actor, draft.id, saved.version, published.version);
    expect(tagsFor(restored.changed)).toEqual([LISTS, recordTag(`cache-renamed-${RUN}`), recordTag(`cache-${RUN}`)]);
    const unpublished = await changePublication(db, actor, draft.id, restored.version, "UNPUBLISH");
    expect(tagsFor(unpublished.changed)).toEqual([LISTS, recordTag(`cache-${RUN}`)]);
    const archived = await changePublication(db, actor, draft.id, unpublished.version, "ARCHIVE");
    // Archiving a record that was no longer public changes nothing public.
    expect(tagsFor(archived.changed)).toEqual([]);
  });

  it("expires the superseded record's pages when a draft successor is saved or loses the relation, since its status depends on it", async () => {
    const postal = await db.agreement.findUniqueOrThrow({ where: { slug: "moc-postal-services" }, select: { id: true, slug: true } });
    const successor = await createAgreement(db, actor, { ...(await sampleInput(db, `successor-${RUN}`)), relations: [{ agreementId: postal.id, type: "SUPERSEDES", noteTh: "", noteEn: "" }] });
    expect(tagsFor(successor.changed).sort()).toEqual([LISTS, recordTag(`successor-${RUN}`), recordTag(postal.slug)].sort());
    const without = await updateAgreement(db, actor, successor.id, successor.version, { ...successor.input, relations: [] });
    expect(tagsFor(without.changed).sort()).toEqual([LISTS, recordTag(`successor-${RUN}`), recordTag(postal.slug)].sort());
  });
});
