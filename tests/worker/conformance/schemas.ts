import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { OpenAPI, Schema } from "./document";

const COMPONENTS_ID = "https://exo-bone.test/openapi.json/components";

/** The schema with `#/components/schemas/X` pointing into the components registered beside it. */
const anchored = (schema: Schema): Schema =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${COMPONENTS_ID}#/$defs/`));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Checks values against the document's schemas as JSON Schema 2020-12 (what OpenAPI 3.1 means):
 * strict, so a schema ajv cannot read fails rather than passes; `example` and `discriminator` are
 * OpenAPI's annotations, known and not asserted.
 */
export class SchemaChecker {
  private readonly ajv = new Ajv2020({ strict: true, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(doc: OpenAPI) {
    addFormats(this.ajv);
    this.ajv.addKeyword("example");
    this.ajv.addKeyword("discriminator");
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: anchored(doc.components.schemas) });
  }

  private validator(schema: Schema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(anchored(schema));
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** What is wrong with `value` under `schema`, one line per violation, naming where in the body. */
  violations(schema: Schema, value: unknown): string[] {
    const validate = this.validator(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);
  }

  /**
   * Properties of `value` that no schema applying at their place declares, where the document
   * declares an object's properties without saying it takes others: a client generated from the
   * document never sees them. An object whose schemas declare no properties (`{}`) is free-form.
   */
  undocumented(schema: Schema, value: unknown, at = "body"): string[] {
    return this.walk([schema], value, at);
  }

  /** `schema` with what applies in place: its reference, every allOf part, the anyOf/oneOf parts `value` satisfies. */
  private applying(schema: Schema, value: unknown): Schema[] {
    if (typeof schema.$ref === "string") {
      // `#/components/schemas/X` as the document writes it, or as anchored for ajv: X either way.
      const name = schema.$ref.split("/").pop();
      const target = (this.ajv.getSchema(`${COMPONENTS_ID}#/$defs/${name}`)?.schema ?? {}) as Schema;
      return this.applying(target, value);
    }
    const parts = (keyword: string) => (Array.isArray(schema[keyword]) ? (schema[keyword] as Schema[]) : []);
    const chosen = [...parts("anyOf"), ...parts("oneOf")].filter((part) => this.violations(part, value).length === 0);
    return [schema, ...[...parts("allOf"), ...chosen].flatMap((part) => this.applying(part, value))];
  }

  private walk(schemas: Schema[], value: unknown, at: string): string[] {
    const all = schemas.flatMap((s) => this.applying(s, value));
    if (Array.isArray(value)) {
      const items = all.flatMap((s) => (isObject(s.items) ? [s.items] : []));
      return value.flatMap((item, i) => this.walk(items, item, `${at}/${i}`));
    }
    if (!isObject(value)) return [];
    const declaring = all.filter((s) => isObject(s.properties));
    const open = all.some((s) => s.additionalProperties !== undefined && s.additionalProperties !== false);
    if (declaring.length === 0 || open) return [];
    return Object.entries(value).flatMap(([key, item]) => {
      const own = declaring.flatMap((s) => {
        const property = (s.properties as Record<string, Schema>)[key];
        return property ? [property] : [];
      });
      return own.length === 0 ? [`${at}/${key} is not in the documented schema`] : this.walk(own, item, `${at}/${key}`);
    });
  }

  private declared(schema: Schema): Record<string, Schema>[] {
    return this.applying(schema, undefined).flatMap((s) => (isObject(s.properties) ? [s.properties as Record<string, Schema>] : []));
  }

  /** The property names an object schema declares, through references and allOf: a table's columns. */
  properties(schema: Schema): string[] {
    return [...new Set(this.declared(schema).flatMap(Object.keys))];
  }

  /** The schema an object schema gives one of its properties, through references and allOf. */
  property(schema: Schema, name: string): Schema | undefined {
    return this.declared(schema).find((properties) => properties[name])?.[name];
  }
}
