import { el } from "./dom";

/**
 * Saves the CSV at `url` as a file that Excel opens right. Excel reads a CSV opened from disk in
 * the computer's legacy code page unless the file starts with a byte order mark, and every β and κ
 * in the quotes comes out garbled (TGF-Î²1). The API sends none, because R's read.csv would keep it
 * in the first column's name, so the pane adds it to the file it saves.
 */
export async function saveCsv(url: string, fileName: string): Promise<void> {
  const origin = new URL(url).origin;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: "text/csv" } });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`The exo-bone service at ${origin} could not be reached (${why}). Check the connection and try again.`);
  }
  if (!response.ok) throw new Error(`The exo-bone service at ${origin} answered HTTP ${response.status}. Try again in a moment.`);
  const href = URL.createObjectURL(new Blob(["\uFEFF", await response.text()], { type: "text/csv;charset=utf-8" }));
  const link = el("a", { href, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after this task ends: revoking it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
