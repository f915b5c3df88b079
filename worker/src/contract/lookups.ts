// Each lookup's signature, declared once: its name and positional parameters in the order the
// EXO.* custom function of the same name takes them. The worker's registry implements exactly
// these (a renamed parameter fails to compile there), POST /v1/batch accepts exactly these, and
// the add-in's client is typed by them.

export const LOOKUP_NAMES = [
  "effect",
  "findings",
  "finding",
  "cargo",
  "targets",
  "sources",
  "count",
  "citations",
  "name",
  "matrix",
  "version",
] as const;
export type LookupName = (typeof LOOKUP_NAMES)[number];

interface Signature {
  /** Parameters that must be given, first. */
  required: readonly string[];
  /** Parameters that may be left blank, after the required ones. */
  optional: readonly string[];
}

export const LOOKUP_PARAMS = {
  effect: { required: ["source", "process"], optional: ["basis"] },
  // Every filter of the task pane; no source means every source, several are comma-separated.
  findings: { required: [], optional: ["source", "process", "direction", "type", "text"] },
  finding: { required: ["id"], optional: [] },
  cargo: { required: ["source"], optional: ["process", "type"] },
  targets: { required: ["source"], optional: ["process"] },
  sources: { required: ["process"], optional: ["verdict", "basis"] },
  count: { required: ["source", "process"], optional: ["direction"] },
  citations: { required: ["source", "process"], optional: [] },
  name: { required: ["code_or_alias"], optional: [] },
  matrix: { required: [], optional: ["basis"] },
  version: { required: [], optional: [] },
} as const satisfies Record<LookupName, Signature>;

type Params = typeof LOOKUP_PARAMS;

/** One positional argument as a cell gives it; null or "" leaves an optional parameter out. */
export type Arg = string | number | boolean | null;

type Positional<Names extends readonly string[]> = { -readonly [I in keyof Names]: Arg };

/** A lookup's arguments as the custom function passes them: the required ones, then any optional ones. */
export type LookupArgs<N extends LookupName> = [...Positional<Params[N]["required"]>, ...Partial<Positional<Params[N]["optional"]>>];

/** A lookup's arguments by name, as the worker's lookup function reads them (blanks already left out). */
export type LookupArgsObject<N extends LookupName> = { [P in Params[N]["required"][number]]: string } & {
  [P in Params[N]["optional"][number]]?: string;
};

/**
 * Parameters whose values the worker matches case-insensitively (codes, names, aliases and closed
 * vocabularies; never free text), so that a client may treat `OC`, `oc` and `Oc` as one call.
 */
export const CASE_INSENSITIVE_PARAMS: ReadonlySet<string> = new Set([
  "source",
  "process",
  "direction",
  "basis",
  "type",
  "verdict",
  "code_or_alias",
]);
