/// <reference types="custom-functions-runtime" />
import { CallError, ServiceError } from "../client/errors";
import { fitToCell } from "./cells";

const retry = "To try again, re-enter the formula or recalculate the workbook fully.";

/**
 * What a failed lookup shows in the cell. A wrong argument is #VALUE! with the service's message,
 * which names the valid choices; everything else is #N/A with a message, and it always settles:
 * a formula never stays #BUSY!.
 */
export function excelError(error: unknown): CustomFunctions.Error {
  const { invalidValue, notAvailable } = CustomFunctions.ErrorCode;
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CallError) {
    const code = error.code === "bad_argument" || error.code === "bad_call" ? invalidValue : notAvailable;
    return new CustomFunctions.Error(code, fitToCell(error.message));
  }
  if (error instanceof ServiceError) return new CustomFunctions.Error(notAvailable, fitToCell(`${error.message} ${retry}`));
  return new CustomFunctions.Error(notAvailable, fitToCell(`The add-in failed unexpectedly (${String(error)}). ${retry}`));
}

/** #N/A for a lookup that found nothing, with the reason. */
export const noData = (message: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, fitToCell(message));

/** #VALUE! for an argument the add-in can tell is wrong before asking the service. */
export const badArgument = (message: string): CustomFunctions.Error =>
  new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, fitToCell(message));
