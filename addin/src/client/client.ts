import { type Arg, type BatchResult, CLIENT_BATCH_BYTES, CLIENT_BATCH_CALLS, type LookupArgs, type LookupName, type LookupResult } from "../../../worker/src/contract";
import { problemText, readBatchAnswer } from "./batch-answer";
import { BatchQueue } from "./batch-queue";
import { callKey, normalizeArgs } from "./call";
import { CallError, ServiceError } from "./errors";
import { exchange, type Fetch, type TransportPolicy } from "./transport";
import { resultChecks } from "./results";
import { VersionCache } from "./version-cache";

export interface ClientOptions {
  /** Origin of the service, e.g. https://localhost:8787; the page's own origin by default. */
  baseUrl?: string;
  /** The fetch to use (tests and benchmarks pass their own). */
  fetch?: Fetch;
  maxBatch?: number;
  maxBatchBytes?: number;
  maxInFlight?: number;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  cacheEntries?: number;
  /** How long the dataset version counts as current without the service confirming it. */
  cacheMaxAgeMs?: number;
  now?: () => number;
}

export type Query = Record<string, string | number | readonly string[] | undefined>;

export interface RequestOptions {
  /** Ask the service even if an answer is cached (in-flight duplicates are still shared). */
  fresh?: boolean;
}

export interface ExoClient {
  /** One lookup, as the EXO.* function of the same name takes it, its answer checked; rejects with CallError or ServiceError. */
  call<N extends LookupName>(fn: N, args: LookupArgs<N>, options?: RequestOptions): Promise<LookupResult<N>>;
  /** A GET of the JSON API (e.g. "/v1/findings"), unchecked: read it through `read`. Answers are shared, treat them as read-only. */
  get(path: string, query?: Query, options?: RequestOptions): Promise<unknown>;
  /** The dataset version of the latest answer, once one has come. */
  readonly datasetVersion: string | undefined;
  /** Forgets every cached answer. */
  clear(): void;
}

const defaults = {
  maxBatch: CLIENT_BATCH_CALLS,
  maxBatchBytes: CLIENT_BATCH_BYTES,
  maxInFlight: 4,
  timeoutMs: 15_000,
  retries: 2,
  backoffMs: 300,
  cacheEntries: 50_000,
  cacheMaxAgeMs: 10 * 60_000,
} as const;

type Outcome = BatchResult | ServiceError;
type Cached = BatchResult | { json: unknown };

interface PendingCall {
  fn: LookupName;
  args: Arg[];
  key: string;
  bytes: number;
  settle: (outcome: Outcome) => void;
}

const encoder = new TextEncoder();

function unwrap(outcome: Outcome): unknown {
  if (outcome instanceof ServiceError) throw outcome;
  if ("error" in outcome) throw new CallError(outcome.error);
  return outcome.value;
}

/** A lookup's answer as its own type, once it has the shape that lookup promises. */
function resultOf<N extends LookupName>(fn: N, value: unknown): LookupResult<N> {
  const check: (value: unknown) => value is LookupResult<N> = resultChecks[fn];
  if (check(value)) return value;
  throw new ServiceError("malformed", `The exo-bone service answered ${fn} in a shape this add-in does not know. Reload the add-in; if it persists, report it.`);
}

function urlOf(baseUrl: string, path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of [value ?? []].flat()) if (String(item) !== "") params.append(name, String(item));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ""}`;
}

export function createClient(options: ClientOptions = {}): ExoClient {
  const settings = { ...defaults, ...options };
  const baseUrl = (options.baseUrl ?? globalThis.location?.origin ?? "").replace(/\/$/, "");
  const policy: TransportPolicy = {
    // Called through a wrapper: window.fetch refuses to run detached from window.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    backoffMs: settings.backoffMs,
  };
  const cache = new VersionCache<Cached>(settings.cacheEntries, settings.cacheMaxAgeMs, options.now ?? Date.now);
  const inFlight = new Map<string, Promise<Outcome | { json: unknown }>>();

  async function sendBatch(batch: PendingCall[]): Promise<void> {
    try {
      const reply = await exchange(policy, `${baseUrl}/v1/batch`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ calls: batch.map(({ fn, args }) => ({ fn, args })) }),
      });
      const answer = readBatchAnswer(reply, batch.length);
      cache.observe(answer.version);
      batch.forEach((call, i) => {
        const result = answer.results[i]!;
        // An internal error may not happen again; every other answer holds for this version.
        if (!("error" in result && result.error.code === "internal")) cache.set(call.key, result, answer.version);
        call.settle(result);
      });
    } catch (error) {
      const failure = error instanceof ServiceError ? error : new ServiceError("malformed", `The add-in could not read the service's answer (${String(error)}).`);
      for (const call of batch) call.settle(failure);
    }
  }

  const queue = new BatchQueue<PendingCall>(settings, sendBatch);

  /** Runs `start` once for all identical requests under way at the same time. */
  function shared<T extends Outcome | { json: unknown }>(key: string, start: () => Promise<T>): Promise<T> {
    const running = inFlight.get(key);
    if (running) return running as Promise<T>;
    const started = start();
    inFlight.set(key, started);
    const done = () => inFlight.delete(key);
    started.then(done, done);
    return started;
  }

  return {
    call(fn, args, { fresh = false } = {}) {
      const normalized = normalizeArgs(args);
      const key = callKey(fn, normalized);
      const hit = fresh ? undefined : cache.get(key);
      if (hit && !("json" in hit)) return Promise.resolve(hit).then((outcome) => resultOf(fn, unwrap(outcome)));
      const outcome = shared<Outcome>(key, () => {
        const bytes = encoder.encode(key).length + 20;
        return new Promise<Outcome>((settle) => queue.add({ fn, args: normalized, key, bytes, settle }));
      });
      return outcome.then((answer) => resultOf(fn, unwrap(answer)));
    },

    async get(path, query = {}, { fresh = false } = {}) {
      const url = urlOf(baseUrl, path, query);
      const key = `GET ${url}`;
      const hit = fresh ? undefined : cache.get(key);
      if (hit && "json" in hit) return hit.json;
      const answer = await shared(key, async () => {
        try {
          const reply = await exchange(policy, url, { headers: { Accept: "application/json" } });
          if (reply.status < 200 || reply.status > 299) {
            return { error: { code: reply.status === 404 ? "not_found" : "bad_argument", message: problemText(reply) } } as const;
          }
          let json: unknown;
          try {
            json = JSON.parse(reply.body);
          } catch {
            return new ServiceError("malformed", `The exo-bone service sent ${path} as something other than JSON (${reply.contentType || "no type"}). Reload the add-in; if it persists, report it.`);
          }
          if (reply.version) {
            cache.observe(reply.version);
            cache.set(key, { json }, reply.version);
          }
          return { json };
        } catch (error) {
          return error instanceof ServiceError ? error : new ServiceError("unreachable", String(error));
        }
      });
      if ("json" in answer) return answer.json;
      return unwrap(answer);
    },

    get datasetVersion() {
      return cache.version;
    },

    clear() {
      cache.clear();
    },
  };
}
