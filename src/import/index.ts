/**
 * `tandem import wordpress`: moves a WordPress site (WXR export, uploads folder)
 * into Tandem content — posts and pages with their language versions paired,
 * Markdown bodies, tags, media, old addresses as aliases and translation status.
 * @module
 */
export { ImportError, type ImportErrorCode } from './errors.ts';
export { importWordPress, type ImportOptions, type ImportResult } from './import-wordpress.ts';
export { normalisePhrase } from './inventory.ts';
export type { ImportNote } from './notes.ts';
export type { PairRule } from './pairing.ts';
export type { PlannedItem } from './plan.ts';
