/**
 * Recognising third-party services (YouTube, X, Google Maps…) from URLs, so the
 * pipeline can show their embeds as plain links. Many readers are behind the
 * Great Firewall, where these services hang or are watched, so nothing on a
 * page may load from them.
 */

/** What an embed shows, for its label ("Video on YouTube", "Map on Google Maps"). */
export type EmbedKind = 'video' | 'audio' | 'post' | 'image' | 'map' | 'document' | 'page';

/** An embed or media link, as handed to the caller's `embedLabel`. */
export interface EmbedLink {
  kind: EmbedKind;
  /** The service's name as it calls itself ("YouTube", "X (Twitter)"), or the host for unknown sites. */
  service: string;
  /** Where the link goes: a page on the service, not its embed player, when that can be worked out. */
  url: string;
}

interface Service {
  name: string;
  /** Hosts, matching themselves and their subdomains. */
  hosts: readonly string[];
  kind: EmbedKind | ((url: URL) => EmbedKind);
  /** A reader-facing page for an embed URL; undefined keeps the URL as it is. */
  page?: (url: URL) => string | undefined;
}

const lastSegmentAfter = (url: URL, marker: string): string | undefined => {
  const parts = url.pathname.split('/').filter(Boolean);
  const index = parts.indexOf(marker);
  return index >= 0 ? parts[index + 1] : undefined;
};

const GOOGLE_DOCS: Record<string, string> = {
  document: 'Google Docs',
  spreadsheets: 'Google Sheets',
  presentation: 'Google Slides',
  forms: 'Google Forms',
};

// Order matters only where hosts overlap: more specific entries first.
const SERVICES: readonly Service[] = [
  { name: 'YouTube', hosts: ['ytimg.com', 'ggpht.com'], kind: 'image' },
  {
    name: 'YouTube',
    hosts: ['youtube.com', 'youtube-nocookie.com', 'youtu.be'],
    kind: 'video',
    page: (url) => {
      const id = lastSegmentAfter(url, 'embed') ?? lastSegmentAfter(url, 'shorts');
      return id ? `https://www.youtube.com/watch?v=${encodeURIComponent(id)}` : undefined;
    },
  },
  { name: 'Vimeo', hosts: ['vimeocdn.com'], kind: 'image' },
  {
    name: 'Vimeo',
    hosts: ['vimeo.com'],
    kind: 'video',
    page: (url) => {
      const id = lastSegmentAfter(url, 'video');
      return url.hostname.startsWith('player.') && id ? `https://vimeo.com/${encodeURIComponent(id)}` : undefined;
    },
  },
  { name: 'X (Twitter)', hosts: ['twimg.com'], kind: 'image' },
  {
    name: 'X (Twitter)',
    hosts: ['twitter.com', 'x.com', 't.co'],
    kind: 'post',
    page: (url) => {
      const id = url.searchParams.get('id');
      return url.hostname.startsWith('platform.') && id ? `https://x.com/i/status/${encodeURIComponent(id)}` : undefined;
    },
  },
  { name: 'Facebook', hosts: ['fbcdn.net'], kind: 'image' },
  {
    name: 'Facebook',
    hosts: ['facebook.com', 'fb.com', 'fb.watch'],
    kind: (url) => (url.hostname === 'fb.watch' || url.pathname.includes('video') ? 'video' : 'post'),
    page: (url) => (url.pathname.startsWith('/plugins/') ? (url.searchParams.get('href') ?? undefined) : undefined),
  },
  { name: 'Instagram', hosts: ['cdninstagram.com'], kind: 'image' },
  {
    name: 'Instagram',
    hosts: ['instagram.com', 'instagr.am'],
    kind: (url) => (url.pathname.startsWith('/reel') || url.pathname.startsWith('/tv/') ? 'video' : 'post'),
    page: (url) => (/\/embed(\/captioned)?\/?$/.test(url.pathname) ? `https://www.instagram.com${url.pathname.replace(/embed(\/captioned)?\/?$/, '')}` : undefined),
  },
  { name: 'TikTok', hosts: ['tiktok.com'], kind: 'video' },
  { name: 'Google Maps', hosts: ['maps.google.com', 'maps.app.goo.gl'], kind: 'map' },
  { name: 'Google Docs', hosts: ['docs.google.com'], kind: 'document' },
  { name: 'Google Drive', hosts: ['drive.google.com'], kind: 'document' },
  { name: 'Google', hosts: ['googleusercontent.com'], kind: 'image' },
  { name: 'Spotify', hosts: ['spotify.com'], kind: 'audio', page: (url) => (url.pathname.startsWith('/embed/') ? `https://open.spotify.com${url.pathname.slice('/embed'.length)}` : undefined) },
  { name: 'SoundCloud', hosts: ['soundcloud.com'], kind: 'audio', page: (url) => (url.hostname.startsWith('w.') ? (url.searchParams.get('url') ?? undefined) : undefined) },
  { name: 'Dailymotion', hosts: ['dailymotion.com', 'dai.ly'], kind: 'video' },
  { name: 'Bilibili', hosts: ['bilibili.com', 'b23.tv'], kind: 'video' },
  { name: 'Telegram', hosts: ['t.me', 'telegram.org', 'telegram.me'], kind: 'post' },
];

