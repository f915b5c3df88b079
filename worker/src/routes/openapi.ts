import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { completeDocument, type OpenAPIDocument } from "./openapi-document";
import { definePlainRoute } from "./route";
import { createRouter } from "./router";
import { strictQuery } from "./strict-query";

export const info = {
  title: "exo-bone API",
  version: "1.0.0",
  description:
    "How exosomes from each cell type regulate bone formation, bone resorption and cartilage metabolism, curated from one review (Frontiers in Pharmacology 2024, doi:10.3389/fphar.2024.1516125). Every finding carries a verbatim quote and its citations.",
};

const route = definePlainRoute({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenAPI",
  tags: ["service"],
  summary: "This API as an OpenAPI 3.1 document, with this server as its server",
  responses: { 200: { description: "The OpenAPI document", content: { "application/json": { schema: z.object({}).passthrough() } } } },
});

/**
 * Serves the finished document of the whole app, which the app hands over once every route is in.
 * One per origin (its `servers` names the origin that served it), a few at most.
 */
export function openAPIRoutes(generate: () => OpenAPIDocument) {
  let base: OpenAPIDocument | undefined;
  const byOrigin = new Map<string, OpenAPIDocument>();
  const documentFor = (origin: string): OpenAPIDocument => {
    const license = dataset().descriptor.licenses[0]!;
    base ??= generate();
    const done = byOrigin.get(origin) ?? completeDocument(base, origin, { name: `${license.title} (the dataset)`, url: license.path });
    if (byOrigin.size < 8) byOrigin.set(origin, done);
    return done;
  };
  const router = createRouter();
  router.openAPIRegistry.registerPath(route);
  router.get(route.path, strictQuery(route.path), (c) => c.json(documentFor(new URL(c.req.url).origin)));
  return { router, documentFor };
}
