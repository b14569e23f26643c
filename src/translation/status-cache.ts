/**
 * What `tandem status` worked out from source texts on earlier runs — block
 * fingerprints and work-left counts — kept by a hash of the text, so a run
 * parses and segments only sources that changed since. One file in Astro's
 * default cacheDir (`node_modules/.astro/tandem/`), rewritten atomically with
 * only the entries this run used: it never grows past the content, and runs at
 * the same time can only cost each other a recomputation, never a wrong answer.
 * @module
 */
import path from 'node:path';
import { pipelineVersionKey } from '../pipeline/version-key.ts';
import type { BaseRecord } from './base-record.ts';
import { hashText, type FingerprintedText } from './fingerprint.ts';
import { blocksSince } from './fingerprint-since.ts';
import { markdownUnits } from './units.ts';
import { readKept, writeKept } from '../lib/kept-json.ts';

interface Stored {
  blocks: Record<string, FingerprintedText[]>;
  units: Record<string, number>;
}

/**
 * Where the status cache of a project lives.
 * @example statusCacheFile('/site') // '/site/node_modules/.astro/tandem/status-cache.json'
 */
export function statusCacheFile(root: string): string {
  return path.join(root, 'node_modules', '.astro', 'tandem', 'status-cache.json');
}

// Entries are valid only for the code that computed them: the parser, its packages, and these modules.
const versionKey = () => pipelineVersionKey(new URL('./fingerprint.ts', import.meta.url), new URL('./fingerprint-since.ts', import.meta.url), new URL('./units.ts', import.meta.url));

/** Fingerprints and unit counts by text, read from and saved to one cache file. */
export class StatusCache {
  private readonly file: string;
  private readonly version: string;
  private readonly previous: Stored;
  private readonly used: Stored;
  private changed = false;

  constructor(file: string) {
    this.file = file;
    this.version = versionKey();
    // No cache yet, an unreadable or a stale one: everything is computed.
    const stored = readKept<Partial<Stored>>(file, this.version);
    this.previous = { blocks: stored?.blocks ?? {}, units: stored?.units ?? {} };
    this.used = { blocks: {}, units: {} };
  }

  /** fingerprintBlocks of a body, from the cache when the same text was fingerprinted before, else see blocksSince. */
  blocksOf = (markdown: string, base?: BaseRecord): FingerprintedText[] => {
    const key = hashText(markdown);
    let blocks = this.used.blocks[key] ?? this.previous.blocks[key];
    if (!blocks) {
      blocks = blocksSince(markdown, base);
      this.changed = true;
    }
    this.used.blocks[key] = blocks;
    return blocks;
  };

  /** markdownUnits of a text in a language, from the cache when counted before. */
  unitsOf = (markdown: string, lang: string): number => {
    const key = hashText(`${lang}\u0000${markdown}`);
    let units = this.used.units[key] ?? this.previous.units[key];
    if (units === undefined) {
      units = markdownUnits(markdown, lang);
      this.changed = true;
    }
    this.used.units[key] = units;
    return units;
  };

  /** Writes what this run used, when anything was computed or dropped; a failure to write only costs speed. */
  async save(): Promise<void> {
    const dropped = Object.keys(this.previous.blocks).length + Object.keys(this.previous.units).length > Object.keys(this.used.blocks).length + Object.keys(this.used.units).length;
    if (!this.changed && !dropped) return;
    await writeKept(this.file, this.version, this.used);
  }
}
