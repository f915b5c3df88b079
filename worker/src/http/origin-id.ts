/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

/**
 * The name-based (version 5, SHA-1) UUID of an origin: the same origin always gets the same id, and
 * two deployments never share one, so Office keeps each deployment's add-in apart.
 */
export async function originId(origin: string): Promise<string> {
  const hexNamespace = URL_NAMESPACE.replace(/-/g, "");
  const namespace = Uint8Array.from({ length: hexNamespace.length / 2 }, (_, i) =>
    Number.parseInt(hexNamespace.slice(2 * i, 2 * i + 2), 16),
  );
  const name = new TextEncoder().encode(origin);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", new Uint8Array([...namespace, ...name])));
  // The version (5) in the high nibble of byte 6, the RFC 9562 variant (10) in the top bits of byte 8.
  const id = digest.slice(0, 16).map((byte, i) => (i === 6 ? (byte & 0x0f) | 0x50 : i === 8 ? (byte & 0x3f) | 0x80 : byte));
  return hex(id).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");
}
