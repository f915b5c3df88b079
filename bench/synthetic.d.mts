// Types of synthetic.mjs for the TypeScript that imports it (the answer-budget test).

/** Writes the data folder, `factor` times the curated rows where the data grows, into `dir`. */
export function writeSyntheticData(factor: number, dir: string): { dir: string; findings: number; molecules: number; references: number };
