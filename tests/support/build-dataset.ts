import { execFileSync } from "node:child_process";

/**
 * Vitest global setup: the Worker imports build/dataset.pack and build/openapi.txt, so build them
 * from the current data and code first (npm run build:worker).
 */
export default function setup(): void {
  const cwd = new URL("../..", import.meta.url).pathname;
  for (const script of ["worker/build/dataset.ts", "worker/build/openapi.ts"])
    execFileSync("npx", ["tsx", script], { cwd, stdio: "inherit" });
}
