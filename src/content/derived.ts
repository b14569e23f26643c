import { parentOf, type SiteConfig } from '../config/schema.ts';
import type { Post, PostVersion, TagLabels } from './model.ts';

/** Text conversion of a derived locale, by locale code (undefined for written locales). */
export type ConverterOf = (code: string) => ((text: string) => string) | undefined;

/** Where a post's version in a locale comes from: its own file, or its parent locale's file, converted. */
export type VersionOrigin = { kind: 'written'; version: PostVersion } | { kind: 'derived'; version: PostVersion; from: string };

/**
 * The file a post's version in a locale is made from. A human-written `<code>.md` always
 * wins; a derived locale without one gets its parent's version (to be converted); a
 * written locale without one has none (readers get the source under a notice).
 * @example versionOrigin(post, 'zh-Hant', siteConfig) // { kind: 'derived', version: post.versions.zh, from: 'zh' }
 */
export function versionOrigin(post: Pick<Post, 'versions'>, code: string, config: SiteConfig): VersionOrigin | undefined {
  const own = post.versions[code];
  if (own) return { kind: 'written', version: own };
  const locale = config.locales.find((l) => l.code === code);
  const parent = locale && parentOf(config, locale);
  const version = parent && post.versions[parent.code];
  return parent && version ? { kind: 'derived', version, from: parent.code } : undefined;
}

/**
 * A post version with its text fields converted (the body is left to the renderer, which
 * converts the rendered text rather than the Markdown, so URLs and code stay intact).
 * @example convertFields(zhVersion, 'zh-Hant', toTraditional).title // '學生投票支持團結'
 */
export function convertFields(version: PostVersion, code: string, convert: (text: string) => string): PostVersion {
  return {
    ...version,
    locale: code,
    title: convert(version.title),
    summary: version.summary && convert(version.summary),
    location: version.location && convert(version.location),
    updates: version.updates.map((update) => ({ ...update, text: convert(update.text) })),
  };
}

/**
 * Tag labels with every derived locale's label filled in from its parent's, converted,
 * where `content/tags.yaml` does not give one.
 * @example withDerivedTagLabels({ students: { zh: '学生' } }, siteConfig, converterOf).students // { zh: '学生', 'zh-Hant': '學生' }
 */
export function withDerivedTagLabels(tags: TagLabels, config: SiteConfig, converterOf: ConverterOf): TagLabels {
  return Object.fromEntries(
    Object.entries(tags).map(([tag, labels]) => {
      const filled = { ...labels };
      for (const locale of config.locales) {
        const parentLabel = locale.derivedFrom === undefined ? undefined : labels[locale.derivedFrom];
        const convert = converterOf(locale.code);
        if (filled[locale.code] === undefined && parentLabel !== undefined && convert) filled[locale.code] = convert(parentLabel);
      }
      return [tag, filled];
    }),
  );
}
