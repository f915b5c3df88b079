import {
  essence,
  type Header,
  isJson,
  type OpenAPI,
  type Operation,
  type ResponseSpec,
  resolve,
  responseFor,
  type Schema,
} from "./document";
import type { SchemaChecker } from "./schemas";

/** What came back, read once. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export const answerOf = async (response: Response): Promise<Answer> => ({
  status: response.status,
  headers: response.headers,
  text: await response.text(),
});

/** The headers the document defines once for many answers (ETag, X-Total-Count, …): the API's own. */
const sharedHeaderNames = (doc: OpenAPI): string[] => Object.keys(doc.components.headers ?? {}).map((n) => n.toLowerCase());

const DELIMITERS: Record<string, string> = { "text/csv": ",", "text/tab-separated-values": "\t" };

/** A CSV/TSV table's header row against the properties of the rows the same response gives as JSON. */
function columnMismatches(checker: SchemaChecker, spec: ResponseSpec, mediaType: string, text: string): string[] {
  const json = spec.content?.["application/json"]?.schema;
  const rows = json && checker.property(json, "data")?.items;
  if (typeof rows !== "object" || rows === null) return [];
  const documented = checker.properties(rows as Schema);
  const header = text.split(/\r?\n/, 1)[0]!.split(DELIMITERS[mediaType]!);
  const missing = documented.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !documented.includes(c));
  if (missing.length === 0 && extra.length === 0) return [];
  return [`the ${mediaType} header row differs from the JSON rows' documented properties: missing [${missing}], undocumented [${extra}]`];
}

const statusIn = (body: unknown): unknown => (typeof body === "object" && body !== null && "status" in body ? body.status : undefined);

/** The body against the media types and schema the document gives the answer's status. */
function bodyMismatches(checker: SchemaChecker, spec: ResponseSpec, answer: Answer): string[] {
  const contentType = answer.headers.get("Content-Type");
  const mediaType = essence(contentType);
  const documentedTypes = Object.keys(spec.content ?? {});
  if (documentedTypes.length === 0)
    return answer.text === "" ? [] : [`sends a body (${contentType}) where the document says ${answer.status} has none`];
  if (!documentedTypes.includes(mediaType))
    return [`Content-Type ${JSON.stringify(contentType)} is not one documented for ${answer.status}: ${documentedTypes.join(", ")}`];
  if (DELIMITERS[mediaType]) return columnMismatches(checker, spec, mediaType, answer.text);
  if (!isJson(mediaType)) return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [`the ${mediaType} body is not JSON: ${JSON.stringify(answer.text.slice(0, 80))}`];
  }
  const schema = spec.content![mediaType]!.schema;
  const found = [...checker.violations(schema, body), ...checker.undocumented(schema, body)];
  // RFC 9457: a problem document's status is the answer's.
  if (mediaType === "application/problem+json" && statusIn(body) !== answer.status)
    found.push(`the problem document says status ${statusIn(body)}, the answer is ${answer.status}`);
  return found;
}

/** Every header the document requires is there; each of the API's shared headers that is sent is listed. */
function headerMismatches(doc: OpenAPI, spec: ResponseSpec, answer: Answer): string[] {
  const listed = Object.fromEntries(Object.entries(spec.headers ?? {}).map(([name, h]) => [name.toLowerCase(), resolve<Header>(doc, h)]));
  const missing = Object.entries(listed)
    .filter(([name, header]) => header.required && !answer.headers.has(name))
    .map(([name]) => `the required header ${name} is missing`);
  const unlisted = sharedHeaderNames(doc)
    .filter((name) => answer.headers.has(name) && !(name in listed))
    .map((name) => `sends ${name}, which the document does not list for ${answer.status}`);
  return [...missing, ...unlisted];
}

/**
 * How an answer differs from what the document says the operation answers: the status must be
 * documented, the Content-Type one listed for it, a JSON body valid against its schema with no
 * undocumented property, a table's header row the documented columns, every header the document
 * requires present, and every one of the API's shared headers that is sent listed for this answer.
 */
export function mismatches(doc: OpenAPI, checker: SchemaChecker, op: Operation, answer: Answer): string[] {
  const spec = responseFor(doc, op, answer.status);
  if (!spec) return [`status ${answer.status} is not documented (documented: ${Object.keys(op.spec.responses).join(", ")})`];
  return [...bodyMismatches(checker, spec, answer), ...headerMismatches(doc, spec, answer)];
}
