// Run after `npm install` (package.json, postinstall): one change to Next's
// own code, until Next makes it (README, "Measured").
//
// Next 16.4's IncrementalCache.set measures every entry it caches with
// `JSON.stringify(entry).length`, though it uses the size only for the data
// cache without a custom cache handler (its 2 MB limit; this app has a
// handler, lib/cache/shared-cache-handler.mjs). For a page, the entry holds
// its RSC payload as a Buffer, which JSON.stringify writes out as an array of
// numbers: for a search page (~80 kB of payload) ~8 ms of one core and
// ~300 kB of garbage per render, on every page rendered and cached. The size
// is now measured only where the limit applies.
//
// Written by hand, not with patch-package: the files are minified, and
// patch-package's diff would carry whole 60 kB lines (466 kB of patch); a
// named replacement is easy to review. When Next's code no longer holds the
// pattern (an upgrade), this says so and changes nothing, and
// tests/unit/patch-next.test.ts fails until the patch is looked at again.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const next = path.join(root, "node_modules", "next", "dist");

// The minified form (bundled into each compiled server runtime) and the readable one (dist/server).
const MINIFIED = /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152&&!this\.hasCustomCacheHandler&&!\3\.isImplicitBuildTimeCache\)/;
const READABLE = /const itemSize = JSON\.stringify\(data\)\.length;/;
export const PATCHED_MARK = "registry: size measured only where the limit applies";

/** The files to patch, and whether each was found unpatched, patched already, or without the pattern. */
export function patchNext({ write = true } = {}) {
  const compiled = path.join(next, "compiled", "next-server");
  const files = [
    ...readdirSync(compiled).filter((f) => f.endsWith(".runtime.prod.js")).map((f) => path.join(compiled, f)),
    path.join(next, "server", "lib", "incremental-cache", "index.js"),
    path.join(next, "esm", "server", "lib", "incremental-cache", "index.js"),
  ];
  const result = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (text.includes(PATCHED_MARK)) {
      result.push({ file, state: "patched" });
      continue;
    }
    let patched = text.replace(
      MINIFIED,
      (_all, size, entry, ctx) =>
        `/* ${PATCHED_MARK} */let ${size}=${ctx}.fetchCache&&!this.hasCustomCacheHandler&&!${ctx}.isImplicitBuildTimeCache?JSON.stringify(${entry}).length:0;if(${ctx}.fetchCache&&${size}>2097152&&!this.hasCustomCacheHandler&&!${ctx}.isImplicitBuildTimeCache)`,
    );
    if (patched === text)
      patched = text.replace(READABLE, `// ${PATCHED_MARK}\n        const itemSize = ctx.fetchCache && !this.hasCustomCacheHandler && !ctx.isImplicitBuildTimeCache ? JSON.stringify(data).length : 0;`);
    if (patched === text) {
      // Runtimes that hold no IncrementalCache (pages, edge) are not concerned.
      if (text.includes("isImplicitBuildTimeCache") && text.includes("2097152")) result.push({ file, state: "pattern missing" });
      continue;
    }
    if (write) writeFileSync(file, patched);
    result.push({ file, state: "unpatched" });
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = patchNext();
  const missing = result.filter((r) => r.state === "pattern missing");
  for (const { file } of missing) console.warn(`patch-next: ${path.relative(root, file)} no longer holds the code this patch changes; left as it is (see scripts/patch-next.mjs)`);
  console.log(`patch-next: ${result.filter((r) => r.state !== "pattern missing").length} of Next's files measure cache entries only where the size is used`);
}
