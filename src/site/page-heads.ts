/**
 * What the build's end needs from the head of every built page: its Content-Security-Policy
 * (for `_headers`) and what the sitemap takes from it (robots, alternates). Read from the
 * start of each page, and kept with the page's stamp (lib/stamp-record.ts), so the pages an
 * incremental rebuild left as they were are not opened again. File calls are synchronous:
 * thousands of awaited ones, each a round trip to libuv's threads, take many times as long.
 * @module
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { pageHead, type PageHead } from '../i18n/sitemap.ts';
import { beginStampRecord, fileStamp, readStampRecord, recorded, writeStampRecord } from '../lib/stamp-record.ts';
import { htmlFiles } from './built-pages.ts';
import { searchUrl } from './search-pages.ts';

// Each page writes its policy (content-policy.ts) into its head, which is short: only the start is read.
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const START = 8192;
const VERSION = 2;

/** A page's policy and, when its head ends within the start read, its head. */
type Facts = [policy: string | null, head: PageHead | null];

/** The first `bytes` of a file as text (a character cut in half at the end is dropped). */
function readStart(file: string, bytes: number): string {
  const handle = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(handle, buffer, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(handle);
  }
}

/**
 * What a page's start says: its policy (entities decoded) and its head, with the language
 * versions its masthead's switcher links to (null when the part read ends before those).
 * @example pageFacts('<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>') // ["default-src 'self'", { noindex: false, alternates: [] }]
 */
export function pageFacts(start: string): Facts {
  const policy = POLICY.exec(start)?.[1]?.replaceAll('&#39;', "'") ?? null;
  // The page's versions are read from its language switcher, in the masthead: a page has a masthead or none.
  const complete = start.includes('</header>') || (start.includes('</head>') && !start.includes('<header'));
  return [policy, complete ? pageHead(start) : null];
}

/**
 * Every built page's policy and head, by the page's URL path (percent-encoded, as the sitemap
 * sees it); with `recordFile`, pages whose stamp is as recorded are taken from it.
 */
export async function readPageHeads(out: string, recordFile?: string): Promise<{ policies: Set<string>; heads: Map<string, PageHead> }> {
  const previous = recordFile ? await readStampRecord<Facts>(recordFile, VERSION) : undefined;
  const next = recordFile ? await beginStampRecord<Facts>(recordFile) : undefined;
  const policies = new Set<string>();
  const heads = new Map<string, PageHead>();
  for (const file of htmlFiles(out)) {
    const relative = path.relative(out, file);
    const stats = next && statSync(file, { bigint: true });
    const hit = stats && recorded(previous, relative, stats);
    const [policy, head] = hit ? hit.value : pageFacts(readStart(file, START));
    if (stats) next?.entries.set(relative, { stamp: fileStamp(stats), value: [policy, head] });
    if (policy) policies.add(policy);
    if (head) heads.set(new URL(searchUrl(relative), 'file:///').pathname, head);
  }
  if (recordFile && next) await writeStampRecord(recordFile, VERSION, next);
  return { policies, heads };
}
