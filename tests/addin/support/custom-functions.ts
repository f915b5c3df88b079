// The two pieces of Excel's custom-functions runtime the functions use, as Excel provides them
// (office.js is not loaded in Node): an Error class and the ErrorCode values.

import { ErrorCode } from "../../e2e/host/custom-functions";

class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctionsRuntime(): void {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    Error: ExcelError,
    ErrorCode,
    // The Node tests call the functions directly: registering one has nothing to record.
    associate: () => undefined,
  };
}

/** What a cell shows for a function's result: the value, or the error code with its message. */
export async function cell(result: Promise<unknown>): Promise<unknown> {
  try {
    return await result;
  } catch (error) {
    if (error instanceof ExcelError) return { error: error.code, message: error.message ?? "" };
    throw error;
  }
}
