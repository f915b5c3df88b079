// A retired finding whose claim lives on in current findings: the 410 and EXO.FINDING name them.
// The Worker runs in process over a copy of the data whose retired.tsv has replacements
// (support/replaced-dataset.ts); the expected ids are the ones written into that file.
import { describe, expect, it, vi } from "vitest";
import { connect } from "./support/functions";
import { replacements } from "./support/replaced-dataset";
import { ORIGIN, workerFetch } from "./support/worker";

vi.mock("../../worker/src/dataset/embedded", async () => {
  const { replacedDataset } = await import("./support/replaced-dataset");
  return { dataset: () => replacedDataset, buildId: () => "replaced-by-test" };
});

const [[twice, two], [once, one]] = [...replacements] as [[string, string[]], [string, string[]]];

describe("a retired finding with replaced_by", () => {
  it("GET /v1/findings/{id} is 410 naming the replacements, in the detail and as links in replaced_by", async () => {
    const response = await workerFetch(`${ORIGIN}/v1/findings/${twice}`);
    expect(response.status).toBe(410);
    const body = (await response.json()) as { detail: string; errors: { param: string; message: string; replaced_by: unknown }[] };
    expect(body.detail).toContain(`Replaced by ${two[0]} and ${two[1]}, which carry its claim: cite them instead;`);
    expect(body.detail).not.toContain("No current finding carries its claim");
    expect(body.errors).toEqual([
      { param: "id", message: body.detail, replaced_by: two.map((id) => ({ id, url: `${ORIGIN}/v1/findings/${id}` })) },
    ]);
  });

  it("each replaced_by link answers 200 with that finding", async () => {
    const body = (await (await workerFetch(`${ORIGIN}/v1/findings/${twice}`)).json()) as { errors: { replaced_by: { url: string }[] }[] };
    const got = await Promise.all(body.errors[0]!.replaced_by.map(async ({ url }) => (await workerFetch(url)).json()));
    expect(got.map((f) => (f as { id: string }).id)).toEqual(two);
  });

  it("one replacement reads in the singular", async () => {
    const body = (await (await workerFetch(`${ORIGIN}/v1/findings/${once}`)).json()) as { detail: string };
    expect(body.detail).toContain(`Replaced by ${one[0]}, which carries its claim: cite it instead;`);
  });

  it("EXO.FINDING is #N/A with the same message, naming the replacements", async () => {
    const { excel } = connect();
    const answer = (await excel("FINDING", twice)) as { error: string; message: string };
    expect(answer.error).toBe("#N/A");
    expect(answer.message).toContain(`Finding ${twice} was retired`);
    expect(answer.message).toContain(`Replaced by ${two[0]} and ${two[1]}`);
  });
});
