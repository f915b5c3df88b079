/**
 * Runs a built Worker (bench/worker-bundle.mjs) on raw workerd with bench/workerd.capnp, on
 * 127.0.0.1 only, and stops it again. Ready means /healthz answered 200.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { performance } from "node:perf_hooks";
import workerd from "workerd";

const config = new URL("./workerd.capnp", import.meta.url).pathname;
const binary = workerd.default ?? workerd;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every workerd this process started and has not stopped: none outlives a crashed benchmark. */
const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/** CPU time the process has used so far, in ms: every thread's run time from /proc (ns resolution). */
export function processCpuMs(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // The thread ended between listing and reading: its time is lost either way.
    }
  }
  return ns / 1e6;
}

/**
 * Starts workerd and waits for its first answer. From spawning the process: `listeningMs` until
 * the port accepts connections (workerd has compiled the bundle by then), `firstAnswerMs` until
 * the first 200 on /healthz, whose request also unpacks the dataset (once per isolate). With
 * `untouched`, it returns as soon as the port accepts connections and sends no request.
 */
export async function startWorkerd(bundleDir, port, { timeoutMs = 20_000, untouched = false } = {}) {
  const started = performance.now();
  const child = spawn(binary, ["serve", config, "--import-path", bundleDir, "--socket-addr", `http=127.0.0.1:${port}`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let exited = false;
  running.add(child);
  child.on("exit", () => {
    exited = true;
    running.delete(child);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve();
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });

  let listeningMs;
  while (performance.now() - started < timeoutMs) {
    if (exited) throw new Error(`workerd exited before answering on port ${port}:\n${stderr}`);
    if (listeningMs === undefined) {
      if (await accepts(port)) listeningMs = performance.now() - started;
      else await pause(2);
      if (untouched && listeningMs !== undefined) return { url, pid: child.pid, listeningMs, stop };
      continue;
    }
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    if (response.ok) return { url, pid: child.pid, listeningMs, firstAnswerMs: performance.now() - started, stop };
    await pause(2);
  }
  await stop();
  throw new Error(`workerd did not answer /healthz on port ${port} within ${timeoutMs} ms:\n${stderr}`);
}
