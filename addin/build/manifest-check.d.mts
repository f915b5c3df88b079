export interface ManifestReport {
  id?: string;
  version?: string;
  namespace?: string;
  /** The origin of the page in DefaultSettings, which every URL must share. */
  origin?: string;
  /** Every URL the manifest names, once each. */
  urls: string[];
  /** Empty when the manifest is fit to ship. */
  problems: string[];
}

export function inspectManifest(xml: string): Promise<ManifestReport>;
