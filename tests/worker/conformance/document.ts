// The parts of an OpenAPI 3.1 document the conformance test reads, declared here rather than
// taken from the worker, so the test reads the served document as any client generator would.

/** A JSON Schema (2020-12) as the document writes it. */
export type Schema = { [keyword: string]: unknown };

interface Ref {
  $ref: string;
}

export interface Parameter {
  name: string;
  in: "query" | "path" | "header";
  required?: boolean;
  schema: Schema;
}

export interface Header {
  description?: string;
  required?: boolean;
  schema: Schema;
}

export interface ResponseSpec {
  description: string;
  content?: Record<string, { schema: Schema }>;
  headers?: Record<string, Header | Ref>;
}

export interface OperationSpec {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, ResponseSpec | Ref>;
}

export interface OpenAPI {
  openapi: string;
  paths: Record<string, Record<string, OperationSpec>>;
  components: { schemas: Record<string, Schema>; headers?: Record<string, Header>; responses?: Record<string, ResponseSpec> };
}

/** One operation: its method and path template beside what the document says of it. */
export interface Operation {
  id: string;
  method: string;
  path: string;
  spec: OperationSpec;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export const operationsOf = (doc: OpenAPI): Operation[] =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, spec]) => ({ id: spec.operationId, method, path, spec })),
  );

const isRef = (value: unknown): value is Ref => typeof value === "object" && value !== null && "$ref" in value;

/** The object a local reference (`#/components/…`) points at, or the value itself when it is no reference. */
export function resolve<T>(doc: OpenAPI, value: T | Ref): T {
  if (!isRef(value)) return value;
  if (!value.$ref.startsWith("#/")) throw new Error(`${value.$ref}: only references inside the document are expected`);
  let at: unknown = doc;
  for (const part of value.$ref.slice(2).split("/")) {
    at = (at as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  if (at === undefined) throw new Error(`${value.$ref} points at nothing in the document`);
  return resolve(doc, at as T | Ref);
}

/** What the operation documents for a status: the exact code, else its class (4XX), else `default`. */
export function responseFor(doc: OpenAPI, op: Operation, status: number): ResponseSpec | undefined {
  const { responses } = op.spec;
  const found = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  return found === undefined ? undefined : resolve(doc, found);
}

/** The media type without its parameters: `text/csv; charset=utf-8` → `text/csv`. */
export const essence = (contentType: string | null): string => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

export const isJson = (mediaType: string): boolean => mediaType === "application/json" || mediaType.endsWith("+json");
