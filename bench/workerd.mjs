/**
 * Runs a built Worker (bench/worker-bundle.mjs) on raw workerd with bench/workerd.capnp, on
 * 127.0.0.1 only, and stops it again. Ready means /healthz answered 200.
 */
import { spawn } from "node:child_process";
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

/**
 * Starts workerd and waits for its first answer. From spawning the process: `listeningMs` until
 * the port accepts connections (workerd has compiled the bundle by then), `firstAnswerMs` until
 * the first 200 on /healthz, whose request also parses and indexes the dataset (once per isolate).
 */
export async function startWorkerd(bundleDir, port, { timeoutMs = 20_000 } = {}) {
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
