/**
 * Something an import did not convert, or converted with a caveat, for the summary
 * and import-report.md. `reason` names a UI string `import.note.<reason>`.
 */
export interface ImportNote {
  /** WordPress id of the item it concerns (0 for the export as a whole). */
  id: number;
  title: string;
  /** The construct itself (`[contact-form-7]`, an image address, a note's text). */
  construct: string;
  reason: string;
}
