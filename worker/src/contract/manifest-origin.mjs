// Plain JavaScript so that the Node build script (addin/build.mjs) and the Worker read it alike.

/** Where manifest.xml names the task pane page, the URL every other URL of the manifest shares an origin with. */
const DEFAULT_SOURCE_LOCATION = /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/;

/** The origin a manifest points at: that of the page its DefaultSettings name. */
export function manifestOrigin(manifest) {
  const location = DEFAULT_SOURCE_LOCATION.exec(manifest)?.[1];
  if (!location) {
    throw new Error(
      'The manifest has no <DefaultSettings><SourceLocation DefaultValue="…"> to take its origin from; add one naming the task pane page.',
    );
  }
  return new URL(location).origin;
}
