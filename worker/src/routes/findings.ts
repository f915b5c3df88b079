import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Finding } from "../dataset/finding";
import { list } from "../http/format";
import { LookupError } from "../lookups/lookup-error";
import { MAX_FINDINGS_LIMIT } from "../contract/limits";
import { FindingsMeta, findings } from "../lookups/findings";
import { formatParam, listOf, nameParam, notFound, badRequest, processParam, sourceParam, tableContent } from "./params";
import { createRouter } from "./router";

const columns = Object.keys(Finding.shape);

const listRoute = createRoute({
  method: "get",
  path: "/v1/findings",
  summary: "Findings matching the filters",
  description: "Every filter is optional and they combine with AND. Sources may repeat (source=OC&source=OB) or be comma-separated.",
  request: {
    query: z.object({
      source: z.union([sourceParam, z.array(sourceParam).max(50)]).optional(),
      process: processParam.optional(),
      direction: nameParam("promotes, inhibits or no_effect", "inhibits").optional(),
      molecule: nameParam("A cargo molecule by name or alias", "miR-214-3p").optional(),
      type: nameParam("Only findings with cargo of this type: miRNA, lncRNA, circRNA, protein, other", "miRNA").optional(),
      target: nameParam("Part of a target's name (gene, pathway, axis), case-insensitive", "RUNX2").optional(),
      recipient: nameParam("Recipient cells: a source code, a cell line or the review's words", "MC3T3-E1").optional(),
      q: nameParam("Free text over molecules, targets, recipients, context, quote and note", "ferroptosis").optional(),
      direction_basis: nameParam("stated (the review's sentence says which way) or implied (the curators read it from context)", "stated").optional(),
      citation_given: nameParam("yes (cited at the claim's sentence), shared (citations after a later sentence or at the paragraph's end) or no", "yes").optional(),
      cargo_change: nameParam("The cargo's level in the vesicles: enriched, depleted, altered or unspecified", "depleted").optional(),
      evidence_code: nameParam("ECO:0000304 (traceable author statement), ECO:0000303 (non-traceable author statement) or ECO:0000305 (curator inference)", "ECO:0000305").optional(),
      limit: z.coerce.number().int().min(1).max(MAX_FINDINGS_LIMIT).optional().openapi({ description: `Rows per page, 1–${MAX_FINDINGS_LIMIT} (default 100)` }),
      offset: z.coerce.number().int().min(0).max(1_000_000).optional().openapi({ description: "Rows to skip (default 0)" }),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "A page of findings", content: tableContent(listOf(Finding, FindingsMeta)) }, ...badRequest },
});

const oneRoute = createRoute({
  method: "get",
  path: "/v1/findings/{id}",
  summary: "One finding by its id",
  request: { params: z.object({ id: z.string().max(20).openapi({ example: "F-2.2-03" }) }) },
  responses: { 200: { description: "The finding", content: { "application/json": { schema: Finding } } }, ...badRequest, ...notFound },
});

export const findingsRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const query = c.req.valid("query");
    const source = query.source === undefined ? undefined : [query.source].flat().flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
    const page = findings(dataset(), { ...query, source });
    return list(c, "findings", page.data, columns, page.meta);
  })
  .openapi(oneRoute, (c) => {
    const { id } = c.req.valid("param");
    const finding = dataset().index.findingById.get(id.trim().toUpperCase());
    if (!finding) throw new LookupError("not_found", "id", `There is no finding "${id}". Finding ids look like F-2.2-03 (section, then number); list them with GET /v1/findings.`);
    return c.json(finding, 200);
  });
