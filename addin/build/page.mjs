/**
 * The shared page with a stylesheet (when the bundle has one) and a module script for each entry,
 * in entry order, where the template says `<!-- entries -->`.
 */
export function renderPage(template, entries, outputs) {
  const marker = "<!-- entries -->";
  if (!template.includes(marker)) throw new Error(`The page template lacks the ${marker} marker.`);
  const tags = entries.flatMap((name) => [
    ...(outputs.includes(`${name}.css`) ? [`<link rel="stylesheet" href="./${name}.css">`] : []),
    `<script type="module" src="./${name}.js"></script>`,
  ]);
  return template.replace(marker, tags.join("\n    "));
}
