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
 * This replaces `consume` with one that splices each edit in place, from the
 * last to the first, which touches only the events after each edit. The
 * result is identical: the original keeps `events[at + remove …]` up to the
 * next edit, so a removal is clamped to the next edit's start, as here.
 * Importing this module applies it, once, to the EditMap class micromark
 * shares with this project (npm dedupes the single 1.x version); if that ever
 * stops being the same class, parsing stays correct and only gets slow again,
 * which tests/unit/pipeline/fuzz.test.ts's time budget catches.
 * @module
 */
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: unknown[]];

/** The shape of EditMap's private state that `consume` works on. */
interface EditMapState {
  map: Change[];
  index: Map<number, Change>;
}

// V8 takes splice's items as arguments; more than this per call overflows the stack.
const CHUNK = 10_000;

/**
 * Applies sorted, non-repeating edits to `events` in place, last first, so an
 * edit's index is still right when it is applied.
 * @example const events = [1, 2, 3]; applyEdits(events, [[1, 1, [9]]]); events // [1, 9, 3]
 */
export function applyEdits(events: unknown[], changes: readonly Change[]): void {
  for (let index = changes.length - 1; index >= 0; index--) {
    const change = changes[index];
    if (!change) continue;
    const [at, remove, add] = change;
    const nextAt = changes[index + 1]?.[0] ?? Number.POSITIVE_INFINITY;
    const start = Math.min(at, events.length);
    events.splice(start, Math.max(0, Math.min(remove, nextAt - at)));
    for (let offset = 0; offset < add.length; offset += CHUNK) {
      events.splice(start + offset, 0, ...add.slice(offset, offset + CHUNK));
    }
  }
}

function consume(this: EditMapState, events: unknown[]): void {
  this.map.sort((a, b) => a[0] - b[0]);
  applyEdits(events, this.map);
  this.map.length = 0;
  this.index.clear();
}

const prototype = EditMap.prototype as unknown as { consume: (events: unknown[]) => void };
prototype.consume = consume as unknown as (events: unknown[]) => void;
