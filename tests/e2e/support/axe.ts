import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { ORIGIN } from "./origin";

const AXE_URL = `${ORIGIN}/__test/axe.min.js`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core, served from the page's own origin: the pane's CSP allows no inline or foreign script. */
export async function serveAxe(page: Page): Promise<void> {
  await page.route(AXE_URL, (route) => route.fulfill({ contentType: "text/javascript", body: axeSource }));
}

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core over the page as it is now (WCAG 2.x A and AA, and best practices); returns the violations in words. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_URL });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    return (
      await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      })
    ).violations;
  });
  return violations.map((v: Violation) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}
