// The AI MoC (tests/helpers/ai-moc.ts), saved and published through the
// editor's own functions on the seeded test database, for integration tests.
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { db } from "./db";
import { aiMocInput } from "./ai-moc";
import { createStaffActor } from "./staff";

export async function publishAiMoc(slug: string): Promise<void> {
  const actor = await createStaffActor("editor");
  const [mdes, mic] = await Promise.all([db.organization.findUniqueOrThrow({ where: { slug: "mdes" } }), db.organization.findUniqueOrThrow({ where: { slug: "mic" } })]);
  const saved = await createAgreement(db, actor, aiMocInput(slug, { mdes: mdes.id, mic: mic.id }));
  await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
}