// Google Maps also lives under every national Google domain: google.co.uk/maps…
const GOOGLE_HOST = /^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$/;

/**
 * Parses an http(s) URL, or a scheme-relative one (`//host/…`, as embed codes
 * often are) as https. Anything else is not a web address and gives undefined.
 * @example webUrl('//www.youtube.com/embed/x')?.href // 'https://www.youtube.com/embed/x'
 * @example webUrl('javascript:alert(1)') // undefined
 */
export function webUrl(value: string): URL | undefined {
  const text = value.trim();
  const url = URL.parse(text.startsWith('//') ? `https:${text}` : text);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : undefined;
}

const onHost = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);

/**
 * Names the service a URL belongs to, with a reader-facing page in place of an
 * embed player's address. Undefined for URLs of other sites and for non-web URLs.
 * @example identifyService('https://www.youtube.com/embed/abc?start=5')
 * // { kind: 'video', service: 'YouTube', url: 'https://www.youtube.com/watch?v=abc' }
 * @example identifyService('https://example.org/') // undefined
 */
export function identifyService(value: string): EmbedLink | undefined {
  const url = webUrl(value);
  if (!url) return undefined;
  const hostname = url.hostname.toLowerCase();
  if (GOOGLE_HOST.test(hostname) && url.pathname.startsWith('/maps')) return { kind: 'map', service: 'Google Maps', url: url.href };
  if (hostname === 'goo.gl' && url.pathname.startsWith('/maps')) return { kind: 'map', service: 'Google Maps', url: url.href };
  const service = SERVICES.find((candidate) => candidate.hosts.some((host) => onHost(hostname, host)));
  if (!service) return undefined;
  const kind = typeof service.kind === 'function' ? service.kind(url) : service.kind;
  const docs = hostname === 'docs.google.com' ? GOOGLE_DOCS[url.pathname.split('/')[1] ?? ''] : undefined;
  const page = service.page?.(url);
  return { kind, service: docs ?? service.name, url: (page && webUrl(page)?.href) ?? url.href };
}

/**
 * Describes any embedded web address: a known service as {@link identifyService}
 * does, another site by its host name with the given kind.
 * @example describeEmbed('https://www.example.org/player', 'page') // { kind: 'page', service: 'example.org', url: 'https://www.example.org/player' }
 */
export function describeEmbed(value: string, fallbackKind: EmbedKind): EmbedLink | undefined {
  const url = webUrl(value);
  if (!url) return undefined;
  return identifyService(url.href) ?? { kind: fallbackKind, service: url.hostname.replace(/^www\./, ''), url: url.href };
}
