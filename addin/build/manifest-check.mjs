// The project's own structural check of manifest.xml: what the add-in needs that a schema check
// does not ask for (shared runtime, namespace EXO, one origin over https, icons, resolvable ids).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";

// The XML parser office-addin-manifest itself reads manifests with.
const { parseStringPromise } = createRequire(createRequire(import.meta.url).resolve("office-addin-manifest"))("xml2js");

/** Every element under `node`, depth first, with its tag name. */
function* elements(node, name) {
  yield { name, node };
  for (const [key, children] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(children)) continue;
    for (const child of children) if (typeof child === "object") yield* elements(child, key);
  }
}

const text = (value) => (typeof value === "string" ? value : (value?._ ?? "")).trim();

/** The version 5 (SHA-1, URL namespace) UUID of an origin; the Worker derives the same id for its manifest. */
export function originId(origin) {
  const namespace = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");
  const id = createHash("sha1")
    .update(Buffer.concat([namespace, Buffer.from(origin, "utf8")]))
    .digest()
    .subarray(0, 16);
  id[6] = (id[6] & 0x0f) | 0x50;
  id[8] = (id[8] & 0x3f) | 0x80;
  return id.toString("hex").replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5");
}

/** Inspects a manifest's XML; `problems` is empty when it is fit to ship. */
export async function inspectManifest(xml, expected = {}) {
  const problems = [];
  const check = (ok, problem) => {
    if (!ok) problems.push(problem);
  };
  const doc = await parseStringPromise(xml);
  const app = doc.OfficeApp;
  if (!app) return { urls: [], problems: ["The root element is not <OfficeApp>."] };
  const all = [...elements(app, "OfficeApp")];
  const named = (name) => all.filter((e) => e.name === name).map((e) => e.node);
  const value = (name) => named(name)[0]?.$?.DefaultValue;

  const id = text(app.Id?.[0]);
  const version = text(app.Version?.[0]);
  check(app.$?.["xsi:type"] === "TaskPaneApp", "OfficeApp must be a TaskPaneApp (custom functions and a task pane).");
  check(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(id), `<Id> must be a GUID, not "${id}".`);
  check(/^\d+\.\d+\.\d+\.\d+$/.test(version), `<Version> must have four parts like 1.0.0.0, not "${version}".`);
  if (expected.release)
    check(version === `${expected.release}.0`, `<Version> must follow the release: ${expected.release}.0 (package.json), not ${version}.`);
  for (const name of ["DisplayName", "Description", "SupportUrl", "IconUrl", "HighResolutionIconUrl"])
    check(Boolean(value(name)), `<${name}> needs a DefaultValue.`);
  check(text(app.ProviderName?.[0]) !== "", "<ProviderName> is empty.");
  check(
    named("Host").some((h) => h.$?.Name === "Workbook"),
    'The add-in must declare <Host Name="Workbook"/> (Excel).',
  );
  check(text(app.Permissions?.[0]) === "ReadWriteDocument", "<Permissions> must be ReadWriteDocument: the task pane writes tables.");
  check(
    named("Set").some((s) => s.$?.Name === "SharedRuntime" && Number(s.$?.MinVersion) >= 1.1),
    'The add-in must require <Set Name="SharedRuntime" MinVersion="1.1"/>: functions and task pane share one runtime.',
  );

  const resources = new Map();
  for (const kind of ["bt:Image", "bt:Url", "bt:String"]) for (const r of named(kind)) if (r.$?.id) resources.set(r.$.id, r.$.DefaultValue);
  const resids = all.filter((e) => e.node.$?.resid).map((e) => ({ tag: e.name, resid: e.node.$.resid }));
  for (const { tag, resid } of resids) check(resources.has(resid), `<${tag} resid="${resid}"> names no resource.`);
  const resolve = (node) => resources.get(node?.$?.resid);

  const runtimes = named("Runtime");
  check(
    runtimes.length === 1 && runtimes[0].$?.lifetime === "long",
    'There must be one <Runtime lifetime="long">, shared by the functions and the task pane.',
  );
  const page = runtimes[0]?.$?.resid;
  const extension = named("ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions");
  check(Boolean(extension), 'There is no <ExtensionPoint xsi:type="CustomFunctions">.');
  const namespace = resolve(extension?.Namespace?.[0]);
  check(namespace === "EXO", `The custom functions namespace must be EXO, not ${namespace}.`);
  for (const part of ["Script", "Page", "Metadata"])
    check(Boolean(resolve(extension?.[part]?.[0]?.SourceLocation?.[0])), `The CustomFunctions extension point lacks a <${part}> location.`);
  check(extension?.Page?.[0]?.SourceLocation?.[0]?.$?.resid === page, "The custom functions page must be the shared runtime's page.");
  check(named("FunctionFile")[0]?.$?.resid === page, "<FunctionFile> must be the shared runtime's page.");
  const showPane = named("Action").filter((a) => a.$?.["xsi:type"] === "ShowTaskpane");
  check(showPane.length > 0, 'No ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">).');
  for (const action of showPane) check(action.SourceLocation?.[0]?.$?.resid === page, "The task pane must open the shared runtime's page.");
  for (const action of showPane)
    check(!action.TaskpaneId, "<TaskpaneId> must not sit under a shared runtime's ShowTaskpane action: the pane is the runtime's page.");
  const excelApi = named("Set").find((s) => s.$?.Name === "ExcelApi");
  check(
    !excelApi,
    `The manifest must not require ExcelApi ${excelApi?.$?.MinVersion}: that hides the functions from older Excel builds. Check the set at run time where a feature needs it.`,
  );

  const iconSizes = new Set(
    named("bt:Image")
      .map((i) => Number(i.$?.size))
      .filter(Boolean),
  );
  const iconUrls = [
    value("IconUrl"),
    value("HighResolutionIconUrl"),
    ...named("bt:Image")
      .filter((i) => i.$?.id)
      .map((i) => i.$.DefaultValue),
  ];
  for (const url of iconUrls) {
    const size = Number(/icon-(\d+)\.png$/.exec(url ?? "")?.[1]);
    if (size) iconSizes.add(size);
    else problems.push(`Icon URL ${url} does not name its size (icon-<size>.png).`);
  }
  for (const size of [16, 32, 64, 80]) check(iconSizes.has(size), `There is no ${size} px icon.`);

  const origin = new URL(value("SourceLocation") ?? "https://invalid").origin;
  check(
    id.toLowerCase() === originId(origin),
    `<Id> must be derived from the origin (${originId(origin)} for ${origin}), so each deployment is its own add-in; it is ${id}.`,
  );
  const urls = [...new Set(all.map((e) => e.node.$?.DefaultValue).filter((v) => /^[a-z]+:\/\//i.test(v ?? "")))];
  for (const url of urls) {
    check(url.startsWith("https://"), `${url} is not https: Office loads add-ins over https only.`);
    check(new URL(url).origin === origin, `${url} is not on ${origin}: every URL must be on the one origin the Worker rewrites.`);
  }
  return { id, version, namespace, origin, urls, problems };
}
