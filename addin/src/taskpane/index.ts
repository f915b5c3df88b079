import "./taskpane.css";
import { service } from "../client/service";
import { mountPane } from "./pane";
import { registerFluent } from "./ui/fluent";

registerFluent();

Office.onReady(({ host }) => {
  const root = document.getElementById("app");
  if (root) void mountPane(root, { api: service(), docsUrl: new URL("/docs", location.origin).href, inExcel: host === Office.HostType.Excel });
});
