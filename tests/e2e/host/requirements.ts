/**
 * Office.context.requirements as office.js gives it: which requirement sets this Excel supports.
 * The simulated Excel starts as a current Microsoft 365 build; a test can make it an older one.
 */
const current: Record<string, string> = { ExcelApi: "1.17", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" };
let sets = { ...current };

const parts = (version: string) => version.split(".").map(Number);
function atLeast(have: string, want: string): boolean {
  const [a, b] = [parts(have), parts(want)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export const requirements = {
  isSetSupported: (name: string, version = "1.1"): boolean => name in sets && atLeast(sets[name]!, version),
};

/** Makes this Excel support exactly these sets (the current build's when none are given). */
export function supportSets(wanted?: Record<string, string>): void {
  sets = { ...(wanted ?? current) };
}
