import { cargo, citations, count, effect, findings, matrix, name, sources, targets, version } from "./functions";
import { cite, finding } from "./record-functions";

/** Each function under the id functions.json gives it (the @customfunction tag). */
export const registrations = {
  EFFECT: effect,
  FINDINGS: findings,
  CARGO: cargo,
  TARGETS: targets,
  SOURCES: sources,
  COUNT: count,
  CITATIONS: citations,
  NAME: name,
  MATRIX: matrix,
  VERSION: version,
  FINDING: finding,
  CITE: cite,
} as const;
