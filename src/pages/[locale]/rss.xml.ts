import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../config/site.ts';
import { bodyOf, getPosts } from '../../site/collections.ts';
import { rebaseHtml } from '../../site/rebase-html.ts';
import { availabilityOf } from '../../site/views.ts';
import { useTranslations } from '../../i18n/site-i18n.ts';
import { localizedPath } from '../../i18n/urls.ts';

export const getStaticPaths = (() => siteConfig.locales.map((locale) => ({ params: { locale: locale.path }, props: { locale } }))) satisfies GetStaticPaths;

// Feed readers poll often; the newest posts are what they need, not the whole archive.
const FEED_SIZE = 50;

/** One feed per locale, holding only posts really published in it: fallback copies are not news to its readers. */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: (typeof siteConfig.locales)[number] };
  const t = useTranslations(locale.code);
  const posts = (await getPosts()).filter((post) => availabilityOf(post, locale.code) === 'published').slice(0, FEED_SIZE);
  const origin = site ?? new URL('http://localhost');
  return rss({
    title: t('site.title'),
    description: t('site.tagline'),
    site: origin,
    customData: `<language>${locale.lang}</language>`,
    items: posts.map((post) => {
      const version = post.versions[locale.code];
      const link = localizedPath(locale, { kind: 'post', slug: post.slug });
      return {
        title: version?.title,
        link,
        pubDate: post.date,
        description: version?.summary,
        // Feed readers show the body away from its page: its relative links and images must stand alone.
        content: version && rebaseHtml(bodyOf(version).html, new URL(link, origin).href),
        categories: post.tags,
      };
    }),
  });
};
