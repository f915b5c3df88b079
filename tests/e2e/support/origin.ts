/** The ports of this suite: wrangler dev serves on 8790, its inspector listens on 8791. */
export const PORT = 8790;
export const INSPECTOR_PORT = 8791;
export const ORIGIN = `http://127.0.0.1:${PORT}`;
