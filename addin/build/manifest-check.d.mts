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

export interface ManifestExpectations {
  /** The release (package.json version): <Version> must be it with a fourth part, e.g. 1.2.0.0. */
  release?: string;
}

export function inspectManifest(xml: string, expected?: ManifestExpectations): Promise<ManifestReport>;

/** The version 5 UUID of an origin: the <Id> a manifest for that origin must have. */
export function originId(origin: string): string;
