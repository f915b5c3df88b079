import { client } from "../fetch";
import { type OpenAPI, type Operation, type Parameter, resolve, type Schema } from "./document";
import { type Case, request, sendAgainWithETag } from "./requests";

/** A parameter's schema, and its item's when it is a list. */
function schemasOf(doc: OpenAPI, param: Parameter): { schema: Schema; item: Schema } {
  const schema = resolve<Schema>(doc, param.schema);
  const item = schema.type === "array" ? resolve<Schema>(doc, schema.items as Schema) : schema;
  return { schema, item };
}

/** Every value the document offers for a parameter: its example, else each value of its enum, else its bounds. */
function documentedValues(doc: OpenAPI, param: Parameter): string[] {
  const { item } = schemasOf(doc, param);
  if (item.example !== undefined) return [String(item.example)];
  if (Array.isArray(item.enum)) return item.enum.map(String).filter((v) => v !== "");
  if (item.type === "integer" && typeof item.minimum === "number" && typeof item.maximum === "number")
    return [String(item.minimum), String(item.maximum)];
  throw new Error(`${param.name} (${param.in}) has no example, enum or bounds: give its schema an example`);
}

/** Values just outside what the parameter's schema allows, one for each rule it states. */
function refusedValues(doc: OpenAPI, param: Parameter): [rule: string, value: string][] {
  const { item } = schemasOf(doc, param);
  const refused: [string, string][] = [];
  if (Array.isArray(item.enum)) refused.push(["enum", "nonsense"]);
  if (typeof item.minimum === "number") refused.push(["minimum", String(item.minimum - 1)]);
  if (typeof item.maximum === "number") refused.push(["maximum", String(item.maximum + 1)]);
  if (typeof item.maxLength === "number") refused.push(["maxLength", "x".repeat(item.maxLength + 1)]);
  return refused;
}

const queryOf = (pairs: [string, string][]): string => (pairs.length === 0 ? "" : `?${new URLSearchParams(pairs)}`);

/**
 * The requests an operation's own entry in the document calls for: its documented examples (each
 * optional parameter on its own, every value of a vocabulary), each documented format, a page, and
 * the errors its parameters and the shared rules make possible (400 unknown, repeated, missing or
 * refused parameter, broken encoding; 404 unknown record; 405; 406; 304 on a repeat).
 */
export function documentedCases(doc: OpenAPI, op: Operation): Case[] {
  const params = op.spec.parameters ?? [];
  const inPath = params.filter((p) => p.in === "path");
  const query = params.filter((p) => p.in === "query");
  const required = query.filter((p) => p.required).map((p): [string, string] => [p.name, documentedValues(doc, p)[0]!]);
  const pathWith = (values: Record<string, string> = {}) =>
    op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(values[name] ?? documentedValues(doc, inPath.find((p) => p.name === name)!)[0]!),
    );
  const path = pathWith();
  const body = op.spec.requestBody ? exampleBody(doc, op) : undefined;
  const method = op.method.toUpperCase();
  const init = (headers: Record<string, string> = {}): RequestInit =>
    body === undefined
      ? { method, headers }
      : { method, headers: { "Content-Type": "application/json", "CF-Connecting-IP": client, ...headers }, body };
  const at = (pairs: [string, string][], headers?: Record<string, string>) => request(`${path}${queryOf(pairs)}`, init(headers));
  const cases: Case[] = [{ op: op.id, what: "the documented example", expect: 200, request: at(required) }];

  for (const param of query.filter((p) => !p.required)) {
    const values = documentedValues(doc, param);
    for (const value of values)
      cases.push({ op: op.id, what: `${param.name}=${value}, documented`, expect: 200, request: at([...required, [param.name, value]]) });
    // A list as generated clients send it (OpenAPI's default, style form with explode): the parameter repeated.
    if (schemasOf(doc, param).schema.type === "array") {
      const list = values.length > 1 ? values : [values[0]!, values[0]!];
      cases.push({
        op: op.id,
        what: `${param.name} repeated, a list`,
        expect: 200,
        request: at([...required, ...list.map((v): [string, string] => [param.name, v])]),
      });
    }
  }
  // Accept picks among the documented types, unless the request itself does (/data/{file}: the file's own type).
  const types = Object.keys(resolve(doc, op.spec.responses["200"]!).content ?? {});
  const negotiated = types.length === 1 || query.some((p) => p.name === "format");
  for (const mediaType of negotiated ? types : [])
    cases.push({ op: op.id, what: `asked for ${mediaType}`, expect: 200, request: at(required, { Accept: mediaType }) });
  if (query.some((p) => p.name === "limit") && query.some((p) => p.name === "offset"))
    cases.push({ op: op.id, what: "a page from the middle", expect: 200, request: at([...required, ["limit", "2"], ["offset", "2"]]) });

  const refuse = (what: string, pairs: [string, string][], expect = 400) => cases.push({ op: op.id, what, expect, request: at(pairs) });
  refuse("an unknown parameter", [...required, ["nonsense", "1"]]);
  const single = query.find((p) => schemasOf(doc, p).schema.type !== "array");
  if (single) {
    const value = documentedValues(doc, single)[0]!;
    refuse(`${single.name} given twice`, [...required.filter(([n]) => n !== single.name), [single.name, value], [single.name, value]]);
  }
  for (const [name] of required)
    refuse(
      `${name} left out`,
      required.filter(([n]) => n !== name),
    );
  for (const param of query) {
    const others = required.filter(([n]) => n !== param.name);
    for (const [rule, bad] of refusedValues(doc, param)) refuse(`${param.name} past its ${rule}`, [...others, [param.name, bad]]);
    const { schema } = schemasOf(doc, param);
    if (typeof schema.maxItems === "number") {
      const items = Array.from({ length: schema.maxItems + 1 }, (): [string, string] => [param.name, documentedValues(doc, param)[0]!]);
      refuse(`${param.name} past its maxItems`, [...others, ...items]);
    }
  }
  for (const param of inPath) {
    cases.push({ op: op.id, what: `no ${param.name} ZZZZ`, expect: 404, request: request(pathWith({ [param.name]: "ZZZZ" }), init()) });
    // A record named outside the schema is an invalid parameter or no such record: the document allows both.
    for (const [rule, bad] of refusedValues(doc, param))
      cases.push({
        op: op.id,
        what: `${param.name} past its ${rule}`,
        expect: [400, 404],
        request: request(pathWith({ [param.name]: bad }), init()),
      });
  }
  cases.push({ op: op.id, what: "a broken percent-encoding", expect: 400, request: request(`${path}?x=%zz`, init()) });
  cases.push({ op: op.id, what: "a media type it never answers", expect: 406, request: at(required, { Accept: "image/png" }) });
  cases.push({ op: op.id, what: "a method the path does not take", expect: 405, request: request(path, { method: "DELETE" }) });
  if (op.spec.responses["304"])
    cases.push({ op: op.id, what: "a repeat naming the ETag it got", expect: 304, request: at(required), send: sendAgainWithETag });
  return cases;
}

/** A request body made of the examples the document gives for it: for the batch, one call of each lookup. */
function exampleBody(doc: OpenAPI, op: Operation): string {
  const schema = resolve<Schema>(doc, op.spec.requestBody!.content["application/json"]!.schema);
  const calls = resolve<Schema>(doc, (schema.properties as Record<string, Schema>).calls!);
  const call = resolve<Schema>(doc, ((calls.items as Schema).allOf as Schema[])[0]!);
  return JSON.stringify({ calls: (call.oneOf as Schema[]).map((variant) => resolve<Schema>(doc, variant).example) });
}
