// The curated files read directly, without the Worker's loader, so that tests compare the add-in's
// answers with what the data says rather than with the code under test.
import { readFileSync } from "node:fs";

type Row = Record<string, string>;

function readTsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(new URL(`../../../data/${file}`, import.meta.url), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  const columns = header!.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""]));
  });
}

export const list = (cell: string | undefined): string[] => (cell ? cell.split("|").map((s) => s.trim()) : []);

export const sources = readTsv("sources.tsv");
export const findings = readTsv("findings.tsv");
export const verdicts = readTsv("verdicts.tsv");
export const molecules = readTsv("molecules.tsv");
export const references = readTsv("references.tsv");
/** Finding ids retired from findings.tsv: id, retired_in, reason, names. */
export const retired = readTsv("retired.tsv");
export const processes = ["formation", "resorption", "cartilage"] as const;
export const datasetVersion: string = JSON.parse(readFileSync(new URL("../../../data/datapackage.json", import.meta.url), "utf8")).version;

/** Every spelling of each source that names only that source. */
export const spellings: Map<string, string[]> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const s of sources) {
    for (const name of [s.code!, s.name!, ...list(s.aliases)]) {
      const key = name.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(s.code!));
    }
  }
  return new Map(
    sources.map((s) => [
      s.code!,
      [...new Set([s.code!, s.name!, ...list(s.aliases)])].filter((n) => owners.get(n.toLowerCase())!.size === 1),
    ]),
  );
})();

export const findingsOf = (code: string, process?: string, direction?: string): Row[] =>
  findings.filter(
    (f) => f.source === code && (process === undefined || f.process === process) && (direction === undefined || f.direction === direction),
  );

export const reviewVerdict = (code: string, process: string): string =>
  verdicts.find((v) => v.source === code && v.process === process)!.verdict!;

/** The verdict the findings alone support (basis=evidence). */
export function evidenceVerdict(code: string, process: string): string {
  const rows = findingsOf(code, process);
  const promotes = rows.some((f) => f.direction === "promotes");
  const inhibits = rows.some((f) => f.direction === "inhibits");
  if (promotes && inhibits) return "mixed";
  if (promotes) return "promotes";
  if (inhibits) return "inhibits";
  return reviewVerdict(code, process) === "not_studied" ? "not_studied" : "no_data";
}

export const unique = (items: string[]): string[] => [...new Set(items)];

export const moleculeType = (name: string): string | undefined =>
  molecules.find((m) => m.name!.toLowerCase() === name.toLowerCase() || list(m.aliases).some((a) => a.toLowerCase() === name.toLowerCase()))
    ?.type;

/** Every source × process pair, with the review's verdict. */
export const pairs = sources.flatMap((s) =>
  processes.map((process) => ({ code: s.code!, name: s.name!, process, verdict: reviewVerdict(s.code!, process) })),
);
