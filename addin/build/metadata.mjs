import metadata from "custom-functions-metadata";

/**
 * functions.json from the JSDoc of the functions files, with help links on the dev origin (the Worker
 * moves them to the origin that serves it). custom-functions-metadata reports problems
 * in `errors` and still exits 0 (and may write nothing), so both are checked here.
 */
export async function functionsJson(files) {
  const result = await metadata.generateCustomFunctionsMetadata(files);
  if (result.errors.length > 0) {
    throw new Error(
      `custom-functions-metadata found ${result.errors.length} problem(s) in ${[files].flat().join(", ")}:\n  ${result.errors.join("\n  ")}`,
    );
  }
  if (!result.metadataJson) throw new Error(`custom-functions-metadata found no @customfunction in ${[files].flat().join(", ")}.`);
  const json = JSON.parse(result.metadataJson);
  const missingHelp = json.functions.filter((f) => !f.helpUrl || !f.description).map((f) => f.id);
  if (missingHelp.length > 0) throw new Error(`Every function needs a description and a @helpurl: ${missingHelp.join(", ")} lack one.`);
  return `${JSON.stringify(json, null, 2)}\n`;
}
