import MiniSearch, { type Options } from "minisearch";

/** Each field a term occurs in, with the documents (short ids) it occurs in and how often. */
type TermData = Map<number, Map<number, number>>;
/** MiniSearch's radix tree: edge labels to subtrees, and "" to the data of the term ending there. */
interface Tree extends Map<string, Tree | TermData> {}

/** The tree as JSON arrays: the entries each Map is made from, in the order MiniSearch keeps them. */
type TreeLayout = [edge: string, child: TreeLayout | FieldsLayout][];
type FieldsLayout = [field: number, docs: [doc: number, count: number][]][];

interface Snapshot {
  layout: typeof LAYOUT;
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  documentIds: [number, string][];
  fieldLength: [number, number[]][];
  tree: TreeLayout;
}

/** Changes whenever the layout does, so a stale build fails loudly instead of searching wrongly. */
const LAYOUT = "minisearch-7.2-tree-1";
const LEAF = "";

function treeLayout(tree: Tree): TreeLayout {
  return [...tree].map(([edge, child]) =>
    edge === LEAF ? [edge, [...(child as TermData)].map(([field, docs]) => [field, [...docs]])] : [edge, treeLayout(child as Tree)],
  );
}

/**
 * The parsed layout turned into MiniSearch's tree. Each Map is made by the Map constructor from its
 * entries (one call per Map, not one `set` per entry, and no term inserted into the tree one by one
 * as MiniSearch.loadJSON does), which is what a fresh isolate would otherwise run in its
 * interpreter. The entries are reused in place: copying them doubled what start-up allocates, and
 * the garbage collection that followed spilled into the isolate's first request (~2 ms of CPU).
 */
function treeFrom(layout: TreeLayout): Tree {
  const entries = layout as [string, unknown][];
  for (const entry of entries) {
    if (entry[0] !== LEAF) {
      entry[1] = treeFrom(entry[1] as TreeLayout);
      continue;
    }
    const fields = entry[1] as [number, unknown][];
    for (const field of fields) field[1] = new Map(field[1] as [number, number][]);
    entry[1] = new Map(fields as [number, Map<number, number>][]);
  }
  return new Map(entries as [string, Tree | TermData][]);
}

/**
 * A MiniSearch index that saves and restores its own state (the tree with its term data, the
 * document ids and field lengths) rather than MiniSearch's JSON, whose loader rebuilds the tree
 * term by term. Documents' stored fields are not kept: the searches here return ids and scores.
 * A test checks that a restored index answers every query as the index it was saved from.
 */
export class SnapshotSearch<T> extends MiniSearch<T> {
  snapshot(): string {
    if (this._storedFields.size > 0) throw new Error("SnapshotSearch keeps no stored fields; index without storeFields");
    const snapshot: Snapshot = {
      layout: LAYOUT,
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      fieldIds: this._fieldIds,
      averageFieldLength: this._avgFieldLength,
      documentIds: [...this._documentIds],
      fieldLength: [...this._fieldLength],
      tree: treeLayout(this._index._tree as Tree),
    };
    return JSON.stringify(snapshot);
  }

  /** The index `snapshot` saved, with the same options it was built with. */
  static fromSnapshot<T>(text: string, options: Options<T>): SnapshotSearch<T> {
    const snapshot = JSON.parse(text) as Snapshot;
    if (snapshot.layout !== LAYOUT) throw new Error(`search snapshot layout ${snapshot.layout}, expected ${LAYOUT}: rebuild the dataset`);
    const search = new SnapshotSearch<T>(options);
    search._documentCount = snapshot.documentCount;
    search._nextId = snapshot.nextId;
    search._dirtCount = snapshot.dirtCount;
    search._fieldIds = snapshot.fieldIds;
    search._avgFieldLength = snapshot.averageFieldLength;
    search._documentIds = new Map(snapshot.documentIds);
    search._idToShortId = new Map(snapshot.documentIds.map(([short, id]) => [id, short]));
    search._fieldLength = new Map(snapshot.fieldLength);
    // MiniSearch types its tree with a branded leaf key that it does not export.
    search._index._tree = treeFrom(snapshot.tree) as typeof search._index._tree;
    return search;
  }
}
