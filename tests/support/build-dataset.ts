import { execFileSync } from "node:child_process";

/** Vitest global setup: the Worker imports build/dataset.pack, so build it from the current data first. */
export default function setup(): void {
  execFileSync("npx", ["tsx", "worker/build/dataset.ts"], { cwd: new URL("../..", import.meta.url).pathname, stdio: "inherit" });
}
