// The curated records, from prisma/seed-sources/, one file per instrument in
// instruments/. Rules kept there:
// - every value is backed by at least one `cite` quoting its source verbatim
//   (tests/integration/seed.test.ts checks the quotes against the files);
// - what no source states is left out and stays NULL;
// - texts in languages other than the record's original one are the
//   registry's translations;
// - where sources disagree, the party's own official record is followed over
//   a news report, and the other passage is cited with `contradicts` and a
//   note (README, "Curation notes").
// Each record passes the editor's form rules when seeded (prisma/seed.ts).

import type { SeedAgreement } from "./types";
import { jointStatement2015 } from "./instruments/joint-statement-ict-2015";
import { postalMoc } from "./instruments/moc-postal-services";
import { mocIctDigital2017 } from "./instruments/moc-ict-digital-2017";
import { mocIctDigital2022 } from "./instruments/moc-ict-digital-2022";
import { depaMicMoc2022 } from "./instruments/depa-mic-moc-digital-innovation-2022";
import { jointPressStatementNbtc2015 } from "./instruments/joint-press-statement-nbtc-2015";
import { micNbtcMoc2016 } from "./instruments/mic-nbtc-moc-2016";
import { postalMoc2021 } from "./instruments/moc-postal-2021";

export type { Cite, SeedAgreement } from "./types";

export const agreements: SeedAgreement[] = [
  jointStatement2015,
  postalMoc,
  mocIctDigital2017,
  mocIctDigital2022,
  depaMicMoc2022,
  // Added from the Japanese side's and Thai official records (second reading, issue 14).
  jointPressStatementNbtc2015,
  micNbtcMoc2016,
  postalMoc2021,
];
