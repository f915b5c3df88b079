import { HTTPException } from "hono/http-exception";
import { TrieRouter } from "hono/router/trie-router";
import { AnswerTooLarge, answerTooLarge } from "./http/answer-budget";
import { datasetCaching } from "./http/cache";
import { cors } from "./http/cors";
import { percentEncoding } from "./http/encoding";
import { isProblemStatus, paramError, problem } from "./http/problem";
import { retiredProblem } from "./http/retired-problem";
import { securityHeaders } from "./http/security";
import { LookupError } from "./lookups/lookup-error";
import { nearest } from "./lookups/nearest";
import { RetiredFindingError } from "./lookups/retired";
import { batchRoutes } from "./routes/batch";
import { cellLinesRoutes } from "./routes/cell-lines";
import { datasetRoutes } from "./routes/dataset";
import { docsRoutes } from "./routes/docs";
import { effectRoutes } from "./routes/effect";
import { findingsRoutes } from "./routes/findings";
import { homeRoutes } from "./routes/home";
import { manifestRoutes } from "./routes/manifest";
import { matrixRoutes } from "./routes/matrix";
import { moleculesRoutes } from "./routes/molecules";
import { networkRoutes } from "./routes/network";
import { openAPIRoutes } from "./routes/openapi";
import { processesRoutes } from "./routes/processes";
import { rawFileRoutes } from "./routes/raw-files";
import { referencesRoutes } from "./routes/references";
import { createRouter } from "./routes/router";
import { sourcesRoutes } from "./routes/sources";
import { targetsRoutes } from "./routes/targets";
import { verdictsRoutes } from "./routes/verdicts";

// Hono's default matcher tries a RegExpRouter first, which cannot hold /:file{[^/]+\.tsv}
// (routes/raw-files.ts), and falls back to a TrieRouter; building both cost every cold start.
const app = createRouter(new TrieRouter());

app.use("*", cors());
app.use("*", securityHeaders());
// Inside the caching middleware, so that a refused URL, like every answer, names the dataset version.
app.use("*", datasetCaching());
app.use("*", percentEncoding());

app.route("/", homeRoutes);
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
app.route("/", verdictsRoutes);
app.route("/", cellLinesRoutes);
app.route("/", rawFileRoutes);
app.route("/", batchRoutes);
app.route("/", manifestRoutes);

// Both serve the document of the whole app (these two routes included), generated from its zod
// routes at build time (worker/build/openapi.ts), so no isolate runs the generator.
app.route("/", openAPIRoutes);
app.route("/", docsRoutes);

/** Paths the app serves, as patterns, to tell a wrong method (405) from an unknown path (404). */
const knownPaths = () =>
  app.routes
    .filter((r) => r.method !== "ALL")
    .map((r) => ({ method: r.method, pattern: new RegExp(`^${r.path.replace(/:[^/]+/g, "[^/]+")}$`) }));

app.notFound((c) => {
  const path = new URL(c.req.url).pathname;
  const methods = [
    ...new Set(
      knownPaths()
        .filter((r) => r.pattern.test(path))
        .map((r) => r.method),
    ),
  ];
  if (methods.length > 0) {
    c.header("Allow", methods.join(", "));
    return problem(c, 405, `${c.req.method} is not allowed on ${path}; use ${methods.join(" or ")}.`);
  }
  const suggestion = nearest(path, new Set(app.routes.map((r) => r.path).filter((p) => !p.includes(":") && !p.includes("*"))));
  const shown = path.length > 80 ? `${path.slice(0, 80)}…` : path;
  const detail = `There is nothing at ${shown}.${suggestion ? ` Did you mean ${suggestion}?` : ""} The API lives under /v1 (e.g. /v1/effect, /v1/findings); see /docs for every route.`;
  return problem(c, 404, detail, suggestion ? [{ param: "path", message: detail, suggestion }] : []);
});

app.onError((error, c) => {
  if (error instanceof RetiredFindingError) return retiredProblem(c, error);
  if (error instanceof AnswerTooLarge) return answerTooLarge(c, error);
  if (error instanceof LookupError) {
    return problem(c, error.code === "not_found" ? 404 : 400, error.message, [paramError(error)]);
  }
  if (error instanceof HTTPException) {
    const status = isProblemStatus(error.status) ? error.status : 400;
    if (status === 415)
      return problem(c, 415, "Send the body as JSON with Content-Type: application/json.", [{ param: "body", message: error.message }]);
    return problem(
      c,
      status,
      `${error.message}. Check that the body is valid JSON.`,
      [{ param: "body", message: error.message }],
      status === 400 ? "invalid-body" : undefined,
    );
  }
  console.error(error);
  return problem(c, 500, "Something went wrong inside the service. Please try again; if it persists, report it with the request you made.");
});

export default app;

// Hono builds its router on the first match; build it while the isolate starts instead.
app.router.match("GET", "/healthz");
