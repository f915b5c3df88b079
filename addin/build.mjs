// Placeholder until the add-in build lands: wrangler needs the assets folder to exist.
import { mkdirSync } from "node:fs";
mkdirSync(new URL("../dist/addin", import.meta.url), { recursive: true });
