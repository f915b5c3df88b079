import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkQuotes, checkReferenceKeys } from "../../data/check/quote-check";
import { locateReviewText } from "../../data/check/review-text";
import { checkDataFolder } from "../../data/check/run";
import { dataFolder } from "./broken-copy";

const review = locateReviewText();
const scratch = mkdtempSync(join(tmpdir(), "exo-bone-review-"));
const sample = join(scratch, "review.txt");
writeFileSync(sample, "Osteoclast-derived exosomes\n inhibit   osteoblast activity (Sun et al., 2016). Other text.");

describe("npm run data:check finds the review's text, or says why it cannot", () => {
  it("reads the file EXO_REVIEW_TEXT names", () => {
    const found = locateReviewText({ EXO_REVIEW_TEXT: sample });
    expect(found.status).toBe("found");
  });

  it("fails when EXO_REVIEW_TEXT names a file that does not exist", () => {
    const missing = locateReviewText({ EXO_REVIEW_TEXT: join(scratch, "absent.txt") });
    expect(missing).toMatchObject({ status: "missing" });
    const report = checkDataFolder(dataFolder, missing);
    expect(report.problems).toEqual([
      expect.stringMatching(/^review text: EXO_REVIEW_TEXT is set to .*absent\.txt, but there is no file there/),
    ]);
  });

  it("skips only the quote check, saying why and how to run it, when the variable is unset and the default is absent", () => {
    const skipped = locateReviewText({}, join(scratch, "no-such-review.txt"));
    expect(skipped.status).toBe("skipped");
    const report = checkDataFolder(dataFolder, skipped);
    expect(report.skipped).toMatch(
      /quote check skipped: EXO_REVIEW_TEXT is not set .* EXO_REVIEW_TEXT=\/path\/to\/review\.txt npm run data:check/,
    );
    expect(report.problems).toEqual([]);
    expect(report.passed).toEqual([expect.stringMatching(/^validation: /)]);
  });
});

describe("a quote must be verbatim in the review (whitespace runs count as one space)", () => {
  const text = "Osteoclast-derived exosomes\n inhibit   osteoblast activity (Sun et al., 2016). Other text.";
  const file = (quote: string) => ({ file: "findings.tsv", content: `id\tquote\nF-2.2-01\t${quote}\n` });

  it("accepts a quote that differs from the text only in whitespace", () => {
    expect(checkQuotes([file("Osteoclast-derived exosomes inhibit osteoblast activity")], text)).toEqual({ checked: 1, problems: [] });
  });

  it("rejects a changed word, with its file and line", () => {
    expect(checkQuotes([file("Osteoclast-derived exosomes promote osteoblast activity")], text).problems).toEqual([
      'findings.tsv:2: quote: not verbatim in the review: "Osteoclast-derived exosomes promote osteoblast activity"; copy the sentence from the review exactly',
    ]);
  });

  it("checks a quote's offsets: UTF-16 code units into the text as it is, end exclusive", () => {
    const start = text.indexOf("inhibit");
    const anchored = (from: number, to: number) => ({
      file: "findings.tsv",
      content: `id\tquote\tquote_start\tquote_end\nF-2.2-01\tinhibit osteoblast\t${from}\t${to}\n`,
    });
    const end = start + "inhibit   osteoblast".length;
    expect(checkQuotes([anchored(start, end)], text).problems).toEqual([]);
    expect(checkQuotes([anchored(start + 1, end)], text).problems).toEqual([
      expect.stringMatching(/^findings\.tsv:2: quote_start: quote_start\/quote_end \d+–\d+ hold "nhibit osteoblast", not the quote/),
    ]);
    expect(checkQuotes([anchored(start, end - 1)], text).problems).toHaveLength(1);
  });

  it("rejects a citation key the review does not write that way", () => {
    const references = { file: "references.tsv", content: "key\nSun et al., 2016\nSun et al. 2016\n" };
    expect(checkReferenceKeys(references, text)).toEqual([
      expect.stringMatching(/^references\.tsv:3: key: "Sun et al\. 2016" is not written this way/),
    ]);
  });
});

describe("the curated dataset against the review's text", () => {
  if (review.status === "skipped") {
    console.warn(review.reason);
    it.skip(review.reason, () => {});
    return;
  }
  it("finds every quote verbatim and every citation key as written, with no other problem", () => {
    const report = checkDataFolder(dataFolder, review);
    expect(report.problems).toEqual([]);
    expect(report.passed).toContainEqual(
      expect.stringMatching(/^provenance .*: (\d+) of \1 quotes verbatim in the review and at their offsets/),
    );
  });
});
