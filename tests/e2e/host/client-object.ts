/** The batch machinery of the simulated Excel: a request context, and objects whose properties need load() and sync(). */
import type { WorkbookProxy } from "./excel";
import { ExcelError, type Workbook } from "./workbook";

const notLoaded = (property: string) =>
  new ExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export class RequestContext {
  private failure: unknown;
  private readonly staged = new Set<ClientObject>();
  readonly workbook: WorkbookProxy;

  /** `workbook` comes from excel.ts, which knows every collection; this module knows none of them. */
  constructor(
    readonly book: Workbook,
    workbook: (context: RequestContext) => WorkbookProxy,
  ) {
    this.workbook = workbook(this);
  }

  /** Runs one queued operation now; after a refused one, the rest of the batch is skipped. */
  run(operation: () => void): void {
    if (this.failure !== undefined) return;
    try {
      operation();
    } catch (error) {
      this.failure = error;
    }
  }

  stage(object: ClientObject): void {
    this.staged.add(object);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const failure = this.failure;
    this.failure = undefined;
    const staged = [...this.staged];
    this.staged.clear();
    if (failure !== undefined) throw failure;
    for (const object of staged) object.publish();
  }
}

/** Properties come from `read` at load time and become visible at the next sync. */
export abstract class ClientObject {
  private readonly pending = new Map<string, unknown>();
  private readonly visible = new Map<string, unknown>();

  constructor(protected readonly context: RequestContext) {}

  protected abstract read(property: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.context.run(() => {
      // "items/name" loads the items' names: staged under "items".
      for (const name of names) this.pending.set(name.split("/")[0]!, structuredClone(this.read(name)));
      this.context.stage(this);
    });
    return this;
  }

  publish(): void {
    for (const [name, value] of this.pending) this.visible.set(name, value);
    this.pending.clear();
    this.visible.set("isNullObject", this.isNull());
  }

  protected isNull(): boolean {
    return false;
  }

  protected loaded<T>(property: string): T {
    if (!this.visible.has(property)) throw notLoaded(property);
    return this.visible.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
}

export const unknownProperty = (type: string, property: string) =>
  new ExcelError("InvalidArgument", `The simulated host does not implement ${type}.${property}; the add-in should not need it.`);

/** Loads "items/name": the named properties of every item, as plain objects. */
export function items<T>(properties: string, all: T[], pick: (item: T, property: string) => unknown): Record<string, unknown>[] {
  const wanted = properties.replace(/^items\/?/, "");
  return all.map((item) =>
    Object.fromEntries(
      wanted
        .split("/")
        .filter(Boolean)
        .map((p) => [p, pick(item, p)]),
    ),
  );
}
