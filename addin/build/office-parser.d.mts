/** What Office's parser read from a manifest. */
export interface OfficeReading {
  id: string;
  /** Three parts: Office drops the fourth. */
  version: string;
  /** The pages of the add-in's runtimes. */
  pages: string[];
}

/** Parses the manifest at `path` with Office's own parser; rejects with Office's reason when it refuses it. */
export function parseWithOffice(path: string): Promise<OfficeReading>;
