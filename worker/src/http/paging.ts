import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { negotiate } from "./format";

/**
 * JSON pages hold this many rows unless `limit` says otherwise, on every list that grows with the
 * data: a screenful that a script reads in one request at today's size (159 findings, 188 cited
 * works, 82 molecules), and an answer of tens of KiB however large the data grows, where the
 * whole list would be megabytes. The same number on every list, so a client learns it once.
 */
export const JSON_PAGE = 100;

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export const PageMeta = z.object({
  total: z.number().int().openapi({ description: "Rows matching the filters, over all pages" }),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().optional().openapi({ description: "The URL of the next page; absent on the last page" }),
  prev: z.string().optional().openapi({ description: "The URL of the previous page; absent on the first page" }),
});
export type PageMeta = z.infer<typeof PageMeta>;

/** Every list answer says how many rows there are in all. */
export const totalCount = (c: Context, total: number): void => c.header("X-Total-Count", String(total));

/** The URL of this request with another window of rows. */
function pageUrl(c: Context, limit: number, offset: number): string {
  const url = new URL(c.req.url);
  url.searchParams.set("limit", String(limit));
  url.searchParams.set("offset", String(offset));
  return url.toString();
}

/**
 * One window of `all`: `limit` rows from `offset`, or every row when neither the client nor the
 * route asks for a page. The answer says how much there is (X-Total-Count) and where the
 * neighbouring pages are (RFC 8288 Link, rel next/prev), so no client loses rows without knowing.
 */
export function page<T>(c: Context, all: readonly T[], asked: PageRequest, defaultLimit?: number): { rows: T[]; meta: PageMeta } {
  const total = all.length;
  const offset = asked.offset ?? 0;
  const limit = asked.limit ?? defaultLimit ?? Math.max(total - offset, 0);
  const rows = all.slice(offset, offset + limit);
  const meta: PageMeta = { total, limit, offset };
  if (limit > 0 && offset + limit < total) meta.next = pageUrl(c, limit, offset + limit);
  if (offset > 0 && limit > 0) meta.prev = pageUrl(c, limit, Math.max(offset - limit, 0));
  totalCount(c, total);
  const links = [meta.next && `<${meta.next}>; rel="next"`, meta.prev && `<${meta.prev}>; rel="prev"`].filter(Boolean);
  if (links.length > 0) c.header("Link", links.join(", "));
  return { rows, meta };
}

/**
 * The window a list answers: JSON a page of JSON_PAGE rows unless limit or offset says otherwise;
 * CSV and TSV, which people open whole in Excel, R or pandas, every row unless a page is asked for.
 */
export function listPage<T>(c: Context, all: readonly T[], asked: PageRequest): { rows: T[]; meta: PageMeta } {
  const whole = negotiate(c) !== "json" && asked.limit === undefined && asked.offset === undefined;
  return page(c, all, asked, whole ? undefined : JSON_PAGE);
}
