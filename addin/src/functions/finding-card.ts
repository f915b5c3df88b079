/// <reference types="office-js" />
import { EVIDENCE_CODE_LABELS, type FindingRecord } from "../../../worker/src/contract";
import { caveats } from "./caveats";
import { fitToCell, listText } from "./cells";

/** A finding's fields as an entity's properties: names a formula can use after a dot (=A2.quote). */
export const cardProperties = [
  "id",
  "source",
  "source_state",
  "vesicle",
  "process",
  "direction",
  "cargo",
  "targets",
  "recipient",
  "model",
  "context",
  "citations",
  "quote",
  "quote_url",
  "note",
  "caveats",
  "direction_basis",
  "citation_given",
  "cargo_change",
  "evidence",
  "section",
  "review",
  "doi",
  "dataset_version",
  "licence",
] as const;
export type CardProperty = (typeof cardProperties)[number];

/** The card's sections, in reading order; a section shows only the properties that have a value. */
const sections: { title?: string; collapsed?: boolean; properties: CardProperty[] }[] = [
  { properties: ["source", "source_state", "vesicle", "process", "direction", "recipient", "model", "context"] },
  { title: "Mechanism", properties: ["cargo", "cargo_change", "targets"] },
  { title: "Evidence", properties: ["quote", "citations", "note", "caveats", "evidence"] },
  {
    title: "Provenance",
    collapsed: true,
    properties: ["id", "section", "quote_url", "direction_basis", "citation_given", "review", "doi", "dataset_version", "licence"],
  },
];

/** The words a cell shows for a finding: its id and what it says, e.g. "F-2.2-03 · OC inhibits cartilage". */
export const findingLabel = ({ finding }: FindingRecord): string =>
  `${finding.id} · ${finding.source} ${finding.direction.replace(/_/g, " ")} ${finding.process}`;

/** Every property's text; lists are joined as in EXO.FINDINGS. */
export function findingFields(record: FindingRecord): Record<CardProperty, string> {
  const { finding, dataset } = record;
  return {
    id: finding.id,
    source: finding.source,
    source_state: finding.source_state,
    vesicle: finding.vesicle,
    process: finding.process,
    direction: finding.direction,
    cargo: listText(finding.cargo),
    targets: listText(finding.targets),
    recipient: listText(finding.recipient),
    model: finding.model,
    context: finding.context,
    citations: listText(finding.citations),
    quote: finding.quote,
    quote_url: finding.quote_url,
    note: finding.note,
    caveats: fitToCell(caveats(finding).join(" ")),
    direction_basis: finding.direction_basis,
    citation_given: finding.citation_given,
    cargo_change: finding.cargo_change,
    evidence: `${EVIDENCE_CODE_LABELS[finding.evidence_code]} (${finding.evidence_code})`,
    section: finding.section,
    review: dataset.source.title,
    doi: dataset.source.url,
    dataset_version: dataset.version,
    licence: dataset.license.title,
  };
}

/**
 * A finding as an entity value: the cell shows its label, the card every field, and the quote
 * links to its passage in the article and to the licence (Excel shows that attribution on the card).
 */
export function findingCard(record: FindingRecord, logo?: string): Excel.EntityCellValue {
  const fields = findingFields(record);
  const { dataset } = record;
  const attribution = [
    {
      sourceAddress: record.finding.quote_url,
      sourceText: dataset.source.title,
      licenseAddress: dataset.license.url,
      licenseText: dataset.license.title,
    },
  ];
  const properties: Record<string, Excel.EntityPropertyType> = {};
  for (const name of cardProperties) {
    properties[name] = {
      type: "String",
      basicValue: fitToCell(fields[name]),
      ...(name === "quote" ? { propertyMetadata: { attribution } } : {}),
    };
  }
  return {
    type: "Entity",
    text: findingLabel(record),
    properties,
    layouts: {
      compact: { icon: "Microscope" },
      card: {
        title: findingLabel(record),
        sections: sections
          .map(({ title, collapsed, properties }) => ({
            layout: "List" as const,
            ...(title ? { title } : {}),
            ...(collapsed ? { collapsible: true, collapsed } : {}),
            properties: properties.filter((p) => fields[p] !== ""),
          }))
          .filter((section) => section.properties.length > 0),
      },
    },
    provider: {
      description: `exo-bone ${dataset.version} · ${dataset.license.title}`,
      ...(logo ? { logoSourceAddress: logo } : {}),
      logoTargetAddress: dataset.source.url,
    },
  };
}

/** The same finding in one line of text, for an Excel without entity values. */
export function findingLine(record: FindingRecord): string {
  const { finding, dataset } = record;
  const cited = finding.citations.length > 0 ? ` (${finding.citations.join("; ")})` : "";
  return fitToCell(
    `${findingLabel(record)}: "${finding.quote}"${cited}. exo-bone ${dataset.version}, ${dataset.license.title}, from ${dataset.source.url}`,
  );
}
