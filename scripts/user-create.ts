// `npm run user:create -- --email a@example.org --role editor [--name "A. Person"]`:
// creates an account. The password is asked for (not echoed), or read from stdin
// when stdin is not a terminal (`echo "$PASSWORD" | npm run user:create -- …`).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { readEnv } from "@/lib/env";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { migrate } from "@/lib/database/migrate";
import { provideDatabase } from "@/lib/database/provide-database";
import { createAccount } from "@/lib/data/users/create-account";
import { newAccountSchema } from "@/lib/validations/account";
import { runScript } from "./run-script";

await runScript("user:create", async (log) => {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  if (!values.email || !values.role) {
    throw new Error("Give the account's email and role: npm run user:create -- --email a@example.org --role editor [--name \"A. Person\"]");
  }
  const password = process.stdin.isTTY ? await askPassword() : await readStdin();
  const parsed = newAccountSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));

  const database = await provideDatabase(readEnv(), log);
  const db = createPrismaClient(database.url);
  try {
    await migrate(database.url, { log });
    await createAccount(parsed.data, { db });
    log(`created ${parsed.data.role} account ${parsed.data.email}`);
  } finally {
    await db.$disconnect();
    await database.embedded?.stop();
  }
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline belongs to `echo`, not to the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function askPassword(): Promise<string> {
  const first = await ask("Password: ");
  const second = await ask("Password again: ");
  if (first !== second) throw new Error("The two passwords differ. Nothing was created; run the command again.");
  return first;
}

// Reads one line without echoing it: the typed characters are not written back.
function ask(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    process.stdout.write(prompt);
    output._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}
