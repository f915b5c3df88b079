import { z } from "@hono/zod-openapi";
import { documentText } from "./built-document";
import { definePlainRoute } from "./route";
import { createRouter } from "./router";
import { strictQuery } from "./strict-query";

const route = definePlainRoute({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenAPI",
  tags: ["service"],
  summary: "This API as an OpenAPI 3.1 document, with this server as its server",
  responses: { 200: { description: "The OpenAPI document", content: { "application/json": { schema: z.object({}).passthrough() } } } },
});

/**
 * The document of the whole app, built with it (routes/built-document.ts), naming the origin that
 * served it as its server. The caching middleware keeps its bytes and ETag per URL after the first.
 */
export const openAPIRoutes = createRouter();
openAPIRoutes.openAPIRegistry.registerPath(route);
openAPIRoutes.get(route.path, strictQuery(route.path), (c) =>
  c.body(documentText(new URL(c.req.url).origin), 200, { "Content-Type": "application/json" }),
);
