import metadata from "custom-functions-metadata";

/**
 * functions.json from the JSDoc of the functions file. custom-functions-metadata reports problems
 * in `errors` and still exits 0 (and may write nothing), so both are checked here.
 */
export async function functionsJson(file, helpOrigin, devOrigin) {
  const result = await metadata.generateCustomFunctionsMetadata(file);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata found ${result.errors.length} problem(s) in ${file}:\n  ${result.errors.join("\n  ")}`);
  }
  if (!result.metadataJson) throw new Error(`custom-functions-metadata found no @customfunction in ${file}.`);
  const json = JSON.parse(result.metadataJson);
  const missingHelp = json.functions.filter((f) => !f.helpUrl || !f.description).map((f) => f.id);
  if (missingHelp.length > 0) throw new Error(`Every function needs a description and a @helpurl: ${missingHelp.join(", ")} lack one.`);
  for (const fn of json.functions) fn.helpUrl = fn.helpUrl.replace(devOrigin, helpOrigin);
  return `${JSON.stringify(json, null, 2)}\n`;
}
