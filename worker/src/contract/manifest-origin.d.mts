/** The origin a manifest points at: that of the page its DefaultSettings name. Throws when it names none. */
export function manifestOrigin(manifest: string): string;
