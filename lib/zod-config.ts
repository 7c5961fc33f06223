// Zod compiles object schemas with `new Function` unless told not to, and
// probes for it when a schema is built. The pages' script policy forbids
// eval (lib/server/script-policy.mjs), so the probe alone is a policy
// violation in the browser: Zod runs without it, everywhere. Imported first
// by the modules that build schemas for the browser.
import { z } from "zod";

z.config({ jitless: true });
