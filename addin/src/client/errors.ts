import type { BatchFailure } from "../../../worker/src/contract";

export type CallErrorCode = BatchFailure["code"];

/**
 * The service answered, and this call was wrong: a source it does not know, a direction that does
 * not exist… Changing the call is the fix, so the message says what is allowed.
 */
export class CallError extends Error {
  readonly code: CallErrorCode;
  readonly param?: string;
  readonly allowed?: string[];
  readonly suggestion?: string;

  constructor(failure: BatchFailure) {
    super(failure.message);
    this.name = "CallError";
    this.code = failure.code;
    this.param = failure.param;
    this.allowed = failure.allowed;
    this.suggestion = failure.suggestion;
  }
}

/** Why no answer came: the call itself may be fine, and trying again later may work. */
export type ServiceFailure = "unreachable" | "timeout" | "server" | "busy" | "refused" | "malformed";

/** The service could not be asked or did not give a usable answer. */
export class ServiceError extends Error {
  constructor(
    readonly failure: ServiceFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}
