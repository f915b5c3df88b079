import type { z } from "@hono/zod-openapi";
import { LIST_SEPARATOR } from "../contract/finding-columns";

/** A row with the line of the file it came from, so that later checks can point at it. */
export interface Located<T> {
  line: number;
  row: T;
}

/** Collects `file:line: column: problem` messages, so a curator sees every problem at once. */
export class ValidationReport {
  readonly list: string[] = [];
  add(file: string, line: number, column: string, problem: string): void {
    this.list.push(`${file}:${line}: ${column}: ${problem}`);
  }
}

type Shape = Record<string, z.ZodType>;

/** Turns one cell into the value its schema expects: `|` lists into arrays, years into numbers. */
function cellValue(schema: z.ZodType, cell: string): unknown {
  const type = schema._zod.def.type;
  if (type === "array") return cell === "" ? [] : cell.split(LIST_SEPARATOR).map((item) => item.trim());
  if (type === "number") return cell === "" ? Number.NaN : Number(cell);
  return cell;
}

/**
 * Parses one TSV file against a zod object schema: the header must name exactly the schema's
 * columns in order; each line is validated, and every problem is recorded with its line and column.
 */
export function parseTsv<S extends z.ZodObject<Shape>>(
  file: string,
  content: string,
  schema: S,
  problems: ValidationReport,
): Located<z.infer<S>>[] {
  const columns = Object.keys(schema.shape);
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  if (header.join("\t") !== columns.join("\t")) {
    problems.add(
      file,
      1,
      "header",
      `expected the columns ${columns.join(", ")} (tab-separated, in this order) but found ${header.join(", ")}`,
    );
    return [];
  }
  const rows: Located<z.infer<S>>[] = [];
  lines.forEach((text, i) => {
    const line = i + 1;
    if (i === 0 || text.trim() === "") return;
    const cells = text.split("\t");
    if (cells.length !== columns.length) {
      problems.add(
        file,
        line,
        "line",
        `has ${cells.length} tab-separated fields, expected ${columns.length} (a tab inside a value, or a missing column?)`,
      );
      return;
    }
    const candidate = Object.fromEntries(columns.map((column, c) => [column, cellValue(schema.shape[column]!, cells[c]!)]));
    const parsed = schema.safeParse(candidate);
    if (parsed.success) {
      rows.push({ line, row: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const column = String(issue.path[0] ?? "line");
      problems.add(file, line, column, `${issue.message} (value: "${cells[columns.indexOf(column)] ?? ""}")`);
    }
  });
  return rows;
}
