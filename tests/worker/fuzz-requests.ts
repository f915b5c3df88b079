import fc from "fast-check";

/** What the fuzzer sends: one request, built from parts so a failure shows what was generated. */
export interface FuzzRequest {
  method: string;
  /** The route's template (/v1/findings/{id}), or undefined for a path the API does not serve. */
  route?: string;
  path: string;
  /** Query pairs already encoded (or deliberately malformed), joined with & as given. */
  query: string[];
  /** The parameters an error may name: those the route declares and those sent. */
  params: string[];
  headers: Record<string, string>;
  body?: string;
}

/** Values the API knows, so that generated requests also reach the lookups, not only validation. */
export interface Vocabulary {
  sources: string[];
  processes: string[];
  molecules: string[];
  findingIds: string[];
}

const injections = [
  "' OR 1=1--",
  '"; DROP TABLE findings; --',
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "../../../etc/passwd",
  ".",
  "..",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as literal text
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "\u0000",
  "\r\nSet-Cookie: a=b",
  "$where",
  "[object Object]",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "",
  " ",
  "|",
  ",,,",
  "\t",
  "%",
  "\u202e\u0635",
  "👩‍🔬🦴",
  "Ｏｃ",
  "ﬁndings",
];

/** Raw query fragments that are not valid percent-encoding or split oddly. */
const malformedPieces = ["%", "%zz", "%E0%A4%A", "%ff%fe", "%00", "a%2", "%%", "+", "&", "=", "==", "%C0%AF", "%uD800", "%ED%A0%80"];

/** Case changes and padding of a known value: the API must accept or refuse, never fail. */
const variant = (values: string[]) =>
  fc
    .tuple(fc.constantFrom(...values), fc.constantFrom("same", "upper", "lower", "pad", "dash", "truncate"))
    .map(([value, how]) =>
      how === "upper"
        ? value.toUpperCase()
        : how === "lower"
          ? value.toLowerCase()
          : how === "pad"
            ? `  ${value}\t`
            : how === "dash"
              ? value.replace(/ /g, "-")
              : how === "truncate"
                ? value.slice(0, -1)
                : value,
    );

/** Any value a parameter might receive: known, near-known, random, Unicode, injection-shaped, huge. */
export const value = (vocabulary: Vocabulary): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: variant([...vocabulary.sources, ...vocabulary.processes]) },
    {
      weight: 2,
      arbitrary: variant([
        ...vocabulary.molecules,
        ...vocabulary.findingIds,
        "promotes",
        "inhibits",
        "no_effect",
        "review",
        "evidence",
        "miRNA",
        "csv",
        "tsv",
        "json",
      ]),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...injections) },
    { weight: 1, arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map(String) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom("a", "é", "🦴", "%"), fc.integer({ min: 190, max: 5_000 })).map(([c, n]) => c.repeat(n)),
    },
  );

/** Cloudflare's edge answers 414 to a longer URL before any Worker runs, so longer ones test nothing of ours. */
export const MAX_URL = 16 * 1024;

