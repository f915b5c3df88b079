import built from "../../../build/openapi.txt";
import { type OpenAPIDocument, ORIGIN_SLOT } from "./openapi-document";

// npm run build:openapi (worker/build/openapi.ts) generated the document from the zod routes and
// wrote it as JSON text, with ORIGIN_SLOT as its server: no isolate runs the generator.
const slot = JSON.stringify(ORIGIN_SLOT);
let halves: [string, string] | undefined;

/**
 * The OpenAPI document served from `origin`, as JSON text: the built text with the origin in the
 * slot, the same bytes as JSON.stringify of the document generated for that origin.
 */
export function documentText(origin: string): string {
  if (!halves) {
    const at = built.indexOf(slot);
    if (at < 0 || built.includes(slot, at + slot.length))
      throw new Error("build/openapi.txt does not name its server exactly once; run npm run build:openapi.");
    halves = [built.slice(0, at), built.slice(at + slot.length)];
  }
  return halves[0] + JSON.stringify(origin) + halves[1];
}

/** The built document as a value, for the pages made from it (/docs); its server is ORIGIN_SLOT. */
export const builtDocument = (): OpenAPIDocument => JSON.parse(built) as OpenAPIDocument;
