/**
 * R and pandas themselves (Debian's r-base-core and python3-pandas, which .ci/run installs) run
 * the README's lines and the task pane's against `wrangler dev`: each table they read must hold
 * every row and every field the JSON API gives, characters and identifiers intact.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvUrl, pandasLine, rLine } from "../../addin/src/taskpane/query";
import { api } from "./support/expect-data";
import { ORIGIN } from "./support/origin";

const RSCRIPT = "/usr/bin/Rscript";
const PYTHON = "/usr/bin/python3";
const work = mkdtempSync(join(tmpdir(), "exo-bone-analysis-"));
beforeAll(() => {
  for (const tool of [RSCRIPT, PYTHON])
    if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install -y r-base-core python3-pandas (.ci/run does).`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The README's code block in `language` under "Whole tables", pointed at this suite's Worker. */
function readmeBlock(language: "r" | "python"): string {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("### Whole tables"));
  const block = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(section)?.[1];
  if (!block) throw new Error(`README.md has no \`\`\`${language} block under "Whole tables"`);
  return block.replaceAll("http://localhost:8787", ORIGIN);
}

/** Every row of a JSON list (all its pages), each field as the table's text: lists joined by "|", null as blank. */
async function jsonRows(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | null = `${path}${path.includes("?") ? "&" : "?"}limit=1000`;
  while (next) {
    const page: { data: Record<string, unknown>[]; meta: { next?: string | null } } = await api(next.replace(ORIGIN, ""));
    rows.push(...page.data);
    next = page.meta.next ?? null;
  }
  const cell = (value: unknown) => (Array.isArray(value) ? value.join("|") : value === null || value === undefined ? "" : String(value));
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])));
}

/**
 * A table the tool wrote back out as TSV (UTF-8, no quoting, blanks for missing values), as
 * records. Quotes hold no tab or line break (the data check refuses control characters).
 */
function written(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/);
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((v, i) => [columns[i]!, v])));
}

/**
 * Writes each table as UTF-8 bytes (R's own writers re-encode through the session's locale), and
 * counts its non-ASCII strings that R does not know to be UTF-8: those are the ones whose nchar,
 * substr and regular expressions go wrong in a locale that is not UTF-8. Counts its missing cells
 * too: R reads a column of digits with blanks (PubMed ids) as numbers, each blank as NA.
 */
const R_WRITE = `write_utf8 <- function(table, path) {
  cells <- lapply(table, function(column) { text <- as.character(column); text[is.na(text)] <- ""; text })
  lines <- c(paste(names(table), collapse = "\\t"), do.call(paste, c(cells, sep = "\\t")))
  con <- file(path, "wb"); writeLines(lines, con, useBytes = TRUE); close(con)
  unmarked <- sum(sapply(table, function(column) if (is.character(column)) sum(Encoding(column) != "UTF-8" & grepl("[^\\x01-\\x7f]", column, perl = TRUE, useBytes = TRUE)) else 0))
  writeLines(as.character(unmarked), paste0(path, ".unmarked"))
  writeLines(as.character(sum(is.na(table))), paste0(path, ".missing"))
}`;

function runR(code: string, tables: string[]): Record<string, Record<string, string>[]> {
  const out = tables.map((t) => `write_utf8(${t}, "${join(work, `${t}.r.tsv`)}")`);
  // A C locale, as on many servers: what R reads must not depend on the session's encoding.
  execFileSync(RSCRIPT, ["-e", [code, R_WRITE, ...out].join("\n")], { env: { ...process.env, LANG: "C", LC_ALL: "C" }, stdio: "pipe" });
  for (const t of tables) {
    expect(readFileSync(join(work, `${t}.r.tsv.unmarked`), "utf8").trim(), `${t}: non-ASCII strings R does not know are UTF-8`).toBe("0");
    expect(readFileSync(join(work, `${t}.r.tsv.missing`), "utf8").trim(), `${t}: cells R read as missing (NA)`).toBe("0");
  }
  return Object.fromEntries(tables.map((t) => [t, written(join(work, `${t}.r.tsv`))]));
}

/**
 * Writes each table back out and counts its missing cells: a blank cell read as NaN turns a text
 * column's "" into a float and an identifier column (PubMed, NCBI Gene) into floats (1234.0).
 */
function runPandas(code: string, tables: string[]): Record<string, Record<string, string>[]> {
  const out = tables.flatMap((t) => [
    `${t}.to_csv("${join(work, `${t}.py.tsv`)}", sep="\\t", index=False, encoding="utf-8")`,
    `open("${join(work, `${t}.py.tsv.missing`)}", "w").write(str(int(${t}.isna().sum().sum())))`,
  ]);
  execFileSync(PYTHON, ["-c", ["import pandas", code, ...out].join("\n")], { stdio: "pipe" });
  for (const t of tables)
    expect(readFileSync(join(work, `${t}.py.tsv.missing`), "utf8"), `${t}: cells pandas read as missing (NaN)`).toBe("0");
  return Object.fromEntries(tables.map((t) => [t, written(join(work, `${t}.py.tsv`))]));
}

/** The path of a CSV URL's rows as JSON. */
const jsonPath = (url: string) => {
  const u = new URL(url);
  u.searchParams.delete("format");
  return `${u.pathname}${u.search}`;
};

/** Each `table <- read.csv("url"` (R) or `table = pd.read_csv("url"` (pandas) of a code block. */
const urlsOf = (block: string) =>
  [...block.matchAll(/(\w+) (?:<-|=) (?:\w+\.)?read[._]csv\("([^"]+)"/g)].map((m) => ({ table: m[1]!, url: m[2]! }));

describe.each([
  ["R", "r", runR],
  ["pandas", "python", runPandas],
] as const)("%s reads what the README says it reads", (_tool, language, run) => {
  it("every row and field of each table, Greek letters and identifiers as the API gives them", async () => {
    const block = readmeBlock(language);
    const reads = urlsOf(block);
    expect(reads.map((r) => r.table)).toEqual(["findings", "references"]);
    const tables = run(
      block,
      reads.map((r) => r.table),
    );
    for (const { table, url } of reads) {
      const expected = await jsonRows(jsonPath(url));
      expect(expected.length).toBeGreaterThan(0);
      expect(tables[table], `${table} from ${url}`).toEqual(expected);
    }
    expect(tables.findings!.some((f) => /[αβκ]/.test(f.quote!))).toBe(true);
  }, 60_000);
});

describe.each([
  ["R", rLine, runR],
  ["pandas", pandasLine, runPandas],
] as const)("the task pane's %s line", (_tool, line, run) => {
  it("reads the query's findings, every field as the API gives it", async () => {
    const url = csvUrl(ORIGIN, { sources: ["BMSC"], process: "formation" });
    const { findings } = run(line(url), ["findings"]);
    expect(findings).toEqual(await jsonRows(jsonPath(url)));
  }, 60_000);
});
