import { HTTPException } from "hono/http-exception";
import { datasetCaching } from "./http/cache";
import { cors } from "./http/cors";
import { problem, paramError } from "./http/problem";
import { securityHeaders } from "./http/security";
import { LookupError } from "./lookups/lookup-error";
import { batchRoutes } from "./routes/batch";
import { datasetRoutes } from "./routes/dataset";
import { docsRoutes } from "./routes/docs";
import { effectRoutes } from "./routes/effect";
import { findingsRoutes } from "./routes/findings";
import { manifestRoutes } from "./routes/manifest";
import { matrixRoutes } from "./routes/matrix";
import { moleculesRoutes } from "./routes/molecules";
import { networkRoutes } from "./routes/network";
import { processesRoutes } from "./routes/processes";
import { referencesRoutes } from "./routes/references";
import { createRouter } from "./routes/router";
import { sourcesRoutes } from "./routes/sources";
import { targetsRoutes } from "./routes/targets";

const app = createRouter();

app.use("*", cors());
app.use("*", securityHeaders());
app.use("*", datasetCaching());

app.route("/", datasetRoutes);
app.route("/", effectRoutes);
app.route("/", findingsRoutes);
app.route("/", sourcesRoutes);
app.route("/", processesRoutes);
app.route("/", moleculesRoutes);
app.route("/", targetsRoutes);
app.route("/", matrixRoutes);
app.route("/", referencesRoutes);
app.route("/", networkRoutes);
app.route("/", batchRoutes);
app.route("/", manifestRoutes);

const openapi = {
  openapi: "3.1.0",
  info: {
    title: "exo-bone API",
    version: "1.0.0",
    description:
      "How exosomes from each cell type regulate bone formation, bone resorption and cartilage metabolism, curated from one review (Frontiers in Pharmacology 2024, doi:10.3389/fphar.2024.1516125). Every finding carries a verbatim quote and its citations.",
  },
};
let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
const openAPIDocument = () => (document ??= app.getOpenAPI31Document(openapi));
app.route("/", docsRoutes(openAPIDocument));
app.get("/openapi.json", (c) => c.json(openAPIDocument()));

/** Paths the app serves, as patterns, to tell a wrong method (405) from an unknown path (404). */
const knownPaths = () =>
  app.routes.filter((r) => r.method !== "ALL").map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.replace(/:[^/]+/g, "[^/]+")}$`) }));

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const methods = [...new Set(knownPaths().filter((r) => r.pattern.test(path)).map((r) => r.method))];
  if (methods.length > 0) {
    c.header("Allow", methods.join(", "));
    return problem(c, 405, `${c.req.method} is not allowed on ${path}; use ${methods.join(" or ")}.`);
  }
  return problem(c, 404, `There is nothing at ${path}. The API lives under /v1 (e.g. /v1/effect, /v1/findings); see /docs for every route.`);
});

app.onError((error, c) => {
  if (error instanceof LookupError) {
    return problem(c, error.code === "not_found" ? 404 : 400, error.message, [paramError(error)]);
  }
  if (error instanceof HTTPException) {
    const { status } = error;
    const detail = status === 415 ? "Send the body as JSON with Content-Type: application/json." : `${error.message}. Check that the body is valid JSON.`;
    return problem(c, status, detail, [{ param: "body", message: error.message }]);
  }
  console.error(error);
  return problem(c, 500, "Something went wrong inside the service. Please try again; if it persists, report it with the request you made.");
});

export default app;

// Hono builds its router on the first match; build it while the isolate starts instead.
app.router.match("GET", "/healthz");
