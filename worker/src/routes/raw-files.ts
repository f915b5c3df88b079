import { z } from "@hono/zod-openapi";
import { dataFiles } from "../dataset/dataset";
import { problem } from "../http/problem";
import { nearest } from "../lookups/nearest";
import { notFound } from "./params";
import { definePlainRoute } from "./route";
import { createRouter } from "./router";
import { strictQuery } from "./strict-query";

/** The repository's data folder as served: the curated tables and their Data Package descriptor. */
const files: readonly string[] = [...dataFiles, "datapackage.json"];

const tsv = { "text/tab-separated-values": { schema: z.string().openapi({ description: "The file exactly as in the repository" }) } };

export const tableRoute = definePlainRoute({
  method: "get",
  path: "/data/{file}",
  operationId: "getDataFile",
  tags: ["dataset"],
  summary: "A curated file, byte for byte as in the repository",
  description: `One of ${files.join(", ")}. data/datapackage.json describes them all (a Frictionless Data Package whose resource paths resolve here), so \`frictionless\`, R or pandas can load the package from its URL.`,
  request: { params: z.object({ file: z.string().max(100).openapi({ description: "The file's name", example: "findings.tsv" }) }) },
  responses: {
    200: {
      description: "The file",
      content: { ...tsv, "application/json": { schema: z.object({}).passthrough().openapi({ description: "datapackage.json" }) } },
    },
    ...notFound,
  },
});

export const packageRoute = definePlainRoute({
  method: "get",
  path: "/datapackage.json",
  operationId: "getDataPackage",
  tags: ["dataset"],
  summary: "The Frictionless Data Package descriptor, byte for byte as in the repository",
  description:
    "Its resource paths are relative (findings.tsv): loading the package from /data/datapackage.json resolves them to /data/; from here, /findings.tsv redirects there.",
  responses: { 200: { description: "datapackage.json", content: { "application/json": { schema: z.object({}).passthrough() } } } },
});

/**
 * Static assets answer these paths before the Worker runs (npm run build copies the files). The
 * Worker sees a request only when no such file exists, or when it is called directly (tests).
 * Plain routes, documented by registering their definitions: the answer is the file's bytes.
 */
const router = createRouter();
router.openAPIRegistry.registerPath(tableRoute);
router.openAPIRegistry.registerPath(packageRoute);

export const rawFileRoutes = router
  .get("/data/:file", strictQuery(tableRoute.path), async (c) => {
    const file = c.req.param("file");
    if (!files.includes(file)) {
      const suggestion = nearest(file, files);
      const detail = `There is no data file "${file.slice(0, 60)}".${suggestion ? ` Did you mean ${suggestion}?` : ""} The files are: ${files.join(", ")}.`;
      return problem(c, 404, detail, [{ param: "file", message: detail, allowed: [...files], ...(suggestion ? { suggestion } : {}) }]);
    }
    return fromAssets(c.env.ASSETS, c.req.raw, `/data/${file}`);
  })
  .get("/datapackage.json", strictQuery(packageRoute.path), (c) => fromAssets(c.env.ASSETS, c.req.raw, "/datapackage.json"))
  .get("/:file{[^/]+\\.tsv}", strictQuery("/{file}.tsv"), (c) => {
    // Relative resource paths of /datapackage.json resolve to the root; the files live under /data/.
    const file = c.req.param("file");
    if (!files.includes(file)) return c.notFound();
    return c.redirect(new URL(`/data/${file}`, c.req.url).toString(), 308);
  });

async function fromAssets(assets: Fetcher | undefined, request: Request, path: string): Promise<Response> {
  // The ETag these answers carry is the static file's: only the assets can say it still matches.
  const ifNoneMatch = request.headers.get("If-None-Match");
  const asked = new Request(new URL(path, request.url), { headers: ifNoneMatch === null ? {} : { "If-None-Match": ifNoneMatch } });
  const response = assets ? await assets.fetch(asked) : undefined;
  // A copy: the asset's headers are immutable, and the middleware adds CORS and caching headers.
  if (response?.ok || response?.status === 304) return new Response(response.body, response);
  throw new Error(`${path} is missing from the static assets: run npm run build, which copies data/ into dist/addin.`);
}
