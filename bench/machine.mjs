/** The machine a result came from, so a reader can tell what the numbers mean. */
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import workerd from "workerd";

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
};

/** One field of lscpu's output, e.g. "CPU family". */
const lscpu = (field) => new RegExp(`^${field}:\\s*(.+)$`, "m").exec(run("lscpu", []))?.[1] ?? "unknown";

export function machine() {
  return {
    nproc: Number(run("nproc", [])) || cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    cpuFamilyModel: `family ${lscpu("CPU family")}, model ${lscpu("Model")}`,
    hypervisor: lscpu("Hypervisor vendor"),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    os: run("uname", ["-srm"]),
    node: process.version,
    workerd: workerd.version,
  };
}
