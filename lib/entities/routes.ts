// The write endpoints of shared entities share one shape: the write gate,
// the entity's id from the address, a form's values (or the id to merge),
// and an answer listing what changed and which records it touched.
import type { z } from "zod";
import { handleWrite, written } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Staff } from "@/lib/auth/session";
import type { EntitySaved } from "@/lib/entities/edit";
import { entityRequestSchema, mergeRequestSchema } from "@/lib/entities/schemas";
import { routeId } from "@/lib/http/params";

type Params = { params: Promise<{ id: string }> };

export function entityUpdateRoute<S extends z.ZodType>(entity: string, schema: S, update: (db: PrismaClient, actor: Staff, id: number, input: z.output<S>, expectedVersion?: number) => Promise<EntitySaved>) {
  return async (request: Request, { params }: Params) => {
    const id = routeId((await params).id);
    return handleWrite(request, { permission: "edit", found: id !== null, body: entityRequestSchema, input: schema }, async (staff, body, input) => {
      const { changed, ...saved } = await update(getDb(), staff, id!, input as z.output<S>, body.version);
      return written(saved, { action: `${entity}.update`, target: `${entity}:${id}`, details: { fields: saved.changes.map((c) => c.field), records: saved.agreementIds.length } }, { changed });
    });
  };
}

export function entityMergeRoute(entity: string, merge: (db: PrismaClient, actor: Staff, keepId: number, mergeId: number) => Promise<EntitySaved>) {
  return async (request: Request, { params }: Params) => {
    const id = routeId((await params).id);
    return handleWrite(request, { permission: "edit", found: id !== null, body: mergeRequestSchema, bodyIsForm: true }, async (staff, body) => {
      const { changed, ...saved } = await merge(getDb(), staff, id!, body.mergeId);
      return written(saved, { action: `${entity}.merge`, target: `${entity}:${id}`, details: { merged: body.mergeId, records: saved.agreementIds.length } }, { changed });
    });
  };
}
