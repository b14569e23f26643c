/**
 * Reading one language file (`<locale>.md`): frontmatter validated, the body kept
 * with the line it starts on. Posts and static pages read their files through it,
 * and so does history (git) through parseVersion.
 * @module
 */
import type { PostVersion } from './model.ts';
import { hasUnclosedFrontmatter, parseYaml, splitFrontmatter } from './frontmatter.ts';
import { readText, type ReadObserver } from './content-files.ts';
import { problem, type ContentProblem } from './problems.ts';
import { versionFrontmatterSchema } from './schema.ts';
import { validateWith } from './validate.ts';
import { isoDay } from '../lib/dates.ts';

const versionFields = Object.keys(versionFrontmatterSchema.shape);
const NOT_SPACE = /\S/;

/**
 * Reads and parses a `<locale>.md` file, adding any problems to `problems`; `observe` is told of
 * the bytes read. `published`, a post's date: its update notes must not be dated before it.
 */
export function readVersion(absolute: string, file: string, locale: string, problems: ContentProblem[], observe?: ReadObserver, published?: Date): PostVersion | undefined {
  const text = readText(absolute, file, problems, false, observe);
  return text === undefined ? undefined : parseVersion(text, file, locale, problems, published);
}

/**
 * Parses the text of a `<locale>.md` file as the content reader does, adding any
 * problems to `problems`; for text from elsewhere than the working tree (git history).
 * An update note dated before `published` is a problem at its line: a mistyped year
 * ("2012" for "2021") would show "Update 23 February 2012" on a post of 2021.
 */
export function parseVersion(text: string, file: string, locale: string, problems: ContentProblem[], published?: Date): PostVersion | undefined {
  const split = splitFrontmatter(text);
  if (!split) {
    problems.push(problem(hasUnclosedFrontmatter(text) ? 'frontmatter-unclosed' : 'frontmatter-missing', {}, { file, line: 1 }));
    return undefined;
  }
  const parsed = parseYaml(split.yaml, file, split.yamlStartLine, problems);
  const data = parsed && validateWith(versionFrontmatterSchema, parsed, file, versionFields, problems);
  if (!data) return undefined;
  data.updates.forEach((update, index) => {
    if (!published || update.date >= published) return;
    const field = `updates[${index}].date`;
    problems.push(problem('update-before-post', { field, value: isoDay(update.date), published: isoDay(published) }, { file, line: parsed.lineOf(['updates', index, 'date']), field }));
  });
  // Whitespace only (what trim removes, \s): found at the first other character, without copying the body.
  if (!NOT_SPACE.test(split.body) && !data.draft) {
    problems.push(problem('body-empty', {}, { file, line: split.bodyStartLine, field: 'body' }));
    return undefined;
  }
  return { locale, file, ...data, body: split.body, bodyStartLine: split.bodyStartLine };
}

