import { z } from "@hono/zod-openapi";
import { PROCESS_LABELS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { nameKey } from "../dataset/indexes";
import { matchingFindings } from "./findings";

const Node = z.object({ data: z.object({ id: z.string(), label: z.string(), kind: z.enum(["source", "molecule", "target", "process"]) }) });
const RELATIONS = ["carries", "carries_depleted", "acts_on", "regulates"] as const;
type Relation = (typeof RELATIONS)[number];
const RELATION_LABELS: Record<Relation, string> = {
  carries: "carries",
  carries_depleted: "carries less of (depleted in the vesicles)",
  acts_on: "acts on",
  regulates: "regulates",
};

const Edge = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    relation: z.enum(RELATIONS).openapi({
      description:
        "carries: the source's vesicles carry the molecule; carries_depleted: they carry less of it (cargo_change depleted), and the finding's effect, drawn from the source itself, is that of vesicles lacking it; acts_on: cargo acts on a target; regulates: into a process",
    }),
    label: z.string().openapi({ description: "The relation in words, with the direction on edges into a process" }),
    direction: z.string().openapi({ description: "promotes, inhibits or no_effect, on edges into a process" }),
    findings: z.array(z.string()),
  }),
});
export const Network = z
  .object({ elements: z.object({ nodes: z.array(Node), edges: z.array(Edge) }) })
  .openapi("Network", { description: "Cytoscape.js elements JSON: source → molecule → target → process" });
export type Network = z.infer<typeof Network>;

/** Which findings the graph draws: those of these sources and processes (any spelling), or all. */
export interface NetworkQuery {
  source?: readonly string[];
  process?: readonly string[];
}

/**
 * A graph whose JSON would exceed the bytes it was allowed: it stopped growing at finding `at` of
 * `of`, once its text could no longer fit, so refusing it costs no more than the allowance.
 */
export class GraphTooLarge extends Error {
  constructor(
    readonly at: number,
    readonly of: number,
  ) {
    super(`the graph passed its size limit at finding ${at} of ${of}`);
  }
}

/**
 * The findings as a graph: every finding, or those the query's source and process filters match
 * (resolved as GET /v1/findings resolves them). Throws GraphTooLarge as soon as the graph's JSON
 * would be over `maxBytes`.
 */
export function network(ds: Dataset, query: NetworkQuery, maxBytes: number): Network {
  const all = query.source === undefined && query.process === undefined;
  return graphOf(ds, all ? ds.findings : matchingFindings(ds, { source: query.source, process: query.process }), maxBytes);
}

const moleculeIndexes = new WeakMap<Dataset, Map<string, string>>();

/**
 * Molecule names by name key and by HGNC id, built once per dataset: a graph of a few findings
 * must not walk every molecule of a dataset that grows.
 */
function moleculeNames(ds: Dataset): Map<string, string> {
  const known = moleculeIndexes.get(ds);
  if (known) return known;
  const names = new Map<string, string>();
  for (const m of ds.molecules) {
    names.set(nameKey(m.name), m.name);
    if (m.hgnc_id !== "") names.set(m.hgnc_id, m.name);
  }
  moleculeIndexes.set(ds, names);
  return names;
}

/**
 * The JSON of a graph, a node and an edge with every string empty: what each adds besides its
 * strings (and the commas between them, left out so that the count stays a floor).
 */
const GRAPH_TEXT = JSON.stringify({ elements: { nodes: [], edges: [] } }).length;
const NODE_TEXT = JSON.stringify({ data: { id: "", label: "", kind: "" } }).length;
const EDGE_TEXT = JSON.stringify({ data: { id: "", source: "", target: "", relation: "", label: "", direction: "", findings: [] } }).length;

/**
 * The graph of some findings. Each finding adds the path source → cargo → targets → process,
 * skipping the links it has no names for; edges shared by findings list every finding id.
 * One entity is one node: a target that is also cargo (RUNX2, RANKL, miR-155) — same HGNC id or
 * same name — joins the molecule's node.
 * Depleted cargo does not act: the vesicles carry less of it, so its edge is `carries_depleted`
 * and the finding's direction runs from the source, never from the molecule or its targets.
 * `floor` counts the graph's JSON as it grows, one byte per UTF-16 unit (never more than UTF-8
 * has): once it passes `maxBytes` the answer cannot fit, and building stops (GraphTooLarge).
 */
function graphOf(ds: Dataset, findings: readonly Finding[], maxBytes: number): Network {
  const nodes = new Map<string, z.infer<typeof Node>>();
  const edges = new Map<string, z.infer<typeof Edge>>();
  let floor = GRAPH_TEXT;
  const node = (kind: z.infer<typeof Node>["data"]["kind"], label: string): string => {
    const id = `${kind}:${label}`;
    if (!nodes.has(id)) {
      nodes.set(id, { data: { id, label, kind } });
      floor += NODE_TEXT + id.length + label.length + kind.length;
    }
    return id;
  };
  const moleculeFor = moleculeNames(ds);
  const targetNode = (name: string): string => {
    const target = ds.index.targetByName.get(nameKey(name));
    const molecule = moleculeFor.get(nameKey(name)) ?? (target?.hgnc_id ? moleculeFor.get(target.hgnc_id) : undefined);
    return molecule === undefined ? node("target", name) : node("molecule", molecule);
  };
  const edge = (from: string, to: string, relation: Relation, direction: string, finding: string) => {
    if (from === to) return;
    const id = `${from}->${to}:${relation}:${direction}`;
    const existing = edges.get(id);
    const label = direction === "" ? RELATION_LABELS[relation] : direction.replace("_", " ");
    // A finding id is a quoted string in the edge's list, after a comma but on the first.
    floor += finding.length + 3;
    if (existing) existing.data.findings.push(finding);
    else {
      edges.set(id, { data: { id, source: from, target: to, relation, label, direction, findings: [finding] } });
      floor += EDGE_TEXT + id.length + from.length + to.length + relation.length + label.length + direction.length - 1;
    }
  };
  findings.forEach((f, i) => {
    const origin = node("source", f.source);
    const process = node("process", PROCESS_LABELS[f.process]);
    const depleted = f.cargo_change === "depleted";
    const carriers = f.cargo.length > 0 ? f.cargo.map((m) => node("molecule", m)) : [origin];
    if (f.cargo.length > 0) for (const m of carriers) edge(origin, m, depleted ? "carries_depleted" : "carries", "", f.id);
    const actors = f.targets.length > 0 ? f.targets.map(targetNode) : carriers;
    if (f.targets.length > 0) for (const from of carriers) for (const t of actors) edge(from, t, "acts_on", "", f.id);
    for (const from of depleted ? [origin] : actors) edge(from, process, "regulates", f.direction, f.id);
    if (floor > maxBytes) throw new GraphTooLarge(i + 1, findings.length);
  });
  return { elements: { nodes: [...nodes.values()], edges: [...edges.values()] } };
}
