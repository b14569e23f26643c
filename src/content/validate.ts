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
      for (const key of issue.keys) {
        const suggestion = suggestName(key, knownFields);
        problems.push({
          file,
          line: parsed.lineOf([...path, key]),
          field: [...path, key].join('.'),
          message: `Unknown field "${key}".`,
          hint: suggestion ? `Did you mean "${suggestion}"? Rename the field.` : `Remove it; allowed fields are: ${knownFields.join(', ')}.`,
        });
      }
      continue;
    }
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
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
