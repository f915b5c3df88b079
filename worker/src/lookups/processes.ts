import { z } from "@hono/zod-openapi";
import { Process, processAliases, processNames } from "../dataset/vocabulary";

export const ProcessInfo = z
  .object({ code: Process, name: z.string(), aliases: z.array(z.string()) })
  .openapi("ProcessInfo");
export type ProcessInfo = z.infer<typeof ProcessInfo>;

/** The three processes with every name the API accepts for them. */
export function processes(): ProcessInfo[] {
  return Process.options.map((code) => ({ code, name: processNames[code], aliases: [...processAliases[code]] }));
}
