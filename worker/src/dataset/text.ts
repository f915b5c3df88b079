import { z } from "@hono/zod-openapi";

/** A free-text cell: may be empty, never padded with spaces. */
export const text = z.string().refine((s) => s === s.trim(), "has spaces at the start or end");

/** A required cell. */
export const required = z.string().trim().min(1, "is empty but required");

/** A `|`-separated list cell (the GAF/miRTarBase convention), as an array in JSON. */
export const list = z.array(z.string().trim().min(1, "has an empty item (two `|` in a row, or one at an end)"));
