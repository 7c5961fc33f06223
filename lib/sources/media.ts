// The kinds of archived copy, apart from the extraction libraries so that
// pages naming a copy's format do not load them.
export const ARCHIVE_MAX_BYTES = 5 * 1024 * 1024;

export type ArchiveMediaType = "application/pdf" | "text/html" | "text/plain";

/** The word the pages use for a copy's format (messages …format.pdf / .html / .text). */
export const archiveFormat = (mediaType: string) => (mediaType === "application/pdf" ? "pdf" : mediaType === "text/html" ? "html" : "text");

/** Who archived the five seed texts (prisma/seed.ts): no staff member. Here, beside the labels, so pages need not load the extraction libraries. */
export const SEED_ARCHIVER = "registry seed";
