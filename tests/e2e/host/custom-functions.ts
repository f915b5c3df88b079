/**
 * CustomFunctions as the functions bundle uses it (associate, Error, ErrorCode), and a
 * calculation that calls a registered function the way Excel does: arguments in the order of
 * functions.json, null for an omitted optional one, errors shown as their Excel error value.
 */

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
  functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[]; result: { dimensionality?: string } }[];
}

/** A cell's outcome: its value (a scalar or a spilled grid), or an error value with its message. */
export type Calculated = { value: unknown } | { error: string; message: string };

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
      return Promise.resolve({ error: "#VALUE!", message: `${formulaName} takes ${required} to ${meta.parameters.length} arguments; Excel refuses the formula.` });
    }
    const fn = this.functions.get(meta.id);
    if (!fn) return Promise.resolve({ error: "#NAME?", message: `${meta.id} was never associated.` });
    const padded = meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
    const settled = (async () => fn(...padded))();
    return settled.then(
      (value): Calculated =>
        meta.result.dimensionality === "matrix" && !(Array.isArray(value) && value.every(Array.isArray))
          ? { error: "#VALUE!", message: `${formulaName} declares a matrix result but returned ${JSON.stringify(value)}.` }
          : { value },
      (error: unknown): Calculated => (error instanceof CustomFunctionError ? { error: error.code, message: error.message } : { error: "#VALUE!", message: `Uncaught: ${String(error)}` }),
    );
  }
}
