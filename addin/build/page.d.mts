/** The page template with a stylesheet and module script for each entry at its `<!-- entries -->` marker. */
export function renderPage(template: string, entries: string[], outputs: string[]): string;
