import type { EffectVerdict, FindingRecord, FindingsPage, LookupName, LookupResult, SourceVerdict } from "../../../worker/src/contract";
import { type Check, isFinding, isListOf, isMatrixRow, isNumber, isObject, isString, isStringList, isVerdict } from "./checks";

const isEffect = (value: unknown): value is EffectVerdict =>
  isObject(value) && isVerdict(value.verdict) && isString(value.source) && isString(value.process) && isString(value.basis);

const isFindingsPage = (value: unknown): value is FindingsPage =>
  isObject(value) && isListOf(isFinding)(value.data) && isObject(value.meta) && isNumber(value.meta.total);

const isFindingRecord = (value: unknown): value is FindingRecord =>
  isObject(value) &&
  isFinding(value.finding) &&
  isListOf(isObject)(value.references) &&
  isObject(value.dataset) &&
  isString(value.dataset.version) &&
  isObject(value.dataset.license) &&
  isObject(value.dataset.source);

const isSourceVerdict = (value: unknown): value is SourceVerdict =>
  isObject(value) && isString(value.source) && isString(value.name) && isVerdict(value.verdict);

/** What each lookup must answer, checked before a caller sees it. */
export const resultChecks: { [N in LookupName]: Check<LookupResult<N>> } = {
  effect: isEffect,
  findings: isFindingsPage,
  finding: isFindingRecord,
  cargo: isStringList,
  targets: isStringList,
  sources: isListOf(isSourceVerdict),
  count: isNumber,
  citations: isStringList,
  name: isString,
  matrix: isListOf(isMatrixRow),
  version: isString,
};
