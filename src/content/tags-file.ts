import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { readText, TAGS_FILE } from './content-files.ts';
import { parseYaml } from './frontmatter.ts';
import type { TagLabels } from './model.ts';
import { ContentValidationError, problem, type ContentProblem } from './problems.ts';
import { tagsFileSchema } from './schema.ts';
import { validateWith } from './validate.ts';

/**
 * Reads `content/tags.yaml`: every tag needs a label in every written locale, or its pages
 * would show the slug. A derived locale's label is converted from its parent's when missing.
 */
export function readTags(root: string, config: SiteConfig, problems: ContentProblem[]): TagLabels {
  const text = readText(path.join(root, TAGS_FILE), TAGS_FILE, problems, true);
  if (text === undefined) return {};
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), TAGS_FILE, 1, problems);
  if (!parsed) return {};
  const tags = validateWith(tagsFileSchema, parsed, TAGS_FILE, [], problems) ?? {};
  for (const [tag, labels] of Object.entries(tags)) {
    for (const { code, derivedFrom } of config.locales) {
      if (labels[code] === undefined && labels[derivedFrom ?? code] === undefined) problems.push(problem('tag-label-missing', { tag, locale: code }, { file: TAGS_FILE, line: parsed.lineOf([tag]), field: tag }));
    }
  }
  return tags;
}

/** Reads `content/tags.yaml` alone, throwing a ContentValidationError if it is invalid. */
export function loadTags(root: string, config: SiteConfig): TagLabels {
  const problems: ContentProblem[] = [];
  const tags = readTags(root, config, problems);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return tags;
}
