import { SELF } from "cloudflare:test";

export const get = (path: string, init?: RequestInit) => SELF.fetch(`https://exo-bone.test${path}`, init);

// biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON it asked for and asserts on its values
export async function json<T = any>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await get(path, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/**
 * The client address this test file's batches count against (POST /v1/batch is rate limited per
 * CF-Connecting-IP), so no file runs into the allowance another file used up.
 */
export const client = `test-${crypto.randomUUID()}`;

export const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = { "Content-Type": "application/json", "CF-Connecting-IP": client },
) => SELF.fetch(`https://exo-bone.test${path}`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
