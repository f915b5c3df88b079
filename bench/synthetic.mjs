/**
 * A synthetic dataset `factor` times the curated one, for the growth benchmark (never committed).
 *
 * Growth is modelled as more literature about the same cell types: findings, cargo molecules and
 * cited works are copied `factor` times, while sources, cell lines and verdicts (one per
 * source × process) stay as they are. So every source × process has `factor` times the findings,
 * which is the harder case for the per-request lookups. Copy k renames what must stay unique
 * (molecule names and aliases, citation keys, finding ids) and keeps everything else, so the
 * result passes the same loader checks as the real files.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dataDir = new URL("../data/", import.meta.url);

const read = (file) => {
  const [header, ...lines] = readFileSync(new URL(file, dataDir), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/);
  const columns = header.split("\t");
  const rows = lines.filter((l) => l.trim() !== "").map((l) => Object.fromEntries(l.split("\t").map((v, i) => [columns[i], v])));
  return { columns, rows };
};

const write = (dir, file, { columns, rows }) =>
  writeFileSync(join(dir, file), `${[columns.join("\t"), ...rows.map((r) => columns.map((c) => r[c]).join("\t"))].join("\n")}\n`);

const mapList = (cell, fn) => (cell === "" ? "" : cell.split("|").map(fn).join("|"));

/** Copy k of a name; copy 0 is the original. */
const renamed = (name, k) => (k === 0 ? name : `${name}-syn${k}`);

/**
 * Finding ids must look like F-<section>-<2–3 digits>, so copies live in synthetic subsections
 * (2.0.0, 2.0.1, …) numbered 100–999, which no curated id uses.
 */
function syntheticId(i) {
  const block = Math.floor(i / 900);
  const section = `${2 + Math.floor(block / 100)}.${Math.floor(block / 10) % 10}.${block % 10}`;
  return { id: `F-${section}-${100 + (i % 900)}`, section };
}

/** Writes the data folder, `factor` times the curated rows where the data grows, into `dir`. */
export function writeSyntheticData(factor, dir) {
  mkdirSync(dir, { recursive: true });
  const copies = Array.from({ length: factor }, (_, k) => k);

  const molecules = read("molecules.tsv");
  molecules.rows = copies.flatMap((k) =>
    molecules.rows.map((m) => ({ ...m, name: renamed(m.name, k), aliases: mapList(m.aliases, (a) => renamed(a, k)) })),
  );

  const references = read("references.tsv");
  references.rows = copies.flatMap((k) =>
    references.rows.map((r) => {
      const author = renamed(r.first_author, k);
      return { ...r, first_author: author, key: author + r.key.slice(r.first_author.length) };
    }),
  );
  const citedAs = new Map(read("references.tsv").rows.map((r) => [r.key, r.first_author]));
  const citation = (key, k) => {
    const author = citedAs.get(key);
    return author === undefined ? key : renamed(author, k) + key.slice(author.length);
  };

  const findings = read("findings.tsv");
  let synthetic = 0;
  /** The ids of each curated finding's copies, for the verdicts' exceptions. */
  const copiesOf = new Map();
  findings.rows = copies.flatMap((k) =>
    findings.rows.map((f) => {
      if (k === 0) return f;
      const copy = syntheticId(synthetic++);
      copiesOf.set(f.id, [...(copiesOf.get(f.id) ?? []), copy.id]);
      return {
        ...f,
        ...copy,
        cargo: mapList(f.cargo, (c) => renamed(c, k)),
        citations: mapList(f.citations, (c) => citation(c, k)),
      };
    }),
  );

  // A finding that is a verdict's exception (id:state) has copies that are exceptions too.
  const verdicts = read("verdicts.tsv");
  for (const v of verdicts.rows) {
    v.exceptions = mapList(v.exceptions, (item) => {
      const [id, state] = item.split(":");
      return [item, ...(copiesOf.get(id) ?? []).map((copy) => `${copy}:${state}`)].join("|");
    });
  }

  write(dir, "molecules.tsv", molecules);
  write(dir, "verdicts.tsv", verdicts);
  write(dir, "references.tsv", references);
  write(dir, "findings.tsv", findings);
  // Every other table (sources, cell lines, targets, verdicts, …) and the descriptor stay as they are.
  const written = new Set(["molecules.tsv", "references.tsv", "findings.tsv", "verdicts.tsv"]);
  for (const file of readdirSync(dataDir).filter((f) => (f.endsWith(".tsv") || f === "datapackage.json") && !written.has(f))) {
    copyFileSync(new URL(file, dataDir), join(dir, file));
  }
  return { dir, findings: findings.rows.length, molecules: molecules.rows.length, references: references.rows.length };
}
