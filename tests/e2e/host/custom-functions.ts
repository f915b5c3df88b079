/**
 * CustomFunctions as the functions bundle uses it (associate, Error, ErrorCode), and a
 * calculation that calls a registered function the way Excel does: arguments in the order of
 * functions.json, null for an omitted optional one, errors shown as their Excel error value.
 */

import { entityProblems } from "./entity";
import { requirements } from "./requirements";

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

/** A cell's outcome: its value (a scalar or a spilled grid), or an error value with its message. */
export type Calculated = { value: unknown } | { error: string; message: string };

/** Why this Excel would show #VALUE! for an object a function returned, instead of a data type. */
function dataTypeProblems(metadata: Metadata, resultType: string | undefined, value: unknown): string[] {
  if (!requirements.isSetSupported("ExcelApi", "1.16") || !requirements.isSetSupported("CustomFunctionsRuntime", "1.4"))
    return ["this Excel has no data types (ExcelApi 1.16, CustomFunctionsRuntime 1.4)"];
  if (metadata.allowCustomDataForDataTypeAny !== true) return ["functions.json lacks allowCustomDataForDataTypeAny: true"];
  if (resultType !== undefined && resultType !== "any") return [`the result is declared ${resultType}, not any`];
  return entityProblems(value);
}

export class FunctionRegistry {
  private readonly functions = new Map<string, (...args: unknown[]) => unknown>();

  associate(id: string, fn: (...args: unknown[]) => unknown): void {
    this.functions.set(id, fn);
  }

  ids(): string[] {
    return [...this.functions.keys()];
  }

  /**
   * Calls the registered function behind a formula synchronously, as Excel does during a
   * recalculation, and settles to the cell's outcome.
   */
  calculate(metadata: Metadata, namespace: string, formulaName: string, args: unknown[]): Promise<Calculated> {
    const name = formulaName.replace(new RegExp(`^${namespace}\\.`, "i"), "").toUpperCase();
    const meta = metadata.functions.find((f) => f.name.toUpperCase() === name);
    if (!meta) return Promise.resolve({ error: "#NAME?", message: `${formulaName} is not a function of this add-in.` });
    const required = meta.parameters.filter((p) => !p.optional).length;
    if (args.length < required || args.length > meta.parameters.length) {
      return Promise.resolve({
        error: "#VALUE!",
        message: `${formulaName} takes ${required} to ${meta.parameters.length} arguments; Excel refuses the formula.`,
      });
    }
    const fn = this.functions.get(meta.id);
    if (!fn) return Promise.resolve({ error: "#NAME?", message: `${meta.id} was never associated.` });
    // A single value passed where the function takes a range arrives as a 1 × 1 matrix.
    const padded = meta.parameters.map((p, i) =>
      i >= args.length ? null : p.dimensionality === "matrix" && !Array.isArray(args[i]) ? [[args[i]]] : args[i],
    );
    const settled = (async () => fn(...padded))();
    return settled.then(
      (value): Calculated => {
        if (meta.result.dimensionality === "matrix" && !(Array.isArray(value) && value.every(Array.isArray))) {
          return { error: "#VALUE!", message: `${formulaName} declares a matrix result but returned ${JSON.stringify(value)}.` };
        }
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          const problems = dataTypeProblems(metadata, meta.result.type, value);
          if (problems.length > 0)
            return { error: "#VALUE!", message: `${formulaName} returned a data type this Excel cannot show: ${problems.join("; ")}.` };
        }
        return { value };
      },
      (error: unknown): Calculated =>
        error instanceof CustomFunctionError
          ? { error: error.code, message: error.message }
          : { error: "#VALUE!", message: `Uncaught: ${String(error)}` },
    );
  }
}
