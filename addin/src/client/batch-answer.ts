import type { BatchResult } from "../../../worker/src/contract";
import { ServiceError } from "./errors";
import type { Reply } from "./transport";

export interface BatchAnswer {
  results: BatchResult[];
  version: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const isResult = (value: unknown): value is BatchResult =>
  isObject(value) &&
  ("value" in value || (isObject(value.error) && typeof value.error.code === "string" && typeof value.error.message === "string"));

const malformed = (why: string) =>
  new ServiceError(
    "malformed",
    `The exo-bone service sent an answer this add-in cannot read (${why}). Reload the add-in; if it persists, report it.`,
  );

/** Problem details (RFC 9457) of a refused request, in one sentence. */
export function problemText(reply: Reply): string {
  try {
    const problem: unknown = JSON.parse(reply.body);
    if (isObject(problem)) {
      const errors = Array.isArray(problem.errors)
        ? problem.errors
            .filter(isObject)
            .map((e) => e.message)
            .filter((m) => typeof m === "string")
        : [];
      const text = errors.length > 0 ? errors.join(" ") : problem.detail;
      if (typeof text === "string" && text !== "") return text;
    }
  } catch {
    // Not a problem document: the status line is all there is to say.
  }
  return `HTTP ${reply.status}`;
}

/** The answer to a POST /v1/batch of `count` calls, checked: one well-formed result per call. */
export function readBatchAnswer(reply: Reply, count: number): BatchAnswer {
  if (reply.status < 200 || reply.status > 299) {
    throw new ServiceError(
      "refused",
      `The exo-bone service refused the request (HTTP ${reply.status}: ${problemText(reply)}).`,
      reply.status,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(reply.body);
  } catch {
    throw malformed(`not JSON: ${JSON.stringify(reply.body.slice(0, 40))}`);
  }
  if (!isObject(body) || !Array.isArray(body.results)) throw malformed("no results list");
  if (body.results.length !== count) throw malformed(`${body.results.length} results for ${count} calls`);
  const { results } = body;
  if (!results.every(isResult)) throw malformed(`result ${results.findIndex((r) => !isResult(r)) + 1} is neither a value nor an error`);
  const version = typeof body.dataset === "string" && body.dataset !== "" ? body.dataset : reply.version;
  if (!version) throw malformed("no dataset version");
  return { results, version };
}
