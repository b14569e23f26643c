/**
 * The fast path for frontmatter as people write it: `key: value` lines, a list
 * in brackets, a nested block of `key: value`, a list of `- key: value` items.
 * Parsing YAML in full is most of what reading 30,000 documents costs; this
 * reads that common shape about twenty times faster and gives exactly what the
 * yaml package gives (a property test compares them). Anything else — quotes
 * with escapes, comments after values, block scalars, anchors, tags, numbers
 * other than plain integers, a repeated key — returns undefined, and the caller
 * parses the text in full (which also reports its problems with lines).
 * @module
 */

type Value = string | number | boolean | Value[] | { [key: string]: Value };
type Mapping = { [key: string]: Value };

const KEY_LINE = /^([A-Za-z_][\w-]*):(?:[ ]+(.*?))?[ ]*$/;
// A plain scalar that the core schema reads as a string: no indicator first, no
// `: ` or ` #` inside, no trailing `:`, and none of null/bool/number's spellings.
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`\s])(?!.*(?::\s|\s#|:$))[^\t]*$/;
const NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
const FLOW_ITEM = /^[^,[\]{}]*$/;
// Tabs, control characters, other line breaks and byte-order marks: the full parser has rules for each.
const UNUSUAL = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/**
 * A scalar's value, or undefined when it is not one of the simple forms.
 * @example scalar('A title') // 'A title'
 * @example scalar('2021') // 2021
 * @example scalar('null') // undefined
 */
function scalar(text: string): Value | undefined {
  if (text === '') return undefined;
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) return quoted[1];
  if (text === 'true' || text === 'false') return text === 'true';
  if (INTEGER.test(text)) return Number(text);
  return PLAIN.test(text) && !NOT_STRING.test(text) ? text : undefined;
}

// `[a, b]`: items that are plain strings, or integers, separated by commas.
function flowList(text: string): Value[] | undefined {
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const items: Value[] = [];
  for (const part of inner.split(',')) {
    const item = part.trim();
    const value = FLOW_ITEM.test(item) && !DOUBLE_QUOTED.test(item) && !SINGLE_QUOTED.test(item) ? scalar(item) : undefined;
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

function inlineValue(text: string): Value | undefined {
  return text.startsWith('[') && text.endsWith(']') ? flowList(text) : scalar(text);
}

interface Line {
  indent: number;
  text: string;
}

// `key: value` lines at one indentation, into `into`; returns the next line to read, or undefined on anything else.
function readMapping(lines: readonly Line[], at: number, indent: number, into: Mapping, depth: number): number | undefined {
  let index = at;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || line.indent < indent) break;
    if (line.indent > indent) return undefined;
    const match = KEY_LINE.exec(line.text);
    const key = match?.[1];
    if (!match || key === undefined || Object.hasOwn(into, key) || key === '__proto__') return undefined;
    index++;
    if (match[2] !== undefined) {
      const value = inlineValue(match[2]);
      if (value === undefined) return undefined;
      into[key] = value;
      continue;
    }
    // A key alone opens a nested block: a mapping or a list, more indented (a list may sit at the key's indentation).
    const next = lines[index];
    if (depth > 0 || !next) return undefined;
    if (next.text.startsWith('- ') && next.indent >= indent) {
      const list: Value[] = [];
      const after = readList(lines, index, next.indent, list);
      if (after === undefined) return undefined;
      into[key] = list;
      index = after;
    } else if (next.indent > indent) {
      const nested: Mapping = {};
      const after = readMapping(lines, index, next.indent, nested, depth + 1);
      if (after === undefined) return undefined;
      into[key] = nested;
      index = after;
    } else {
      return undefined;
    }
  }
  return index;
}

// `- value` or `- key: value` (continued by `key: value` lines under the first key) items at one indentation.
function readList(lines: readonly Line[], at: number, indent: number, into: Value[]): number | undefined {
  let index = at;
  while (index < lines.length) {
    const line = lines[index];
    if (!line || line.indent < indent || (line.indent === indent && !line.text.startsWith('- '))) break;
    if (line.indent > indent) return undefined;
    const rest = line.text.slice(2);
    if (!KEY_LINE.test(rest)) {
      const value = scalar(rest);
      if (value === undefined) return undefined;
      into.push(value);
      index++;
      continue;
    }
    // The item's mapping: its first line after `- `, then lines two columns in.
    const item: Mapping = {};
    const itemLines = [{ indent: indent + 2, text: rest }];
    for (index++; index < lines.length && (lines[index]?.indent ?? 0) > indent; index++) itemLines.push(lines[index] as Line);
    if (readMapping(itemLines, 0, indent + 2, item, 1) !== itemLines.length) return undefined;
    into.push(item);
  }
  return index;
}

/**
 * Parses YAML of the simple shape frontmatter usually has, exactly as the yaml
 * package's core schema would; undefined for anything else.
 * @example parseSimpleYaml('title: A\ntags: [a, b]') // { title: 'A', tags: ['a', 'b'] }
 * @example parseSimpleYaml('title: "a\\"b"') // undefined
 */
export function parseSimpleYaml(source: string): Mapping | undefined {
  if (UNUSUAL.test(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    const text = raw.trimStart();
    if (text === '') continue;
    // Comments, document markers and directives are left to the full parser.
    if (text.startsWith('#') || raw.startsWith('---') || raw.startsWith('...') || raw.startsWith('%')) return undefined;
    lines.push({ indent: raw.length - text.length, text: text.trimEnd() });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const data: Mapping = {};
  return readMapping(lines, 0, 0, data, 0) === lines.length ? data : undefined;
}