const pair = (name: string, v: string) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`;

/** A query for a route whose parameters are `names`: some known names, repeated, unknown or malformed. */
export const query = (names: string[], vocabulary: Vocabulary): fc.Arbitrary<{ query: string[]; params: string[] }> => {
  const known = names.length > 0 ? fc.constantFrom(...names) : fc.constant("q");
  const one = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(known, value(vocabulary)).map(([n, v]) => ({ piece: pair(n, v), name: n })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(known, value(vocabulary), fc.integer({ min: 2, max: 60 }))
        .map(([n, v, times]) => ({ piece: Array(times).fill(pair(n, v)).join("&"), name: n })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...injections)), value(vocabulary))
        .map(([n, v]) => ({ piece: pair(n, v), name: n })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(known, fc.constantFrom(...malformedPieces))
        .map(([n, raw]) => ({ piece: `${encodeURIComponent(n)}=${raw}`, name: n })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...malformedPieces).map((raw) => ({ piece: raw, name: raw })) },
  );
  return fc.array(one, { maxLength: 6 }).map((pieces) => {
    const kept: typeof pieces = [];
    let length = 100;
    for (const p of pieces) {
      if (length + p.piece.length + 1 > MAX_URL) continue;
      kept.push(p);
      length += p.piece.length + 1;
    }
    return { query: kept.map((p) => p.piece), params: [...names, ...kept.map((p) => p.name)] };
  });
};

const headers = fc.record(
  {
    Accept: fc.constantFrom(
      "*/*",
      "text/csv",
      "text/tab-separated-values",
      "application/json",
      "text/html",
      "application/xml",
      "text/csv;q=0.1, */*",
      "",
    ),
    "If-None-Match": fc.oneof(
      fc.constant("*"),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
      fc.constant('"1.0.0+00000000-00000000"'),
    ),
    Origin: fc.constantFrom("https://example.com", "null", "https://exo-bone.test"),
  },
  { requiredKeys: [] },
);

/** A GET (sometimes HEAD) of `path` with a fuzzed query and headers. */
export const getRequest = (path: string, names: string[], vocabulary: Vocabulary): fc.Arbitrary<FuzzRequest> =>
  fc
    .tuple(query(names, vocabulary), headers, fc.constantFrom("GET", "GET", "GET", "GET", "HEAD"))
    .map(([q, h, method]) => ({ method, route: path, path, ...q, headers: h }));

/** A path template like /v1/findings/{id} with the parameter filled by a fuzzed value. */
export const pathRequest = (template: string, vocabulary: Vocabulary): fc.Arbitrary<FuzzRequest> => {
  const name = /\{(\w+)\}/.exec(template)![1]!;
  return value(vocabulary).map((v) => ({
    method: "GET",
    route: template,
    path: template.replace(
      `{${name}}`,
      encodeURIComponent(v === "" ? " " : v)
        .slice(0, MAX_URL - 100)
        .replace(/%[0-9A-F]?$/, ""),
    ),
    query: [],
    params: [name],
    headers: {},
  }));
};

/** Any method on any path (with the parameters it declares), including methods the route does not allow. */
export const methodRequest = (routes: { path: string; query: string[]; served: boolean }[]): fc.Arbitrary<FuzzRequest> =>
  fc.tuple(fc.constantFrom(...routes), fc.constantFrom("PUT", "DELETE", "PATCH", "OPTIONS", "POST", "HEAD", "GET")).map(
    ([route, method]): FuzzRequest => ({
      method,
      route: route.served ? route.path : undefined,
      path: route.path.replace(/\{\w+\}/, "OC"),
      query: [],
      params: [...route.query, ...[...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!), "body", "calls"],
      headers: method === "OPTIONS" ? { Origin: "https://example.com", "Access-Control-Request-Method": "GET" } : {},
      body: method === "GET" || method === "HEAD" || method === "OPTIONS" ? undefined : "{}",
    }),
  );

const arg = (vocabulary: Vocabulary) =>
  fc.oneof(
    { weight: 6, arbitrary: value(vocabulary) },
    { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)) },
    { weight: 1, arbitrary: fc.oneof(fc.object({ maxDepth: 2 }), fc.array(fc.string(), { maxLength: 3 })) },
  );

const call = (vocabulary: Vocabulary, fns: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record({ fn: fc.constantFrom(...fns), args: fc.array(arg(vocabulary), { maxLength: 10 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        fn: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...injections)),
        args: fc.array(arg(vocabulary), { maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );

/** A well-formed JSON value that is often not a valid batch: wrong shapes, extra keys, too many calls. */
const batchJson = (vocabulary: Vocabulary, fns: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(call(vocabulary, fns), { maxLength: 40 }).map((calls) => ({ calls })) },
    // Around the 1,000-call limit, with known values: a bad name costs a "did you mean" search per call.
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...fns),
          fc.array(fc.constantFrom(...vocabulary.sources, ...vocabulary.processes), { maxLength: 3 }),
          fc.integer({ min: 995, max: 1005 }),
        )
        .map(([fn, args, n]) => ({ calls: Array(n).fill({ fn, args }) })),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.record({ calls: fc.anything({ maxDepth: 2 }) }) },
  );

/** Text that is not JSON, or JSON cut short, or nested deeper than any parser should be asked to go. */
const malformedBody = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    "",
    "{",
    "{calls: [",
    '{"calls": [',
    '{"calls": [}',
    "null",
    "[]",
    "1",
    '"calls"',
    '{"calls": null}',
    "\uFEFF{}",
    '{"calls": [{"fn": "effect", "args": ["OC", "cartilage"]}],}',
  ),
  fc.integer({ min: 1000, max: 20_000 }).map((depth) => `{"calls": ${"[".repeat(depth)}${"]".repeat(depth)}}`),
);

const contentType = fc.constantFrom(
  "application/json",
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
);

/** POST /v1/batch with a body that is valid, invalid in shape, or not JSON at all. */
export const batchRequest = (vocabulary: Vocabulary, fns: readonly string[]): fc.Arbitrary<FuzzRequest> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: batchJson(vocabulary, fns).map((v) => JSON.stringify(v) ?? "null") },
        { weight: 1, arbitrary: malformedBody },
      ),
      contentType,
    )
    .map(
      ([body, type]): FuzzRequest => ({
        method: "POST",
        route: "/v1/batch",
        path: "/v1/batch",
        query: [],
        params: ["body", "calls"],
        headers: type ? { "Content-Type": type } : {},
        body,
      }),
    );
