// The first five records, curated from prisma/seed-sources/, one file per
// instrument in instruments/. Rules kept there:
// - every value is backed by at least one `cite` quoting its source verbatim
//   (tests/integration/seed.test.ts checks the quotes against the files);
// - what no source states is left out and stays NULL;
// - English texts are the registry's translations of the Thai sources.
// Each record passes the editor's form rules when seeded (prisma/seed.ts).

import type { SeedAgreement } from "./types";
import { jointStatement2015 } from "./instruments/joint-statement-ict-2015";
import { postalMoc } from "./instruments/moc-postal-services";
import { mocIctDigital2017 } from "./instruments/moc-ict-digital-2017";
import { mocIctDigital2022 } from "./instruments/moc-ict-digital-2022";
import { depaMicMoc2022 } from "./instruments/depa-mic-moc-digital-innovation-2022";

export type { Cite, SeedAgreement } from "./types";

export const agreements: SeedAgreement[] = [jointStatement2015, postalMoc, mocIctDigital2017, mocIctDigital2022, depaMicMoc2022];
