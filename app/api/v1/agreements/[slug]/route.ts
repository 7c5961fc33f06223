import { NextResponse } from "next/server";
import { getPublicAgreement } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { jsonError, withDatabase } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withDatabase(async () => {
    const row = await getPublicAgreement(slug);
    if (!row) return jsonError(404, "not_found", `No published agreement has the slug "${slug}".`, { slug });
    return NextResponse.json({ data: serializeAgreement(row) });
  });
}
