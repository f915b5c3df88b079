/** The build bundles a stylesheet an entry imports into the page's CSS. */
declare module "*.css";
