// The page script of the recalculation storm: the part of Excel's CustomFunctions API the
// functions bundle uses, a counter of the requests the page makes, and two ways to answer a
// sheet of formulas: through the registered EXO.* functions, or naively with one fetch each.
(() => {
  const ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A" };
  class CustomFunctionError extends Error {
    constructor(code, message) {
      super(message ?? "");
      this.code = code;
    }
  }
  const registered = new Map();
  globalThis.CustomFunctions = { ErrorCode, Error: CustomFunctionError, associate: (id, fn) => registered.set(id, fn) };

  let requests = 0;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    requests++;
    return realFetch(input, init);
  };

  const cell = (settled) =>
    settled.status === "fulfilled"
      ? { value: settled.value }
      : { error: settled.reason?.code ?? "#VALUE!", message: String(settled.reason?.message ?? settled.reason) };

  /** Does a function's cell hold what the lookup's raw answer says it should? */
  function agrees(id, answer, raw) {
    if ("error" in raw) return "error" in answer && answer.error === (raw.error.code === "bad_argument" ? "#VALUE!" : "#N/A");
    const value = raw.value;
    if (id === "EFFECT") return value.verdict === "no_data" ? answer.error === "#N/A" : answer.value === value.verdict.replace(/_/g, " ");
    if (id === "COUNT" || id === "NAME") return answer.value === value;
    if (id === "FINDINGS") return value.data.length === 0 ? answer.error === "#N/A" : answer.value?.length === value.data.length + 1;
    return "value" in answer;
  }

  globalThis.__storm = {
    registered: () => [...registered.keys()],

    /** Every formula at once through the EXO.* functions, as Excel recalculates a sheet. */
    async recalculate(formulas) {
      const before = requests;
      const started = performance.now();
      const settled = await Promise.allSettled(formulas.map(([id, ...args]) => registered.get(id)(...args)));
      const ms = performance.now() - started;
      globalThis.__lastCells = settled.map(cell);
      return { ms, requests: requests - before };
    },

    /**
     * Every formula at once, each with its own POST /v1/batch of one call: no batching, no cache.
     * Chromium refuses some of 10,000 simultaneous fetches ("Failed to fetch"); those are sent
     * again, all at once, until every formula has its answer, and counted.
     */
    async naive(formulas) {
      const before = requests;
      const started = performance.now();
      const ask = async ([id, ...args]) => {
        const response = await fetch("/v1/batch", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ calls: [{ fn: id.toLowerCase(), args }] }),
        });
        return (await response.json()).results[0];
      };
      const raw = new Array(formulas.length);
      let pending = formulas.map((_, i) => i);
      let refused = 0;
      let rounds = 0;
      while (pending.length > 0 && rounds < 20) {
        rounds++;
        const settled = await Promise.allSettled(pending.map((i) => ask(formulas[i])));
        const failed = [];
        settled.forEach((s, k) => {
          if (s.status === "fulfilled") raw[pending[k]] = s.value;
          else failed.push(pending[k]);
        });
        refused += failed.length;
        pending = failed;
      }
      const ms = performance.now() - started;
      const cells = globalThis.__lastCells ?? [];
      const agreeing = raw.filter((r, i) => r && cells[i] && agrees(formulas[i][0], cells[i], r)).length;
      return { ms, requests: requests - before, refused, rounds, unanswered: pending.length, agreeing };
    },
  };
})();
