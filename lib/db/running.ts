// While `npm start` serves the embedded database, it writes the address next
// to the data folder so that other commands (npm run user:create) use the
// running server instead of opening the same folder a second time.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export function embeddedDataDir(root: string): string {
  return process.env.REGISTRY_DATA_DIR ?? path.join(root, ".data", "pglite");
}

export function runningEmbeddedFile(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.running.json`;
}

/** The address of the embedded database `npm start` is serving from `dataDir`, or null when none is running. */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const file = runningEmbeddedFile(dataDir);
  if (!existsSync(file)) return null;
  const { pid, url } = JSON.parse(readFileSync(file, "utf8")) as { pid: number; url: string };
  try {
    process.kill(pid, 0);
    return url;
  } catch {
    return null;
  }
}
