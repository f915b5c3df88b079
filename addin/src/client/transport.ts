import { ServiceError } from "./errors";

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface TransportPolicy {
  fetch: Fetch;
  /** Longest wait for one attempt, headers and body together. */
  timeoutMs: number;
  /** Further attempts after a network error (the client decides about 429 and 5xx answers); never after a timeout. */
  retries: number;
  /** First pause before a retry; each later one doubles, with jitter so clients do not retry in step. */
  backoffMs: number;
}

/** An answer read in full: its status, dataset version, Retry-After and body. */
export interface Reply {
  status: number;
  version: string | null;
  contentType: string;
  retryAfter: string | null;
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
      retryAfter: response.headers.get("Retry-After"),
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

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The pause before attempt `tries + 1`: exponential, with jitter so that clients do not retry in step. */
export const backoff = (policy: TransportPolicy, tries: number): number => policy.backoffMs * 2 ** (tries - 1) * (0.5 + Math.random() / 2);

/** A 5xx (or a 429 that never cleared) after `tries` attempts, in words. */
export function serverFailure(url: string, status: number, tries: number): ServiceError {
  const what = status === 429 ? "kept answering HTTP 429 (too many requests)" : `failed with HTTP ${status}`;
  return new ServiceError(
    status === 429 ? "busy" : "server",
    `The exo-bone service at ${new URL(url).origin} ${what}. Tried ${tries} time(s); check the connection and try again later.`,
    status,
  );
}

/**
 * One HTTP exchange with a timeout, retrying network errors with exponential backoff. Every answer
 * that arrives is returned, whatever its status: what a 429, a 413 or a 5xx calls for depends on
 * the request (a batch can be split, a single call only asked again). A timeout is not retried, so
 * the worst case stays one timeout long.
 */
export async function exchange(policy: TransportPolicy, url: string, init: RequestInit = {}): Promise<Reply> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt(policy, url, init);
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      if (tries > policy.retries) {
        const why = error instanceof Error ? error.message : String(error);
        throw new ServiceError(
          "unreachable",
          `The exo-bone service at ${new URL(url).origin} could not be reached (${why}). Tried ${tries} time(s); check the connection and try again later.`,
        );
      }
    }
    await sleep(backoff(policy, tries));
  }
}
