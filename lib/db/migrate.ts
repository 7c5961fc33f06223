import { spawn } from "node:child_process";
import path from "node:path";

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (through the
 * WebAssembly engine and adapter-pg, see prisma.config.ts). Each migration is
 * one transaction, so a failure leaves nothing half-applied.
 */
export async function migrateDeploy(url: string, cwd = process.cwd()): Promise<void> {
  const bin = path.join(cwd, "node_modules", ".bin", "prisma");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(bin, ["migrate", "deploy"], { cwd, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => output.push(String(d)));
    child.stderr.on("data", (d) => output.push(String(d)));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    const lines = output.join("").split("\n").filter((l) => /error|failed|P\d{4}/i.test(l));
    throw new Error(`Migrations failed: ${lines.slice(0, 3).join(" ").trim() || `prisma exited with ${code}`}`);
  }
}
