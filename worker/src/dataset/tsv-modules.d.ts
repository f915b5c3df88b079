/** The curated TSV files are bundled as text modules (wrangler.jsonc "rules"). */
declare module "*.tsv" {
  const text: string;
  export default text;
}
