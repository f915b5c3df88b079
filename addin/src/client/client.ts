import {
  type Arg,
  type BatchResult,
  CLIENT_BATCH_BYTES,
  CLIENT_BATCH_CALLS,
  CLIENT_CALL_WEIGHT,
  type LookupArgs,
  type LookupName,
  type LookupResult,
} from "../../../worker/src/contract";
import { problemText, readBatchAnswer } from "./batch-answer";
import { BatchQueue } from "./batch-queue";
import { ByteLru } from "./byte-lru";
import { callKey, normalizeArgs } from "./call";
import { CallError, ServiceError } from "./errors";
import { retryAfterMs, SharedPause } from "./pause";
import { resultChecks } from "./results";
import { backoff, exchange, type Fetch, type Reply, serverFailure, sleep, type TransportPolicy } from "./transport";
import { VersionPin } from "./version-pin";

export interface ClientOptions {
  /** Origin of the service, e.g. https://localhost:8787; the page's own origin by default. */
  baseUrl?: string;
  /** The fetch to use (tests and benchmarks pass their own). */
  fetch?: Fetch;
  maxBatch?: number;
  maxBatchBytes?: number;
  maxInFlight?: number;
  timeoutMs?: number;
  /** Further attempts after a network error, a 5xx or a 429. */
  retries?: number;
  backoffMs?: number;
  /** The longest pause a Retry-After can impose on every request. */
  maxPauseMs?: number;
  /** Memory the cached answers may take, estimated from their JSON (two bytes a character). */
  cacheBytes?: number;
  /** How long the dataset version counts as current without the service confirming it. */
  cacheMaxAgeMs?: number;
  /** How many times a call answered by another dataset version than its burst's is asked again. */
  versionRepeats?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export type Query = Record<string, string | number | readonly string[] | undefined>;

export interface RequestOptions {
  /** Ask the service even if an answer is cached (in-flight duplicates are still shared). */
  fresh?: boolean;
}

export interface ExoClient {
  /** One lookup, as the EXO.* function of the same name takes it, its answer checked; rejects with CallError or ServiceError. */
  call<N extends LookupName>(fn: N, args: LookupArgs<N>, options?: RequestOptions): Promise<LookupResult<N>>;
  /** A GET of the JSON API (e.g. "/v1/findings"), unchecked: the pane reads it through `read`. Answers are shared, treat them as read-only. */
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
  maxPauseMs: 10_000,
  cacheBytes: 32 * 1024 * 1024,
  cacheMaxAgeMs: 10 * 60_000,
  versionRepeats: 2,
} as const;

type Outcome = BatchResult | ServiceError;
type Cached = BatchResult | { json: unknown };

interface PendingCall {
  fn: LookupName;
  args: Arg[];
  key: string;
  bytes: number;
  weight: number;
  /** How many times the call was asked again because another dataset version answered it. */
  repeats: number;
  settle: (outcome: Outcome) => void;
}

const encoder = new TextEncoder();

/** Memory an answer takes in the cache, estimated from its JSON. */
const weight = (key: string, json: string): number => 2 * (key.length + json.length);

/** Whether a status asks every request to wait: 429, or 503 with Retry-After. */
const asksToWait = (reply: Reply): boolean => reply.status === 429 || (reply.status === 503 && reply.retryAfter !== null);

function unwrap(outcome: Outcome): unknown {
  if (outcome instanceof ServiceError) throw outcome;
  if ("error" in outcome) throw new CallError(outcome.error);
  return outcome.value;
}

/** A lookup's answer as its own type, once it has the shape that lookup promises. */
function resultOf<N extends LookupName>(fn: N, value: unknown): LookupResult<N> {
  const check: (value: unknown) => value is LookupResult<N> = resultChecks[fn];
  if (check(value)) return value;
  throw new ServiceError(
    "malformed",
    `The exo-bone service answered ${fn} in a shape this add-in does not know. Reload the add-in; if it persists, report it.`,
  );
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
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const baseUrl = (options.baseUrl ?? globalThis.location?.origin ?? "").replace(/\/$/, "");
  const batchUrl = `${baseUrl}/v1/batch`;
  const policy: TransportPolicy = {
    // Called through a wrapper: window.fetch refuses to run detached from window.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    backoffMs: settings.backoffMs,
  };
  const cache = new ByteLru<Cached>(settings.cacheBytes);
  const versions = new VersionPin(settings.cacheMaxAgeMs, settings.versionRepeats, now);
  const pause = new SharedPause(settings.maxPauseMs, now, wait);
  const inFlight = new Map<string, Promise<Outcome>>();
  // Answers are kept per dataset version: a deployment flipping back and forth costs no answers.
  const versioned = (version: string, key: string) => `${version}\n${key}`;

  /** Holds every request for what a 429/503 asked (or a backoff), and says whether another attempt is allowed. */
  async function waitAfter(reply: Reply, tries: number): Promise<boolean> {
    if (tries > settings.retries) return false;
    pause.extend(retryAfterMs(reply.retryAfter, now()) ?? backoff(policy, tries));
    await pause.wait();
    return true;
  }

  function deliver(batch: PendingCall[], reply: Reply): void {
    const answer = readBatchAnswer(reply, batch.length);
    batch.forEach((call, i) => {
      const result = answer.results[i];
      if (result === undefined) return;
      if (!versions.accept(answer.version, call.repeats)) {
        queue.add({ ...call, repeats: call.repeats + 1 });
        return;
      }
      // An internal error may not happen again; every other answer holds for this version.
      if (!("error" in result && result.error.code === "internal"))
        cache.set(versioned(answer.version, call.key), result, weight(call.key, JSON.stringify(result)));
      call.settle(result);
    });
  }

  /**
   * Sends one batch and settles every call in it. A 429 waits and sends it again; a 413 or a 5xx
   * splits it in halves (a smaller request may pass where the whole failed, and one bad call no
   * longer fails the others); a single call that keeps failing gets the failure.
   */
  async function sendBatch(batch: PendingCall[], tries = 1): Promise<void> {
    try {
      await pause.wait();
      const reply = await exchange(policy, batchUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ calls: batch.map(({ fn, args }) => ({ fn, args })) }),
      });
      const splittable = batch.length > 1 && (reply.status === 413 || reply.status >= 500);
      if (reply.status === 429 || (asksToWait(reply) && !splittable)) {
        if (await waitAfter(reply, tries)) return sendBatch(batch, tries + 1);
        throw serverFailure(batchUrl, reply.status, tries);
      }
      if (splittable) {
        if (asksToWait(reply)) await waitAfter(reply, tries);
        const half = Math.ceil(batch.length / 2);
        await sendBatch(batch.slice(0, half), tries);
        await sendBatch(batch.slice(half), tries);
        return;
      }
      if (reply.status >= 500) {
        if (tries > settings.retries) throw serverFailure(batchUrl, reply.status, tries);
        await wait(backoff(policy, tries));
        return sendBatch(batch, tries + 1);
      }
      deliver(batch, reply);
    } catch (error) {
      const failure =
        error instanceof ServiceError
          ? error
          : new ServiceError("malformed", `The add-in could not read the service's answer (${String(error)}).`);
      for (const call of batch) call.settle(failure);
    }
  }

  const queue = new BatchQueue<PendingCall>(settings, (batch) => sendBatch(batch));

  /** Runs `start` once for all identical requests under way at the same time. */
  function shared(key: string, start: () => Promise<Outcome>): Promise<Outcome> {
    const running = inFlight.get(key);
    if (running) return running;
    const started = start();
    inFlight.set(key, started);
    const done = () => inFlight.delete(key);
    started.then(done, done);
    return started;
  }

  /** One GET, waiting out 429/503 and retrying 5xx; the answer's JSON, or why there is none. */
  async function fetchJson(url: string, path: string): Promise<{ json: unknown; version: string | null } | Outcome> {
    for (let tries = 1; ; tries++) {
      await pause.wait();
      const reply = await exchange(policy, url, { headers: { Accept: "application/json" } });
      if (asksToWait(reply)) {
        if (await waitAfter(reply, tries)) continue;
        return serverFailure(url, reply.status, tries);
      }
      if (reply.status >= 500) {
        if (tries > settings.retries) return serverFailure(url, reply.status, tries);
        await wait(backoff(policy, tries));
        continue;
      }
      if (reply.status < 200 || reply.status > 299) {
        return { error: { code: reply.status === 404 ? "not_found" : "bad_argument", message: problemText(reply) } };
      }
      try {
        return { json: JSON.parse(reply.body), version: reply.version };
      } catch {
        return new ServiceError(
          "malformed",
          `The exo-bone service sent ${path} as something other than JSON (${reply.contentType || "no type"}). Reload the add-in; if it persists, report it.`,
        );
      }
    }
  }

  /** A GET answer kept for its version, or asked again when another version answered this burst. */
  async function getOnce(url: string, path: string, key: string): Promise<{ json: unknown } | Outcome> {
    for (let repeats = 0; ; repeats++) {
      const answer = await fetchJson(url, path).catch((error: unknown) =>
        error instanceof ServiceError ? error : new ServiceError("unreachable", String(error)),
      );
      if (!("json" in answer)) return answer;
      if (answer.version === null) return { json: answer.json };
      if (!versions.accept(answer.version, repeats)) continue;
      cache.set(versioned(answer.version, key), { json: answer.json }, weight(key, JSON.stringify(answer.json)));
      return { json: answer.json };
    }
  }

  const gets = new Map<string, Promise<{ json: unknown } | Outcome>>();

  return {
    async call(fn, args, { fresh = false } = {}) {
      const normalized = normalizeArgs(args);
      const key = callKey(fn, normalized);
      versions.begin();
      try {
        const version = fresh ? undefined : versions.readable();
        const hit = version === undefined ? undefined : cache.get(versioned(version, key));
        if (version !== undefined && hit && !("json" in hit)) {
          versions.delivered(version);
          return resultOf(fn, unwrap(hit));
        }
        const outcome = await shared(key, () => {
          const bytes = encoder.encode(key).length + 20;
          return new Promise<Outcome>((settle) =>
            queue.add({ fn, args: normalized, key, bytes, weight: CLIENT_CALL_WEIGHT[fn] ?? 1, repeats: 0, settle }),
          );
        });
        return resultOf(fn, unwrap(outcome));
      } finally {
        versions.end();
      }
    },

    async get(path, query = {}, { fresh = false } = {}) {
      const url = urlOf(baseUrl, path, query);
      const key = `GET ${url}`;
      versions.begin();
      try {
        const version = fresh ? undefined : versions.readable();
        const hit = version === undefined ? undefined : cache.get(versioned(version, key));
        if (version !== undefined && hit && "json" in hit) {
          versions.delivered(version);
          return hit.json;
        }
        let running = gets.get(key);
        if (!running) {
          running = getOnce(url, path, key);
          gets.set(key, running);
          const done = () => gets.delete(key);
          running.then(done, done);
        }
        const answer = await running;
        return "json" in answer ? answer.json : unwrap(answer);
      } finally {
        versions.end();
      }
    },

    get datasetVersion() {
      return versions.current;
    },

    clear() {
      cache.clear();
      versions.reset();
    },
  };
}
