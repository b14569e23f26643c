/**
 * The one way Tandem keeps what it worked out between runs (parsed frontmatter,
 * fingerprints, status records): a JSON file holding a version key and data, read
 * only when the key matches, written atomically. Neither reading nor writing can
 * fail a run: a missing, damaged or stale file only costs recomputing.
 * @module
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './write-file.ts';

/**
 * The data kept in `file` under `version`, or undefined when there is none, it
 * cannot be read, or it was kept by another version.
 * @example readKept<Record<string, number>>(file, 'v2') // { … } or undefined
 */
export function readKept<T>(file: string, version: string): T | undefined {
  try {
    const bytes = readFileSync(file);
    // Written as ASCII (see writeKept): read byte for byte, without decoding UTF-8 into a two-byte string.
    const stored = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as { version?: unknown; data?: T };
    return stored.version === version ? stored.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `data` in `file` under `version` (folders created, replaced atomically);
 * a read-only checkout or a full disk is not an error.
 * @example await writeKept(file, 'v2', { a: 1 })
 */
export async function writeKept(file: string, version: string, data: unknown): Promise<void> {
  await writeKeptJson(file, version, asciiJson(data));
}

/**
 * writeKept for data already written as ASCII JSON (see asciiJson): text, or bytes in
 * parts, for a caller that put it together from parts serialised elsewhere (in worker
 * threads, say), which are written as they are, without being joined into text first.
 * @example await writeKeptJson(file, 'v2', '{"a":1}') // readKept(file, 'v2') → { a: 1 }
 * @example await writeKeptJson(file, 'v2', [Buffer.from('{"a":'), Buffer.from('1}')]) // the same
 */
export async function writeKeptJson(file: string, version: string, json: string | readonly Uint8Array[]): Promise<void> {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const head = `{"version":${asciiJson(version)},"data":`;
    await writeFileAtomic(file, typeof json === 'string' ? `${head}${json}}` : Buffer.concat([Buffer.from(head), ...json, Buffer.from('}')]), { overwrite: true });
  } catch {
    // Only speed depends on it.
  }
}

/**
 * JSON with every character beyond ASCII written as a `\u` escape: the same
 * value, read back faster (a Chinese title otherwise makes the whole file
 * decode into a two-byte string, about twice the time to read and parse).
 * @example asciiJson({ title: '维吾尔' }) // '{"title":"\\u7ef4\\u543e\\u5c14"}'
 */
export function asciiJson(value: unknown): string {
  // A callback per run of other characters (a Chinese title is one), not per character: a loop over every character in JS costs twice as much.
  return JSON.stringify(value).replace(BEYOND_ASCII, escapeRun);
}

// Characters from DEL on, in runs.
const BEYOND_ASCII = /[^\x00-\x7e]+/g;

const HEX = '0123456789abcdef';

function escapeRun(run: string): string {
  let out = '';
  // Four hex digits by table: a number printed and padded per character cost most of a Chinese title's escaping.
  for (let index = 0; index < run.length; index++) {
    const code = run.charCodeAt(index);
    out += `\\u${HEX[code >> 12]}${HEX[(code >> 8) & 15]}${HEX[(code >> 4) & 15]}${HEX[code & 15]}`;
  }
  return out;
}
