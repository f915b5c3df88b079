import { z } from "@hono/zod-openapi";
import { PROCESS_ALIASES, PROCESS_GO, PROCESS_LABELS, PROCESSES } from "../contract/vocabulary";
import { Process } from "../dataset/vocabulary";

export const ProcessInfo = z
  .object({
    code: Process,
    name: z.string(),
    aliases: z.array(z.string()),
    go_id: z.string().openapi({ description: "The Gene Ontology biological process it maps to", example: "GO:0001503" }),
    go_label: z.string().openapi({ example: "ossification" }),
  })
  .openapi("ProcessInfo");
export type ProcessInfo = z.infer<typeof ProcessInfo>;

/** The three processes with every name the API accepts for them. */
export function processes(): ProcessInfo[] {
  return PROCESSES.map((code) => ({
    code,
    name: PROCESS_LABELS[code],
    aliases: [...PROCESS_ALIASES[code]],
    go_id: PROCESS_GO[code].id,
    go_label: PROCESS_GO[code].label,
  }));
}
