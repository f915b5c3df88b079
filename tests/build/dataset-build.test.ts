import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { readDataFolder } from "../../data/read-folder";
import { loadDataset } from "../../worker/src/dataset/load";
import { unpack } from "../../worker/src/dataset/packed";
import { dataFolder, lines, setField } from "../data/broken-copy";

const root = join(import.meta.dirname, "..", "..");

/** Runs npm run build:dataset's script over `data` into a temporary file. */
function build(data: string) {
  const out = join(mkdtempSync(join(tmpdir(), "exo-bone-build-")), "dataset.pack");
  const run = spawnSync(process.execPath, ["--import", "tsx", "worker/build/dataset.ts"], {
    cwd: root,
    env: { ...process.env, EXO_DATA_DIR: data, EXO_DATASET_OUT: out },
    encoding: "utf8",
  });
  return { status: run.status, stderr: run.stderr, out };
}

const copyOfData = () => {
  const folder = mkdtempSync(join(tmpdir(), "exo-bone-data-"));
  cpSync(dataFolder, folder, { recursive: true });
  return folder;
};

// Each test spawns the build (a Node process compiling TypeScript) once or twice: on a loaded
// machine that takes longer than vitest's 5 s default, which says nothing about the build.
describe("npm run build:dataset", { timeout: 60_000 }, () => {
  it("packs exactly what the loader gives, with a build id", () => {
    const { status, out } = build(dataFolder);
    expect(status).toBe(0);
    const packed = unpack(readFileSync(out, "utf8"));
    const { files, descriptor } = readDataFolder(dataFolder);
    expect(packed).toMatchObject({ build: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(isDeepStrictEqual((packed as { dataset: unknown }).dataset, loadDataset(files, descriptor))).toBe(true);
  });

  it("gives another build id when the data changes", () => {
    const id = (data: string) => (unpack(readFileSync(build(data).out, "utf8")) as { build: string }).build;
    const folder = copyOfData();
    const before = id(folder);
    writeFileSync(join(folder, "findings.tsv"), `${setField(lines("findings.tsv"), 2, "note", "a curator's new note").join("\n")}\n`);
    expect(id(folder)).not.toBe(before);
  });

  it("fails on a broken row with file:line: column, and writes nothing", () => {
    const folder = copyOfData();
    writeFileSync(join(folder, "findings.tsv"), `${setField(lines("findings.tsv"), 5, "process", "growth").join("\n")}\n`);
    const { status, stderr, out } = build(folder);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^findings\.tsv:5: process: /m);
    expect(existsSync(out)).toBe(false);
  });
});
