// Types for test/scripts/json-schemas.test.ts: the TSDoc the JSON Schema generator reads, with one field left
// undocumented on purpose in each of two places.

/** A book. */
export interface Book {
  /** Always `"book"`. */
  kind: "book";
  /**
   * Title as printed (*titel*).
   *
   * A second paragraph, which an editor's hover does not need.
   */
  title: string;
  pages?: number;
  /** Chapters in order, each a {@link Chapter}. */
  chapters: Chapter[];
  /** Notes by key. */
  notes?: Record<string, Note>;
  /** Who wrote it. */
  author: Person | Group;
  /** The edition, or null where unknown. */
  edition?: Edition | null;
  /** The series it belongs to. */
  series?: Series;
  /** Who published it. */
  publisher: Publisher;
}

/** An edition. */
export interface Edition {
  /** Number of the edition. */
  number: number;
}

/** A series of books. */
export interface Series {
  /** Name of the series. */
  name: string;
}

/** A publishing house. */
export interface Publisher {
  /** Name of the house. */
  name: string;
}

/** A chapter. */
export interface Chapter {
  /** Heading as printed. */
  heading: string;
}

/** A note. */
export interface Note {
  /** The note's text. */
  text: string;
}

/** One author. */
export interface Person {
  /** Always `"person"`. */
  kind: "person";
  /** Full name. */
  name: string;
}

/** Several authors. */
export interface Group {
  kind: "group";
  /** Names of the members. */
  members: string[];
}
