import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { manifestOrigin } from "../contract/manifest-origin.mjs";
import { originId } from "../http/origin-id";
import { Problem, problem } from "../http/problem";
import { isLoopback, publicOrigin } from "../http/public-origin";
import { ownCaching } from "./params";
import { definePlainRoute, defineRoute } from "./route";
import { createRouter } from "./router";
import { strictQuery } from "./strict-query";

const problemContent = { "application/problem+json": { schema: Problem } };

/**
 * Where the build puts manifest.xml and functions.json, as written for the dev origin. They have
 * names of their own because a static file at /manifest.xml or /functions.json would be served as
 * is, never rewritten for this deployment.
 */
const DEV_MANIFEST_PATH = "/dev-manifest.xml";
const DEV_METADATA_PATH = "/dev-functions.json";

// Made for this deployment's origin on every request, from files a new build replaces: a client revalidates each time.
const BUILT_FILE_CACHING = "no-cache";
const builtFileCaching = ownCaching(BUILT_FILE_CACHING, "Revalidate each time: the file is made for this deployment on every request");

const notBuilt =
  "The Excel add-in is not built on this server, so there is nothing to hand out. Run npm run build (npm start does it), then ask again.";

const manifestRoute = defineRoute({
  method: "get",
  operationId: "getManifest",
  tags: ["service"],
  path: "/manifest.xml",
  summary: "The Excel add-in manifest, ready to sideload from this deployment",
  description:
    "manifest.xml with every URL on this deployment's configured public https origin (PUBLIC_ORIGIN, never the request's Host) and an <Id> derived from that origin. Sideload it in Excel (Home › Add-ins › More add-ins › Upload My Add-in).",
  responses: {
    200: { description: "The XML add-in manifest", headers: builtFileCaching, content: { "application/xml": { schema: z.string() } } },
    400: {
      description: "Bad Request: asked over http; Office loads add-ins over https only, and the problem says how to sideload",
      content: problemContent,
    },
    503: {
      description: "Service Unavailable: the add-in is not built here, or this deployment has no https PUBLIC_ORIGIN",
      content: problemContent,
    },
  },
});

const metadataRoute = definePlainRoute({
  method: "get",
  operationId: "getFunctionsMetadata",
  tags: ["service"],
  path: "/functions.json",
  summary: "The EXO.* custom functions' metadata, with help links on this server",
  description: "What Excel reads to learn each function's name, arguments and help link; the help links point at this deployment's /docs.",
  responses: {
    200: {
      description: "Custom functions metadata",
      headers: builtFileCaching,
      content: {
        "application/json": { schema: z.looseObject({ functions: z.array(z.looseObject({ id: z.string(), helpUrl: z.string() })) }) },
      },
    },
    503: { description: "Service Unavailable: the add-in is not built on this server", content: problemContent },
  },
});

/** A file the build wrote for the dev origin, from the static assets; undefined when the add-in is not built. */
async function built(c: Context<{ Bindings: Env }>, path: string): Promise<string | undefined> {
  const response = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)));
  return response.ok ? response.text() : undefined;
}

/** The dev origin: the one the built manifest's DefaultSettings names. */
async function devOrigin(c: Context<{ Bindings: Env }>): Promise<string | undefined> {
  const manifest = await built(c, DEV_MANIFEST_PATH);
  return manifest === undefined ? undefined : manifestOrigin(manifest);
}

/** The dev manifest with every dev-origin URL moved to `origin`, and the <Id> of that origin. */
async function manifestFor(devManifest: string, origin: string): Promise<string> {
  return devManifest.replaceAll(manifestOrigin(devManifest), origin).replace(/<Id>[^<]*<\/Id>/, `<Id>${await originId(origin)}</Id>`);
}

export const manifestRoutes = createRouter().openapi(manifestRoute, async (c) => {
  const target = publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url);
  if ("detail" in target) return problem(c, target.status, target.detail);
  const devManifest = await built(c, DEV_MANIFEST_PATH);
  if (devManifest === undefined) return problem(c, 503, notBuilt);
  return c.body(await manifestFor(devManifest, target.origin), 200, {
    "Content-Type": "application/xml; charset=utf-8",
    "Content-Disposition": 'attachment; filename="exo-bone-manifest.xml"',
    "Cache-Control": BUILT_FILE_CACHING,
  });
});

manifestRoutes.openAPIRegistry.registerPath(metadataRoute);
// functions.json is the built file with its links moved, not a typed value: a plain handler.
manifestRoutes.get(metadataRoute.path, strictQuery(metadataRoute.path), async (c) => {
  const [metadata, from] = await Promise.all([built(c, DEV_METADATA_PATH), devOrigin(c)]);
  if (metadata === undefined || from === undefined) return problem(c, 503, notBuilt);
  const target = publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url);
  const request = new URL(c.req.url);
  // On a developer's machine help links stay on the server they are using; a deployment's go to its public origin.
  const help = "origin" in target && !isLoopback(request.hostname) ? target.origin : request.origin;
  return c.body(metadata.replaceAll(`"${from}/`, `"${help}/`), 200, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": BUILT_FILE_CACHING,
  });
});
