// The key better-auth signs session cookies with. Taken from
// BETTER_AUTH_SECRET when set; otherwise generated once per installation and
// kept in .data/auth-secret (git-ignored, readable by the owner only), so no
// secret is ever shipped in the repository or shared between installations.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function ensureAuthSecret(root: string): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  const secret = readFileSync(file, "utf8").trim();
  process.env.BETTER_AUTH_SECRET = secret;
  return secret;
}
