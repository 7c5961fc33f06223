import { NextResponse } from "next/server";
import { listPublicAgreements } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { withDatabase } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export async function GET() {
  return withDatabase(async () => {
    const rows = await listPublicAgreements();
    return NextResponse.json({ data: rows.map((row) => serializeAgreement(row)) });
  });
}
