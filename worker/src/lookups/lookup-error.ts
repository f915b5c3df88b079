/** Why a lookup could not answer; the HTTP layer renders it as a problem document, Excel as #VALUE!/#N/A. */
export type LookupErrorCode = "bad_argument" | "not_found";

export class LookupError extends Error {
  constructor(
    readonly code: LookupErrorCode,
    readonly param: string,
    message: string,
    readonly allowed?: string[],
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = "LookupError";
  }
}
