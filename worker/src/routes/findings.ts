import { z } from "@hono/zod-openapi";
import { MAX_FINDINGS_LIMIT } from "../contract/limits";
import { dataset } from "../dataset/embedded";
import { Finding } from "../dataset/finding";
import { CargoChange, CitationGiven, Direction, DirectionBasis, EvidenceCode, MoleculeType } from "../dataset/vocabulary";
import { list } from "../http/format";
import { JSON_PAGE, listPage } from "../http/paging";
import { matchingFindings } from "../lookups/findings";
import { LookupError } from "../lookups/lookup-error";
import { nearest } from "../lookups/nearest";
import { RetiredFindingError, retiredFinding } from "../lookups/retired";
import {
  badRequest,
  choiceParam,
  formatParam,
  gone,
  jsonOnlyParam,
  listOf,
  listParam,
  nameParam,
  notFound,
  optionalParam,
  PagedMeta,
  pageParams,
  processParam,
  sourceParam,
  tableContent,
} from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const columns = Object.keys(Finding.shape);

const listRoute = defineRoute({
  method: "get",
  path: "/v1/findings",
  operationId: "listFindings",
  tags: ["findings"],
  summary: "Findings matching the filters",
  description: `Every filter is optional and they combine with AND; a list filter matches any of its values. JSON answers a page of ${JSON_PAGE} findings by default; CSV and TSV answer every matching finding unless limit or offset is given. Every answer carries X-Total-Count, and a Link header (rel next/prev) when there are more pages. With q, findings come best match first.`,
  request: {
    query: z.object({
      source: listParam(sourceParam, "Sources: code, full name or alias"),
      process: listParam(processParam, "Processes: formation, resorption, cartilage or an alias"),
      direction: listParam(choiceParam(Direction, "direction"), "Directions: promotes, inhibits, no_effect"),
      molecule: optionalParam(nameParam("A cargo molecule by name or alias", "miR-214-3p")),
      type: listParam(choiceParam(MoleculeType, "type"), "Only findings with cargo of these types: miRNA, lncRNA, circRNA, protein, other"),
      target: optionalParam(nameParam("Part of a target's name (gene, pathway, axis), case-insensitive", "RUNX2")),
      recipient: optionalParam(nameParam("Recipient cells: a source code, a cell line or the review's words", "MC3T3-E1")),
      q: optionalParam(
        nameParam(
          "Free text over molecules, targets, recipients, context, quote and note: every word must match, in any order; case, accents, hyphens and Greek letters vs their names (κ = kappa = k) do not matter",
          "NF-kB osteoclast",
        ),
      ),
      direction_basis: optionalParam(choiceParam(DirectionBasis, "direction_basis")),
      citation_given: optionalParam(choiceParam(CitationGiven, "citation_given")),
      cargo_change: optionalParam(choiceParam(CargoChange, "cargo_change")),
      evidence_code: optionalParam(choiceParam(EvidenceCode, "evidence_code")),
      ...pageParams(MAX_FINDINGS_LIMIT),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "A page of findings", content: tableContent(listOf(Finding, PagedMeta)) }, ...badRequest },
});

const oneRoute = defineRoute({
  method: "get",
  path: "/v1/findings/{id}",
  operationId: "getFinding",
  tags: ["findings"],
  summary: "One finding by its id",
  request: {
    params: z.object({ id: z.string().max(20).openapi({ description: "A finding id", example: "F-2.2-03" }) }),
    query: z.object({ format: jsonOnlyParam }),
  },
  responses: {
    200: { description: "The finding", content: { "application/json": { schema: Finding } } },
    ...badRequest,
    ...notFound,
    ...gone,
  },
});

export const findingsRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const query = c.req.valid("query");
    const ds = dataset();
    const { rows, meta } = listPage(c, matchingFindings(ds, query), query);
    return list(c, "findings", rows, columns, { ...meta, dataset: ds.version });
  })
  .openapi(oneRoute, (c) => {
    const { id } = c.req.valid("param");
    const ds = dataset();
    const finding = ds.index.findingById.get(id.trim().toUpperCase());
    if (finding) return c.json(finding, 200);
    const retired = retiredFinding(ds, id);
    if (retired) throw new RetiredFindingError(retired, "GET /v1/findings lists them");
    const suggestion = nearest(id, ds.index.findingById.keys());
    throw new LookupError(
      "not_found",
      "id",
      `There is no finding "${id.slice(0, 40)}".${suggestion ? ` Did you mean ${suggestion}?` : ""} Finding ids look like F-2.2-03 (section, then number); list them with GET /v1/findings.`,
      undefined,
      suggestion,
    );
  });
