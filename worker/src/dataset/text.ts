import { z } from "@hono/zod-openapi";

/**
 * Values must survive a round trip through TSV, CSV and Excel unchanged: no tab, line break or
 * `"` (they break the one-record-a-line format or need quoting), and no leading = + - @, which
 * Excel and LibreOffice read as a formula (CSV injection).
 */
const safe = <T extends z.ZodString>(schema: T) =>
  schema
    .refine((s) => !/[\t\r\n]/.test(s), "contains a tab or line break; write it on one line with spaces")
    .refine((s) => !s.includes('"'), "contains a double quote (\"); use single quotes (') inside values")
    .refine((s) => !/^[=+\-@]/.test(s), "starts with = + - or @, which spreadsheets run as a formula; reword the start");

/** A free-text cell: may be empty, never padded with spaces. */
export const text = safe(z.string()).refine((s) => s === s.trim(), "has spaces at the start or end");

/** A required cell. */
export const required = safe(z.string().trim().min(1, "is empty but required"));

/** A `|`-separated list cell (the GAF/miRTarBase convention), as an array in JSON. */
export const list = z.array(safe(z.string().trim().min(1, "has an empty item (two `|` in a row, or one at an end)")));

/** A character offset into the review's text (see data/README.md, "Quote anchors"). */
export const offset = z.number().int("must be a whole number").min(0, "must be 0 or more");
