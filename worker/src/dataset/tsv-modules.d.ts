/** The curated TSV files and the packed dataset are bundled as text modules (wrangler.jsonc "rules"). */
declare module "*.tsv" {
  const text: string;
  export default text;
}

declare module "*.pack" {
  const text: string;
  export default text;
}
