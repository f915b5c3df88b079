/**
 * What Excel does with an entity value a custom function returns: it checks the value against the
 * data-types schema (a wrong one shows #VALUE!), shows `text` in the cell, and answers =A1.field
 * from `properties`. Only the parts the add-in uses are checked.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const layouts = ["List", "Table", "TwoColumn"];
const basicTypes: Record<string, string> = { String: "string", Double: "number", Boolean: "boolean" };

/** Why Excel would refuse this value as a cell value; empty when it shows it. */
export function entityProblems(value: unknown, path = "value"): string[] {
  if (!isRecord(value)) return [`${path} is not an object`];
  const problems: string[] = [];
  const type = value.type;
  if (typeof type === "string" && type in basicTypes) {
    if (typeof value.basicValue !== basicTypes[type]) problems.push(`${path}.basicValue must be a ${basicTypes[type]} for type ${type}`);
    return problems;
  }
  if (type !== "Entity") return [`${path}.type ${JSON.stringify(type)} is not a cell value type this host knows`];
  if (typeof value.text !== "string" || value.text === "") problems.push(`${path}.text (what the cell shows) must be a non-empty string`);
  const properties = isRecord(value.properties) ? value.properties : {};
  if (!isRecord(value.properties)) problems.push(`${path}.properties must be an object`);
  for (const [name, property] of Object.entries(properties))
    problems.push(...entityProblems(property, `${path}.properties[${JSON.stringify(name)}]`));
  const card = isRecord(value.layouts) && isRecord(value.layouts.card) ? value.layouts.card : undefined;
  for (const [i, section] of (Array.isArray(card?.sections) ? card.sections : []).entries()) {
    if (!isRecord(section) || !layouts.includes(String(section.layout)))
      problems.push(`${path}.layouts.card.sections[${i}] has no valid layout`);
    const names = isRecord(section) && Array.isArray(section.properties) ? section.properties : [];
    for (const name of names)
      if (!(String(name) in properties))
        problems.push(`${path}.layouts.card.sections[${i}] shows ${JSON.stringify(name)}, which is not a property`);
  }
  return problems;
}

/** What the cell shows. */
export const shown = (value: unknown): unknown => (isRecord(value) && value.type === "Entity" ? value.text : value);

const propertiesOf = (value: unknown): Record<string, unknown> => (isRecord(value) && isRecord(value.properties) ? value.properties : {});

/** =A1.name: the property's value, found regardless of case as Excel does; #FIELD! when there is none. */
export function field(value: unknown, name: string): unknown {
  const properties = propertiesOf(value);
  const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
  const property = key === undefined ? undefined : properties[key];
  if (!isRecord(property)) return "#FIELD!";
  return property.type === "Entity" ? property.text : property.basicValue;
}

/** The card as a reader sees it: its title, then each section's title and fields (name, value). */
export function card(value: unknown): { title: unknown; sections: { title?: string; fields: [string, unknown][] }[] } {
  const layouts = isRecord(value) && isRecord(value.layouts) ? value.layouts : {};
  const layout = isRecord(layouts.card) ? layouts.card : {};
  const sections = Array.isArray(layout.sections) ? layout.sections.filter(isRecord) : [];
  return {
    title: layout.title,
    sections: sections.map((section) => ({
      ...(typeof section.title === "string" ? { title: section.title } : {}),
      fields: (Array.isArray(section.properties) ? section.properties : []).map((name): [string, unknown] => [
        String(name),
        field(value, String(name)),
      ]),
    })),
  };
}
