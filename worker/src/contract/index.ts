// All the add-in may know of the worker (a lint rule keeps addin/ to this folder).
export * from "./finding-columns";
export * from "./limits";
export * from "./lookups";
export * from "./names";
export { manifestOrigin } from "./manifest-origin.mjs";
export type * from "./types";
export * from "./vocabulary";
