/**
 * The import benchmark's baseline: streams a WordPress export through the same XML
 * parser (sax) and counts its items, converting nothing and writing nothing. The
 * import's time over this one is what conversion, pairing and writing cost.
 *   node tests/bench/wxr-parse.ts export.xml
 * @module
 */
import { createReadStream } from 'node:fs';
import sax from 'sax';

const parser = sax.parser(true, { trim: false, normalize: false });
let items = 0;
parser.onclosetag = (name) => void (name === 'item' && items++);
const decoder = new TextDecoder('utf-8', { fatal: true });
for await (const chunk of createReadStream(process.argv[2] ?? '', { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) parser.write(decoder.decode(chunk, { stream: true }));
parser.close();
process.stdout.write(`${items} items\n`);
