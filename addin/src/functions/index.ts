/// <reference types="custom-functions-runtime" />
import { registrations } from "./registrations";

// CustomFunctions exists only when Excel hosts the page; opened in a plain browser, there is nothing to register.
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(registrations)) CustomFunctions.associate(id, fn);
}
