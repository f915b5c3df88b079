import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { INSPECTOR_PORT, ORIGIN, PORT } from "./origin";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const STARTUP_MS = 90_000;

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`${ORIGIN}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** Starts `wrangler dev` for the suite and stops it afterwards (its whole process group: wrangler and workerd). */
export default async function startWrangler(): Promise<() => Promise<void>> {
  if (!existsSync(`${root}/dist/addin/taskpane.html`))
    throw new Error("dist/addin is not built: run `npm run test:e2e`, which builds first.");
  if (await healthy()) throw new Error(`Port ${PORT} already answers; stop whatever runs there (it must be this suite's wrangler dev).`);
  const output: string[] = [];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      `${root}/node_modules/wrangler/bin/wrangler.js`,
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(PORT),
      "--inspector-port",
      String(INSPECTOR_PORT),
      "--log-level",
      "warn",
    ],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" },
    },
  );
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };

  const deadline = Date.now() + STARTUP_MS;
  while (!(await healthy())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not come up on ${ORIGIN}:\n${output.join("")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return stop;
}
