import type { Page } from "playwright-core";

/** What a scientist does in the pane, through its accessible names. */
export async function tickSource(page: Page, filter: string, label: string): Promise<void> {
  await page.getByRole("textbox", { name: "Filter sources" }).fill(filter);
  await page.getByRole("checkbox", { name: label }).click();
}

export async function choose(page: Page, combobox: string, option: string): Promise<void> {
  await page.getByRole("combobox", { name: combobox }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Waits for the live count to settle on a number and returns it. */
export async function countShown(page: Page, expected: number): Promise<string> {
  const line = page.locator(".count");
  await line.filter({ hasText: `${expected} finding` }).waitFor();
  return (await line.textContent()) ?? "";
}

/** The message bar's text once it holds `hint`. */
export async function notice(page: Page, hint: string | RegExp): Promise<string> {
  const bar = page.locator(".notice").filter({ hasText: hint });
  await bar.waitFor();
  return (await bar.textContent()) ?? "";
}

export const previewIds = (page: Page): Promise<string[]> => page.locator(".card button[data-id]").allTextContents();
