/**
 * Makes micromark's Markdown parsing linear in the length of a post.
 *
 * micromark (4.0.3) rebuilds the whole event list of a document each time a
 * container (a list, a block quote) closes: `EditMap#consume` copies every
 * event into a fresh array even though the edits sit at its very end. A post
 * with a list every few paragraphs therefore takes quadratic time: measured,
 * 200 KB of alternating lists and paragraphs took 18 s to tokenize, so a long
 * report or a 5 MB testimony archive would stall the build for hours.
 *
 * This replaces `consume` with one that touches only the events from the
 * first edit on (splicing a few edits, rebuilding for many). The result is identical:
 * the original keeps `events[at + remove …]` up to the next edit, so a
 * removal is clamped to the next edit's start, as here.
 * {@link linearEditMap} applies it, once, to the EditMap class micromark
 * shares with this project (npm dedupes the single 1.x version) and to the
 * copy micromark-extension-gfm-table carries in its own `lib/edit-map.js`
 * (same algorithm, same semantics, not exported, so it is reached by file).
 * If either ever stops being the class the parser uses, parsing stays correct
 * and only gets slow again, which tests/unit/pipeline/fuzz.test.ts's time
 * budget catches. Only src/pipeline/parser.ts imports this.
 * @module
 */
import path from 'node:path';
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: unknown[]];

/** The shape of EditMap's private state that `consume` works on. */
interface EditMapState {
  map: Change[];
  index: Map<number, Change>;
}

// V8 takes splice's items as arguments; more than this per call overflows the stack.
const CHUNK = 10_000;
// Up to this many edits, splicing each in place (native moves of the events
// after it) is fastest; beyond, one rebuild from the first edit on is.
const SPLICE_LIMIT = 8;

/**
 * Applies sorted, non-repeating edits to `events` in place, touching only the
 * events from the first edit on: micromark's few edits sit near the end of the
 * list and are spliced in, last first; the table extension's, spread over the
 * whole document once, are applied in one rebuilding pass.
 * @example const events = [1, 2, 3]; applyEdits(events, [[1, 1, [9]]]); events // [1, 9, 3]
 */
export function applyEdits(events: unknown[], changes: readonly Change[]): void {
  if (changes.length <= SPLICE_LIMIT) spliceEdits(events, changes);
  else rebuildEdits(events, changes);
}

// `kept` below is where the original events resume after an edit: past what it
// removes, but never past the next edit's start (as in micromark's version).
function removed(changes: readonly Change[], index: number): number {
  const [at, remove] = changes[index] as Change;
  const nextAt = changes[index + 1]?.[0] ?? Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(remove, nextAt - at));
}

function spliceEdits(events: unknown[], changes: readonly Change[]): void {
  for (let index = changes.length - 1; index >= 0; index--) {
    const [at, , add] = changes[index] as Change;
    const start = Math.min(at, events.length);
    events.splice(start, removed(changes, index));
    for (let offset = 0; offset < add.length; offset += CHUNK) events.splice(start + offset, 0, ...add.slice(offset, offset + CHUNK));
  }
}

function rebuildEdits(events: unknown[], changes: readonly Change[]): void {
  const length = events.length;
  const from = Math.min(changes[0]?.[0] ?? length, length);
  const tail = events.slice(from);
  events.length = from;
  let kept = from;
  changes.forEach(([at, , add], index) => {
    const start = Math.min(at, length);
    for (let k = kept; k < start; k++) events.push(tail[k - from]);
    for (const event of add) events.push(event);
    kept = Math.min(length, start + removed(changes, index));
  });
  for (let k = kept; k < length; k++) events.push(tail[k - from]);
}

function consume(this: EditMapState, events: unknown[]): void {
  this.map.sort((a, b) => a[0] - b[0]);
  applyEdits(events, this.map);
  this.map.length = 0;
  this.index.clear();
}

type Patchable = { prototype: { consume: (events: unknown[]) => void } };

function patch(editMap: Patchable): void {
  editMap.prototype.consume = consume as unknown as (events: unknown[]) => void;
}

const TABLE = 'micromark-extension-gfm-table';
let applied = false;

/**
 * Patches micromark's EditMap, and the table extension's copies, found with `load` (the
 * parser's own require): this module uses no `import.meta`, so it loads and works however its
 * importer was compiled (Node, Vite, a test runner's CommonJS transform). Once per thread.
 * @example linearEditMap(createRequire(import.meta.url))
 */
export function linearEditMap(load: NodeJS.Require): void {
  if (applied) return;
  applied = true;
  patch(EditMap as unknown as Patchable);
  // Both the production and the `development`-condition build of the table
  // extension: whichever the resolver picks is then the class it uses.
  const tableEntry = load.resolve(TABLE);
  const tableRoot = tableEntry.slice(0, tableEntry.lastIndexOf(TABLE) + TABLE.length);
  for (const dir of ['lib', 'dev/lib']) patch((load(path.join(tableRoot, dir, 'edit-map.js')) as { EditMap: Patchable }).EditMap);
}
