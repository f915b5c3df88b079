// All the add-in may know of the worker (a lint rule keeps addin/ to this folder).
export * from "./finding-columns";
export * from "./limits";
export * from "./lookups";
export { manifestOrigin } from "./manifest-origin.mjs";
export * from "./names";
export type * from "./types";
export * from "./vocabulary";
