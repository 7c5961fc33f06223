// The app's build (Next's .next/BUILD_ID): answers kept beyond one request
// (the shared store, an export's ETag) name it, since pages name the build's
// script and stylesheet files and a new build may write answers differently.
import { readFileSync } from "node:fs";
import path from "node:path";

let build;
/** The build being served; "unbuilt" without one (next dev). Read once. */
export function buildId() {
  if (build === undefined) {
    try {
      build = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      build = "unbuilt";
    }
  }
  return build;
}
