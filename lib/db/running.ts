// While `npm start` serves the embedded database, it writes the address next
// to the data folder so that other commands (npm run user:create) use the
// running server instead of opening the same folder a second time.
import path from "node:path";

export function embeddedDataDir(root: string): string {
  return process.env.REGISTRY_DATA_DIR ?? path.join(root, ".data", "pglite");
}

export function runningEmbeddedFile(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.running.json`;
}
