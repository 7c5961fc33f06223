// The bodies of the source endpoints (app/api/editor/sources/…). Every
// refusal is a field error whose key is a message under Editor.sources (or
// Editor.errors, for the source's own fields, shared with the record form).
import "@/lib/zod-config";
import { z } from "zod";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { ARCHIVE_MAX_BYTES } from "@/lib/sources/media";

export const sourceRequestSchema = z.object({ input: z.unknown() }).strict();

// Base64 is 4 characters for every 3 bytes.
const MAX_BASE64 = Math.ceil(ARCHIVE_MAX_BYTES / 3) * 4;
/** The body limit of the archive endpoint: the file in base64 plus its name and date. */
export const ARCHIVE_MAX_BODY = MAX_BASE64 + 4096;

export const archiveRequestSchema = z
  .object({
    // The day the copy was taken: a whole day, not after today (Bangkok).
    retrievedOn: z.iso
      .date({ error: "archiveRetrievedOn" })
      .refine((d) => d >= "1990-01-01" && d <= todayInBangkok(), { error: "archiveRetrievedOn" }),
    text: z.string().max(ARCHIVE_MAX_BYTES, { error: "archiveTooLarge" }).optional(),
    file: z
      .object({
        name: z.string().trim().min(1, { error: "archivePick" }).max(255, { error: "archivePick" }),
        base64: z.base64({ error: "archiveUnreadable" }).max(MAX_BASE64, { error: "archiveTooLarge" }),
      })
      .optional(),
  })
  .strict()
  .refine((b) => (b.text !== undefined && b.text.trim() !== "") !== (b.file !== undefined), { error: "archivePick", path: ["text"] });
