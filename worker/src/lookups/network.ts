import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { nameKey } from "../dataset/indexes";
import { PROCESS_LABELS } from "../contract/vocabulary";

const Node = z.object({ data: z.object({ id: z.string(), label: z.string(), kind: z.enum(["source", "molecule", "target", "process"]) }) });
const Edge = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    relation: z.enum(["carries", "acts_on", "regulates"]),
    direction: z.string().openapi({ description: "promotes, inhibits or no_effect, on edges into a process" }),
    findings: z.array(z.string()),
  }),
});
export const Network = z
  .object({ elements: z.object({ nodes: z.array(Node), edges: z.array(Edge) }) })
  .openapi("Network", { description: "Cytoscape.js elements JSON: source → molecule → target → process" });
export type Network = z.infer<typeof Network>;

const built = new WeakMap<Dataset, Network>();

/**
 * The findings as a graph. Each finding adds the path source → cargo → targets → process,
 * skipping the links it has no names for; edges shared by findings list every finding id.
 * One entity is one node: a target that is also cargo (RUNX2, RANKL, miR-155) — same HGNC id or
 * same name — joins the molecule's node.
 */
export function network(ds: Dataset): Network {
  const cached = built.get(ds);
  if (cached) return cached;
  const nodes = new Map<string, z.infer<typeof Node>>();
  const edges = new Map<string, z.infer<typeof Edge>>();
  const node = (kind: z.infer<typeof Node>["data"]["kind"], label: string): string => {
    const id = `${kind}:${label}`;
    if (!nodes.has(id)) nodes.set(id, { data: { id, label, kind } });
    return id;
  };
  const moleculeFor = new Map<string, string>();
  for (const m of ds.molecules) {
    moleculeFor.set(nameKey(m.name), m.name);
    if (m.hgnc_id !== "") moleculeFor.set(m.hgnc_id, m.name);
  }
  const targetNode = (name: string): string => {
    const target = ds.index.targetByName.get(nameKey(name));
    const molecule = moleculeFor.get(nameKey(name)) ?? (target?.hgnc_id ? moleculeFor.get(target.hgnc_id) : undefined);
    return molecule === undefined ? node("target", name) : node("molecule", molecule);
  };
  const edge = (from: string, to: string, relation: z.infer<typeof Edge>["data"]["relation"], direction: string, finding: string) => {
    if (from === to) return;
    const id = `${from}->${to}:${direction}`;
    const existing = edges.get(id);
    if (existing) existing.data.findings.push(finding);
    else edges.set(id, { data: { id, source: from, target: to, relation, direction, findings: [finding] } });
  };
  for (const f of ds.findings) {
    const origin = node("source", f.source);
    const process = node("process", PROCESS_LABELS[f.process]);
    const carriers = f.cargo.length > 0 ? f.cargo.map((m) => node("molecule", m)) : [origin];
    if (f.cargo.length > 0) for (const m of carriers) edge(origin, m, "carries", "", f.id);
    const actors = f.targets.length > 0 ? f.targets.map(targetNode) : carriers;
    if (f.targets.length > 0) for (const from of carriers) for (const t of actors) edge(from, t, "acts_on", "", f.id);
    for (const from of actors) edge(from, process, "regulates", f.direction, f.id);
  }
  const result = { elements: { nodes: [...nodes.values()], edges: [...edges.values()] } };
  built.set(ds, result);
  return result;
}
