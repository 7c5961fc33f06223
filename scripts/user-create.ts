// `npm run user:create -- --email someone@example.org --role admin [--name "…"]`
// Creates a staff account. There is no default password: one is generated
// and printed once, or read from standard input with --password-stdin.
// Uses DATABASE_URL, or the embedded database (while `npm start` runs, the
// one it serves; otherwise its folder, .data/pglite or REGISTRY_DATA_DIR).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { ROLES } from "@/lib/auth/roles";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { openCommandDatabase } from "@/lib/db/command-line";

const root = process.cwd();
function fail(line: string): never {
  console.error(`[registry] error: ${line}`);
  process.exit(2);
}

const argsSchema = z.object({
  email: z.email({ error: "--email must be an e-mail address" }),
  role: z.enum(ROLES, { error: `--role must be one of ${ROLES.join(", ")}` }),
  name: z.string().trim().min(1).max(200).optional(),
  "password-stdin": z.boolean().optional(),
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").trim();
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } } });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const args = argsSchema.safeParse(parsed.values);
  if (!args.success) fail(args.error.issues.map((i) => i.message).join("; "));
  const { email, role } = args.data;

  let password: string;
  if (args.data["password-stdin"]) {
    password = await readStdin();
    if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  } else {
    password = randomBytes(18).toString("base64url");
  }

  const database = await openCommandDatabase(root);
  ensureAuthSecret(root);

  const { getAuth } = await import("@/lib/auth/auth");
  const { getDb } = await import("@/lib/db/client");
  try {
    if (await getDb().user.findUnique({ where: { email: email.toLowerCase() } })) fail(`a user with the e-mail ${email} already exists`);
    const { user } = await getAuth().api.createUser({ body: { email, password, name: args.data.name ?? email, role } });
    // In the audit log like an admin's creation; the actor is the command (no session).
    const { recordAudit } = await import("@/lib/audit/record");
    await recordAudit({ actorId: null, actorEmail: "npm run user:create", client: null, action: "user.create", target: `user:${user.id}`, details: { email: user.email, role, via: "command line" } });
    console.log(`[registry] created ${role} ${email}`);
    if (!args.data["password-stdin"]) console.log(`[registry] password (shown once): ${password}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => fail(error instanceof Error ? error.message.split("\n")[0]! : String(error)));
