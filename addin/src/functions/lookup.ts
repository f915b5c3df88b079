import type { LookupArgs, LookupName, LookupResult } from "../../../worker/src/contract";
import { service } from "../client/service";
import { excelError } from "./excel-error";

/** Asks the shared client for one lookup; any failure comes back as the Excel error to show. */
export async function lookup<N extends LookupName>(fn: N, args: LookupArgs<N>): Promise<LookupResult<N>> {
  try {
    return await service().call(fn, args, { fresh: fn === "version" });
  } catch (error) {
    throw excelError(error);
  }
}
