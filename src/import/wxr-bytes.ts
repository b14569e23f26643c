/**
 * What the WordPress export reader checks in the bytes themselves, before and while sax
 * parses them: a file still compressed or in another encoding, where UTF-8 breaks, and lines.
 * @module
 */
import { ImportError } from './errors.ts';

/**
 * Where the first invalid UTF-8 byte of a chunk is, found by bisecting with a fatal
 * decoder (a prefix stays decodable up to the bad byte).
 * @example firstBadByte(Buffer.from([0x61, 0xff, 0x62]), new Uint8Array()) // 1
 */
export function firstBadByte(chunk: Uint8Array, pending: Uint8Array): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      decoder.decode(pending, { stream: true });
      decoder.decode(chunk.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * The line breaks in a chunk, to say on which line of the file a problem is.
 * @example countLines(Buffer.from('a\nb\n')) // 2
 */
export function countLines(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}

// WordPress.com sends its export as a zip; some hosts and browsers gzip it.
const ARCHIVES: [string, number[]][] = [['zip', [0x50, 0x4b, 0x03, 0x04]], ['gzip', [0x1f, 0x8b]]];

/**
 * Rejects an export that is still compressed, or declares another encoding: WordPress
 * writes UTF-8, so such a file was converted on the way.
 */
export function checkFileStart(chunk: Buffer, file: string): void {
  const archive = ARCHIVES.find(([, magic]) => magic.every((byte, i) => chunk[i] === byte));
  if (archive) throw new ImportError('import-archive', { file, kind: archive[0] });
  const head = chunk.subarray(0, 200).toString('latin1');
  const declared = /^\uFEFF?\s*<\?xml[^>]*encoding=["']([^"']+)["']/.exec(head.replace(/^\xEF\xBB\xBF/, ''))?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    throw new ImportError('import-encoding-declared', { file, encoding: declared });
  }
}
