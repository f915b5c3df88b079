/** Vite's `?raw` suffix: a file's text, used to compare served bytes with the repository's. */
declare module "*?raw" {
  const text: string;
  export default text;
}
