/** Document settings of the simulated Excel: JSON values saved with the workbook. */
import { ClientObject, type RequestContext, unknownProperty } from "./client-object";

class SettingProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly key: string,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return !this.context.book.settings.has(this.key);
  }

  protected read(property: string): unknown {
    if (property === "value") return this.context.book.settings.get(this.key);
    if (property === "key") return this.key;
    throw unknownProperty("Setting", property);
  }

  get value(): unknown {
    return this.loaded("value");
  }
}

export class SettingCollection {
  constructor(private readonly context: RequestContext) {}

  /** Settings hold JSON: what is stored is a copy, as Excel serialises the value. */
  add(key: string, value: unknown): SettingProxy {
    this.context.run(() => this.context.book.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new SettingProxy(this.context, key);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key);
  }
}
