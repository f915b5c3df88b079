/** A host on the user's own machine. */
export const isLoopback = (hostname: string): boolean =>
  hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);

export type PublicOrigin = { origin: string } | { status: 400 | 503; detail: string };

const sideload =
  "To sideload from your own machine, run npm run start:excel (it serves https://localhost:8787 with a trusted development certificate) and download https://localhost:8787/manifest.xml; or download /manifest.xml from an https deployment.";

/**
 * The origin a manifest may point at: the configured PUBLIC_ORIGIN (wrangler.jsonc `vars`: the
 * https origin users reach this deployment at), over https. The request's own
 * protocol and host are read only to refuse — never to build a URL — so a forged Host header can
 * not redirect anyone's add-in.
 */
export function publicOrigin(configuredOrigin: string | undefined, requestUrl: string): PublicOrigin {
  const request = new URL(requestUrl);
  if (request.protocol !== "https:") {
    return {
      status: 400,
      detail: `This server answers over http, and Office loads add-ins only over https, so there is no manifest to hand out here. ${sideload}`,
    };
  }
  const configured = configuredOrigin?.trim() ?? "";
  const url = URL.canParse(configured) ? new URL(configured) : undefined;
  if (url?.protocol !== "https:") {
    const got = configured === "" ? "is not set" : `is ${JSON.stringify(configured.slice(0, 80))}`;
    return {
      status: 503,
      detail: `This deployment's PUBLIC_ORIGIN ${got}; it must be the https origin users reach it at. Set it in wrangler.jsonc vars or with wrangler deploy --var PUBLIC_ORIGIN:https://…, then ask again.`,
    };
  }
  if (isLoopback(url.hostname) && !isLoopback(request.hostname)) {
    return {
      status: 503,
      detail: `This deployment still has the development PUBLIC_ORIGIN (${url.origin}), so its manifest would send Excel to the user's own machine. Deploy with --var PUBLIC_ORIGIN:https://<this deployment's host>, then ask again.`,
    };
  }
  return { origin: url.origin };
}
