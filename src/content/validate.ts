import type { z } from 'zod';
import type { ParsedYaml } from './frontmatter.ts';
import type { ContentProblem } from './problems.ts';
import { fieldHints } from './schema.ts';
import { suggestName } from './suggest.ts';

/**
 * Validates parsed YAML against a schema, turning each zod issue into a problem
 * that names the file, the line and the field. Returns undefined when invalid.
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
        const suggestion = suggestName(key, known);
        problems.push({
          file,
          line: parsed.lineOf([...path, key]),
          field: fieldName([...path, key]),
          message: `Unknown field "${key}".`,
          hint: suggestion ? `Did you mean "${suggestion}"? Rename the field.` : `Remove it; allowed fields are: ${known.join(', ')}.`,
        });
      }
      continue;
    }
    const field = fieldName(path);
    if (path.length === 0) {
      problems.push({ file, line: parsed.lineOf([]), message: 'The YAML must be a set of fields, written as "name: value" lines.', hint: 'Write one field per line, such as "title: …", without a leading "-".' });
      continue;
    }
    // zod leaves `input` out of issues, so look the value up: a wrong type is not a missing field.
    const missing = issue.code === 'invalid_type' && valueAt(parsed.data, path) === undefined;
    problems.push({
      file,
      line: parsed.lineOf(path),
      field: field || undefined,
      message: missing ? `Required field "${field}" is missing.` : `"${field || 'frontmatter'}" ${issue.message}.`,
      hint: fieldHints[String(path[0])] ?? 'Correct the value and try again.',
    });
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
