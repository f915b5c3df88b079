/**
 * The Accept header (RFC 9110 §12.5.1): media ranges with q-values, compared case-insensitively.
 * A missing or empty header accepts anything; a range with q=0 refuses that type.
 */
interface Range {
  type: string;
  subtype: string;
  q: number;
}

/** Longer than any real Accept header; a longer one is cut so parsing stays cheap. */
const MAX_ACCEPT = 1024;

function parse(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of header.slice(0, MAX_ACCEPT).split(",")) {
    const [media = "", ...params] = part.split(";");
    const [type = "", subtype = ""] = media.trim().toLowerCase().split("/");
    if (type === "" || subtype === "") continue;
    let q = 1;
    for (const param of params) {
      const [name = "", value = ""] = param.split("=");
      if (name.trim().toLowerCase() !== "q") continue;
      const parsed = Number(value.trim());
      q = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
    }
    ranges.push({ type: type.trim(), subtype: subtype.trim(), q });
  }
  return ranges;
}

/** The q-value the header gives `mediaType` (its most specific matching range), 0 when none matches. */
function quality(ranges: Range[], mediaType: string): number {
  const [essence = ""] = mediaType.toLowerCase().split(";");
  const [type = "", subtype = ""] = essence.trim().split("/");
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === "*"
          ? 1
          : range.type === "*" && range.subtype === "*"
            ? 0
            : -1;
    if (specificity > best) {
      best = specificity;
      q = range.q;
    }
  }
  return q;
}

/** The offered media type the client prefers (ties go to the earlier offer), or undefined: answer 406. */
export function preferred(header: string | undefined, offered: readonly string[]): string | undefined {
  if (header === undefined || header.trim() === "") return offered[0];
  const ranges = parse(header);
  if (ranges.length === 0) return offered[0];
  let choice: string | undefined;
  let bestQ = 0;
  for (const mediaType of offered) {
    const q = quality(ranges, mediaType);
    if (q > bestQ) {
      choice = mediaType;
      bestQ = q;
    }
  }
  return choice;
}

/** Whether the client accepts `mediaType` at all. */
export const accepts = (header: string | undefined, mediaType: string): boolean => preferred(header, [mediaType]) !== undefined;
