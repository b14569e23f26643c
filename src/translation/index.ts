/**
 * Translation status: which translations are missing, drafts, to review, outdated
 * or up to date, and exactly what changed in the source since each was last
 * brought up to date. Computed from files alone (`<locale>.base.json` next to each
 * translation records the source it was made from), so it needs no git history.
 * Used by the `tandem` CLI and the site's dashboard.
 * @module
 */
export { fingerprintBlocks, fingerprintText, foldWhitespace, hashText, type FingerprintedText } from './fingerprint.ts';
export {
  baseRecordSchema,
  recordBase,
  recordedBlocks,
  serialiseBase,
  snapshotSource,
  sourceDigest,
  type BaseRecord,
  type FingerprintedUpdate,
  type SourceFields,
  type SourceSnapshot,
} from './base-record.ts';
export { isIsoDate } from '../lib/dates.ts';
export { basePath, parseBase, readBase, tandemCommand, writeBase } from './base-file.ts';
export { commonSubsequence, diffBlocks, similarity, type Change, type SourceField } from './diff-blocks.ts';
export { compareToBase, updateText } from './changes.ts';
export { changesSince, statusOf, TRANSLATION_STATES, versionUnits, type StatusOptions, type Translatable, type TranslationState, type TranslationStatus, type WorkLeft } from './status.ts';
export { computeStatuses, pageAsPost, targetsOf, translatables, validateBases, type ComputeStatusesOptions } from './compute.ts';
export { summarize, type LocaleSummary } from './summary.ts';
export { checkContent, type CheckReport } from './check.ts';
export { loadPost, pickPost, targetLocale } from './lookup.ts';
export { createTranslation, markDone, scaffoldTranslation, type CreatedTranslation, type DoneResult } from './workflow.ts';
export { diffText, type TextPiece } from './word-diff.ts';
export { markdownUnits } from './units.ts';
export { effortOf, selectRecords, worklist, WORKLIST_SORTS, type WorklistGroup, type WorklistOptions, type WorklistSort } from './worklist.ts';
export { blockKind, headingLevel, type BlockKind } from './block-kind.ts';
export { alignBlocks, alignByKey, type AlignedBlock, type AlignedRow, type KeyedPair } from './align.ts';
export { BaseRecordError, InvalidDateError, SourceLocaleError, TranslationExistsError, TranslationMissingError, UnknownPostError } from './errors.ts';
export { writeFileAtomic } from '../lib/write-file.ts';
export { baselinesFromGit, type BaselineEntry, type BaselineOptions, type BaselineSkip, type CommitRef } from './git-baseline.ts';
export { GitHistoryError } from './git-history.ts';
