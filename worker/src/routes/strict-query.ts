import type { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { type ParamError, problem } from "../http/problem";
import { nearest } from "../lookups/nearest";
import { isListParam } from "./params";

type QueryShape = Record<string, z.ZodType>;

/** The parameter the client most likely meant: the same name in another case, else the nearest. */
function closest(name: string, names: readonly string[]): string | undefined {
  return names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? nearest(name, names);
}

/**
 * The list parameter that `name` writes with brackets (`source[]`, `source[0]`): how axios,
 * jQuery and PHP send arrays by default, where the API takes the OpenAPI default (form, explode).
 */
function bracketed(name: string, shape: QueryShape): string | undefined {
  const base = /^(.+)\[\d*\]$/.exec(name)?.[1];
  return base !== undefined && shape[base] !== undefined && isListParam(shape[base]) ? base : undefined;
}

/**
 * Refuses what a route's declared query does not take, before its schema validates the values:
 * an unknown parameter (naming the closest one the route takes) and a single-valued parameter
 * given twice. Nothing a client sends is silently ignored.
 */
export function strictQuery(path: string, shape: QueryShape = {}): MiddlewareHandler {
  const names = Object.keys(shape);
  const takes = names.length > 0 ? `${path} takes: ${names.join(", ")}.` : `${path} takes no parameters.`;
  return async (c, next) => {
    const counts = new Map<string, number>();
    for (const name of new URL(c.req.url).searchParams.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
    const unknown: ParamError[] = [];
    const repeated: ParamError[] = [];
    for (const [name, count] of counts) {
      const schema = shape[name];
      if (schema === undefined) {
        const list = bracketed(name, shape);
        const suggestion = list ?? closest(name, names);
        const shown = JSON.stringify(name.slice(0, 60));
        unknown.push({
          param: name,
          message: list
            ? `${shown} is not a parameter of ${path}: write a list as ${list}=A&${list}=B or ${list}=A,B, without brackets (axios: paramsSerializer: { indexes: null }).`
            : `${shown} is not a parameter of ${path}.${suggestion ? ` Did you mean ${suggestion}?` : ""} ${takes}`,
          allowed: names,
          ...(suggestion ? { suggestion } : {}),
        });
      } else if (count > 1 && !isListParam(schema)) {
        repeated.push({ param: name, message: `${name} is given ${count} times but takes one value; give it once.` });
      }
    }
    if (unknown.length > 0) {
      const detail = `${unknown.map((e) => e.message).join(" ")} Parameter names are case-sensitive.`;
      return problem(c, 400, detail, unknown, "unknown-parameter");
    }
    if (repeated.length > 0) return problem(c, 400, repeated.map((e) => e.message).join(" "), repeated, "repeated-parameter");
    await next();
  };
}
