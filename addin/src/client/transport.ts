import { ServiceError } from "./errors";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface TransportPolicy {
  fetch: Fetch;
  /** Longest wait for one attempt, headers and body together. */
  timeoutMs: number;
  /** Further attempts after a network error or a 5xx answer; never after a 4xx or a timeout. */
  retries: number;
  /** First pause before a retry; each later one doubles, with jitter so clients do not retry in step. */
  backoffMs: number;
}

/** An answer read in full: a 2xx or 4xx status (5xx never gets here), its dataset version and body. */
export interface Reply {
  status: number;
  version: string | null;
  contentType: string;
  body: string;
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

async function attempt(policy: TransportPolicy, url: string, init: RequestInit): Promise<Reply> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race does not trust the fetch implementation to honour the abort signal: a hung server
  // must end in an error, never in a formula that stays #BUSY!.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ServiceError("timeout", `The exo-bone service did not answer within ${seconds(policy.timeoutMs)}.`));
    }, policy.timeoutMs);
  });
  const read = (async () => {
    const response = await policy.fetch(url, { ...init, signal: controller.signal });
    return {
      status: response.status,
      version: response.headers.get("X-Dataset-Version"),
      contentType: response.headers.get("Content-Type") ?? "",
      body: await response.text(),
    };
  })();
  read.catch(() => undefined);
  try {
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One HTTP exchange with timeout and retries. Network errors and 5xx answers are transient and
 * retried with exponential backoff; a 4xx is returned at once (asking again cannot change it);
 * a timeout is not retried, so the worst case stays one timeout long.
 */
export async function exchange(policy: TransportPolicy, url: string, init: RequestInit = {}): Promise<Reply> {
  const origin = new URL(url).origin;
  for (let tries = 1; ; tries++) {
    let failure: ServiceError;
    try {
      const reply = await attempt(policy, url, init);
      if (reply.status < 500) return reply;
      failure = new ServiceError("server", `The exo-bone service at ${origin} failed with HTTP ${reply.status}.`, reply.status);
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      failure = new ServiceError("unreachable", `The exo-bone service at ${origin} could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    }
    if (tries > policy.retries) {
      throw new ServiceError(failure.failure, `${failure.message} Tried ${tries} time(s); check the connection and try again later.`, failure.status);
    }
    await pause(policy.backoffMs * 2 ** (tries - 1) * (0.5 + Math.random() / 2));
  }
}
