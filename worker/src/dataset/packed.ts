/**
 * A value graph as JSON text and back: Maps, and objects reached along several paths (a finding
 * sits in the finding list and in a dozen index buckets) come back as Maps and as one shared
 * object. The build packs the loaded dataset this way, so a fresh isolate gets it back with one
 * JSON.parse and one walk instead of parsing, validating and indexing the TSV files.
 */

/** Keys that no plain object of the dataset has (validation forbids control characters in names). */
const REF = "\u0001ref";
const MAP = "\u0001map";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isContainer = (value: unknown): value is object => typeof value === "object" && value !== null;
const isRecord = (value: unknown): value is Record<string, unknown> => isContainer(value) && !Array.isArray(value);

/** How many times each object or Map is reached, to know which ones to share. */
function countVisits(root: unknown): Map<object, number> {
  const visits = new Map<object, number>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (!isContainer(value)) continue;
    const seen = visits.get(value) ?? 0;
    visits.set(value, seen + 1);
    if (seen > 0) continue;
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else stack.push(...Object.values(value));
  }
  return visits;
}

/**
 * The dataset as JSON text; throws on what JSON cannot carry faithfully (a cycle, NaN, a class).
 * The text is ASCII (other characters written as \u escapes): the isolate keeps a Text module's
 * string for its whole life, and V8 stores a string with even one character past U+00FF at two
 * bytes per character — a few Greek letters in the quotes would double the dataset's text.
 */
export function pack(root: unknown): string {
  const visits = countVisits(root);
  const shared: Json[] = [];
  const slot = new Map<object, number>();
  const onPath = new Set<object>();

  function encode(value: unknown): Json {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`cannot pack the number ${value}`);
      return value;
    }
    if (!isContainer(value)) throw new Error(`cannot pack a value of type ${typeof value}`);
    const known = slot.get(value);
    if (known !== undefined) return { [REF]: known };
    if (onPath.has(value)) throw new Error("cannot pack a cycle");
    onPath.add(value);
    let encoded: Json;
    if (value instanceof Map) encoded = { [MAP]: [...value].map(([k, v]) => [encode(k), encode(v)]) };
    else if (Array.isArray(value)) encoded = value.map(encode);
    else if (Object.getPrototypeOf(value) === Object.prototype) {
      const entries: [string, Json][] = [];
      for (const [k, v] of Object.entries(value)) {
        if (k.startsWith("\u0001")) throw new Error(`cannot pack the key ${JSON.stringify(k)}`);
        if (v !== undefined) entries.push([k, encode(v)]);
      }
      encoded = Object.fromEntries(entries);
    } else throw new Error(`cannot pack an instance of ${value.constructor?.name ?? "a class"}`);
    onPath.delete(value);
    if ((visits.get(value) ?? 0) < 2) return encoded;
    // Post-order: whatever a shared object holds is in the table before it is.
    const index = shared.length;
    slot.set(value, index);
    shared.push(encoded);
    return { [REF]: index };
  }

  const value = encode(root);
  return JSON.stringify({ shared, value }).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The value `pack` was given, rebuilt (in place over the parsed JSON: no second copy). It runs at
 * every cold start over every node of the dataset, in the interpreter: strings and numbers (most
 * of the nodes) stay where they are without a call (the type test is inline for that reason), and
 * an object's markers are read as properties, absent on nearly all of them.
 */
export function unpack(text: string): unknown {
  const packed: unknown = JSON.parse(text);
  if (!isRecord(packed) || !Array.isArray(packed.shared)) throw new Error("not a packed value: expected {shared, value}");
  const table: unknown[] = [];

  function decode(node: object): unknown {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === "object" && item !== null) node[i] = decode(item);
      }
      return node;
    }
    const record = node as Record<string, unknown>;
    const ref = record[REF];
    if (ref !== undefined) return table[ref as number];
    const entries = record[MAP];
    if (entries !== undefined) {
      const map = new Map<unknown, unknown>();
      for (const [k, v] of entries as [unknown, unknown][])
        map.set(typeof k === "object" && k !== null ? decode(k) : k, typeof v === "object" && v !== null ? decode(v) : v);
      return map;
    }
    for (const key in record) {
      const member = record[key];
      if (typeof member === "object" && member !== null) record[key] = decode(member);
    }
    return record;
  }

  for (const entry of packed.shared) table.push(isContainer(entry) ? decode(entry) : entry);
  return isContainer(packed.value) ? decode(packed.value) : packed.value;
}
