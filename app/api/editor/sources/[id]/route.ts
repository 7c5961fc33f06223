import { handleWrite, written } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import { routeId } from "@/lib/http/params";
import { sourceInputSchema, updateSource } from "@/lib/sources/edit";
import { sourceRequestSchema } from "@/lib/sources/requests";

/** Corrects a source's address, title, publisher, date or language, for every record citing it. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, { permission: "edit", found: id !== null, body: sourceRequestSchema, input: sourceInputSchema }, async (staff, _body, input) => {
    const { changed, ...saved } = await updateSource(getDb(), staff, id!, input);
    return written(saved, { action: "source.update", target: `source:${id}`, details: { fields: saved.changes.map((c) => c.field), records: saved.agreementIds.length } }, { changed });
  });
}
