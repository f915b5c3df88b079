import { z } from "@hono/zod-openapi";
import { manifestOrigin } from "../contract/manifest-origin.mjs";
import { Problem, problem } from "../http/problem";
import { defineRoute } from "./route";
import { createRouter } from "./router";

/** Where the build puts manifest.xml (a name of its own: a file at /manifest.xml would be served as is, never rewritten). */
const DEV_MANIFEST_PATH = "/dev-manifest.xml";

const route = defineRoute({
  method: "get",
  operationId: "getManifest",
  tags: ["service"],
  path: "/manifest.xml",
  summary: "The Excel add-in manifest, ready to sideload from this server",
  description:
    "manifest.xml with every URL pointing at the origin that served it, so a deployed copy hands users a manifest for that deployment. Sideload it in Excel (Home › Add-ins › More add-ins › Upload My Add-in).",
  responses: {
    200: { description: "The XML add-in manifest", content: { "application/xml": { schema: z.string() } } },
    503: { description: "Service Unavailable: the add-in is not built on this server", content: { "application/problem+json": { schema: Problem } } },
  },
});

/** The dev manifest with each URL at its dev origin (the one its DefaultSettings names) moved to `origin`. */
function manifestFor(devManifest: string, origin: string): string {
  return devManifest.replaceAll(manifestOrigin(devManifest), origin);
}

export const manifestRoutes = createRouter().openapi(route, async (c) => {
  // The static-assets binding serves the built add-in (dist/addin), which holds the manifest as written for dev.
  const built = await c.env.ASSETS.fetch(new Request(new URL(DEV_MANIFEST_PATH, c.req.url)));
  if (!built.ok) {
    return problem(c, 503, "The Excel add-in is not built on this server, so there is no manifest to hand out. Run npm run build (npm start does it), then ask again.");
  }
  const xml = manifestFor(await built.text(), new URL(c.req.url).origin);
  return c.body(xml, 200, {
    "Content-Type": "application/xml; charset=utf-8",
    "Content-Disposition": 'attachment; filename="exo-bone-manifest.xml"',
    "Cache-Control": "no-cache",
  });
});
