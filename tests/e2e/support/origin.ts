/**
 * The ports of this suite: wrangler dev serves on 8790 and its inspector on the next port.
 * EXO_E2E_PORT moves both, so that two checkouts can run the browser tests side by side.
 */
export const PORT = Number(process.env.EXO_E2E_PORT ?? 8790);
export const INSPECTOR_PORT = PORT + 1;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
