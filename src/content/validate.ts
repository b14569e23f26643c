import type { z } from 'zod';
import { isErrorCode } from '../lib/errors.ts';
import type { ParsedYaml } from './frontmatter.ts';
import { problem, type ContentProblem } from './problems.ts';
import { suggestName } from './suggest.ts';

// zod's expected types, as the catalogue names a value of the wrong kind.
const WRONG_TYPE = { string: 'field-not-text', boolean: 'field-not-boolean', array: 'field-not-list', object: 'field-not-mapping', record: 'field-not-mapping' } as const;

/**
 * Validates parsed YAML against a schema, turning each zod issue into a problem
 * that names the file, the line and the field. Returns undefined when invalid.
 * Schemas give their refinements a catalogue code as the message (see schema.ts),
 * so each problem is a code with the field and the value written.
 */
export function validateWith<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  knownFields: readonly string[],
  problems: ContentProblem[],
): z.output<S> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // A misspelt key inside `event` or `updates` is compared with that object's own fields.
      const known = fieldsAt(schema, path) ?? knownFields;
      for (const key of issue.keys) {
        const where = { file, line: parsed.lineOf([...path, key]), field: fieldName([...path, key]) };
        problems.push(problem('field-unknown', { field: key, allowed: known, suggestion: suggestName(key, known) }, where));
      }
      continue;
    }
    if (path.length === 0) {
      problems.push(problem('yaml-not-mapping', {}, { file, line: parsed.lineOf([]) }));
      continue;
    }
    const field = fieldName(path);
    const where = { file, line: parsed.lineOf(path), field };
    const value = valueAt(parsed.data, path);
    if (issue.code === 'invalid_type' && value === undefined) {
      problems.push(problem('field-missing', { field }, where));
    } else if (isErrorCode(issue.message)) {
      problems.push({ ...where, code: issue.message, params: { field, value: typeof value === 'string' ? value : (JSON.stringify(value) ?? '') } });
    } else if (issue.code === 'invalid_type') {
      problems.push(problem(WRONG_TYPE[issue.expected as keyof typeof WRONG_TYPE] ?? 'field-invalid', { field }, where));
    } else if (issue.code === 'too_small' && typeof value === 'string') {
      problems.push(problem('field-empty', { field }, where));
    } else {
      problems.push(problem('field-invalid', { field }, where));
    }
  }
  return undefined;
}

/**
 * A field's path as an editor would write it.
 * @example fieldName(['updates', 0, 'date']) // 'updates[0].date'
 */
function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The parts of a zod schema's definition that lead to an object's fields. */
interface SchemaDef {
  def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown; shape?: Record<string, unknown> };
}

/**
 * The field names of the object a schema expects at a path, looking through
 * optional, default and array wrappers; undefined when there is no object there.
 * @example fieldsAt(postMetaSchema, ['event']) // ['start', 'end', 'timeZone']
 */
export function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] | undefined {
  let current = schema as SchemaDef | undefined;
  const keys = [...path];
  while (current?.def) {
    const { type, innerType, element, shape } = current.def;
    if (innerType !== undefined) current = innerType as SchemaDef;
    else if (type === 'pipe') current = current.def.in as SchemaDef;
    else if (type === 'array' && typeof keys[0] === 'number') {
      keys.shift();
      current = element as SchemaDef;
    } else if (type === 'object' && shape) {
      if (keys.length === 0) return Object.keys(shape);
      const key = keys.shift();
      current = typeof key === 'string' ? (shape[key] as SchemaDef | undefined) : undefined;
    } else return undefined;
  }
  return undefined;
}
