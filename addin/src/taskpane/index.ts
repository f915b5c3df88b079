import "./taskpane.css";
import { service } from "../client/service";
import { mountPane } from "./pane";
import { registerFluent } from "./ui/fluent";

/** How long Office gets to say it is ready before the pane says, in words, that it is not. */
const OFFICE_WAIT_MS = 10_000;

const root = document.getElementById("app");

/** Without office.js (blocked by a network filter, offline) the pane must not stay blank. */
function officeMissing(why: string) {
  if (!root) return;
  const message = document.createElement("div");
  message.className = "notice error";
  message.setAttribute("role", "alert");
  for (const line of [
    `The exo-bone pane cannot start: ${why}`,
    "Excel loads office.js from Microsoft (appsforoffice.microsoft.com). Check the network connection or ask IT whether that address is blocked, then close and reopen the pane.",
    `The data is still available in a browser: ${new URL("/docs", location.origin).href}`,
  ]) {
    const p = document.createElement("p");
    p.textContent = line;
    message.append(p);
  }
  root.replaceChildren(message);
}

if (typeof Office === "undefined") officeMissing("office.js, Microsoft's Office library, did not load.");
else {
  registerFluent();
  const waiting = setTimeout(
    () => officeMissing("Office did not answer (office.js loaded, but Excel never said it was ready)."),
    OFFICE_WAIT_MS,
  );
  void Office.onReady(({ host }) => {
    clearTimeout(waiting);
    if (root)
      void mountPane(root, {
        api: service(),
        origin: location.origin,
        docsUrl: new URL("/docs", location.origin).href,
        inExcel: host === Office.HostType.Excel,
      });
  });
}
