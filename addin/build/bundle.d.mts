import type { Metafile } from "esbuild";

/** Bundles each entry (a folder of srcDir with an index.ts) into outDir; esbuild's metafile says what went in and out. */
export function bundle(srcDir: string, entries: string[], outDir: string): Promise<Metafile>;
