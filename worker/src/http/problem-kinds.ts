/**
 * Every kind of problem the Worker can answer with. Each kind's `type` URI is its section of /docs
 * (`/docs#problem-<kind>`), so a client that meets one can read what it means and what to do.
 */
export const problemKinds = {
  "invalid-parameter": {
    status: 400,
    meaning:
      "A parameter's value is not allowed: `errors` names the parameter, what it accepts (`allowed`) and the closest valid value (`suggestion`).",
  },
  "unknown-parameter": {
    status: 400,
    meaning:
      "The route does not take a parameter of that name. Names are case-sensitive; `errors[].suggestion` is the closest parameter the route takes. Nothing is ever silently ignored.",
  },
  "repeated-parameter": {
    status: 400,
    meaning:
      "A parameter that takes one value was given more than once. List parameters (such as `source` on /v1/findings) take repetition or a comma list instead.",
  },
  "invalid-encoding": {
    status: 400,
    meaning:
      "The URL holds a `%` that does not start a valid UTF-8 percent-encoding (`%` must be followed by two hex digits; write a literal % as %25).",
  },
  "invalid-body": { status: 400, meaning: "The request body is not the JSON the route expects; `errors` says which part." },
  "not-found": {
    status: 404,
    meaning: "There is nothing at that path, or the record it names does not exist; the detail suggests the closest existing one.",
  },
  retired: {
    status: 410,
    meaning:
      "The record existed in an earlier dataset release and was retired (a finding id is never reused): the detail gives the version that retired it and why. `errors[].replaced_by` lists the current findings that carry its claim, each with its id and URL: cite those instead. When it is empty, no current finding carries the claim; cite another current record. CHANGELOG.md and /data/retired.tsv list what was retired.",
  },
  "method-not-allowed": { status: 405, meaning: "The path exists but not for that method; the `Allow` header lists the methods it takes." },
  "not-acceptable": {
    status: 406,
    meaning: "The `Accept` header rules out every format the route offers (JSON, and CSV/TSV for the list routes).",
  },
  "content-too-large": {
    status: 413,
    meaning:
      "The request body or the answer would exceed the service's limit (1 MiB a batch body, 4 MiB an answer); the detail says how large it is. Split the request: for a batch, fewer calls per request; for a whole list as CSV or TSV, pages with limit and offset, or narrower filters; for /v1/network, the source and process filters.",
  },
  "unsupported-media-type": { status: 415, meaning: "The body is not sent as `Content-Type: application/json`." },
  "too-many-requests": {
    status: 429,
    meaning: "Too many requests in a short time; wait the seconds the `Retry-After` header gives, then retry.",
  },
  "internal-error": { status: 500, meaning: "Something failed inside the service. Retry; if it persists, report the request you made." },
  unavailable: { status: 503, meaning: "The service is briefly unable to answer; wait the seconds `Retry-After` gives, then retry." },
} as const;

export type ProblemKind = keyof typeof problemKinds;
export type ProblemStatus = (typeof problemKinds)[ProblemKind]["status"];

/** The standard reason phrases of RFC 9110, used as every problem's `title`. */
export const statusTitles: Record<ProblemStatus, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/** The kind a status means when the caller names none. */
const defaultKinds: Record<ProblemStatus, ProblemKind> = {
  400: "invalid-parameter",
  404: "not-found",
  405: "method-not-allowed",
  406: "not-acceptable",
  410: "retired",
  413: "content-too-large",
  415: "unsupported-media-type",
  429: "too-many-requests",
  500: "internal-error",
  503: "unavailable",
};

export const kindOfStatus = (status: ProblemStatus): ProblemKind => defaultKinds[status];

/** The docs anchor of a kind, e.g. problem-unknown-parameter. */
export const problemAnchor = (kind: ProblemKind): string => `problem-${kind}`;
