/** A dated note shown at the top of a post, e.g. "[Update 23/02/2021] Students voted…". */
export interface UpdateNote {
  date: Date;
  text: string;
}

/** One language version of a post, as written in `<slug>/<locale>.md`. */
export interface PostVersion {
  locale: string;
  /** Path relative to the project root, for messages and repository links. */
  file: string;
  title: string;
  summary?: string | undefined;
  location?: string | undefined;
  /** Alt text of the post's lead image in this language. */
  imageAlt?: string | undefined;
  updates: UpdateNote[];
  draft: boolean;
  /** Who claimed the translation (`translator:` in the frontmatter), shown to coordinators. */
  translator?: string | undefined;
  /** Markdown body, with BOM and CRLF normalised. */
  body: string;
  /** File line the body starts on, to report body problems at real lines. */
  bodyStartLine: number;
}

/** An event notice's time, kept in the zone it happens in. */
export interface PostEvent {
  start: Date;
  end?: Date | undefined;
  timeZone: string;
}

/** An old address (path, query allowed) that keeps leading to an item; `locale` picks one language's version. */
export interface PostAlias {
  path: string;
  locale?: string | undefined;
}

/** A post: shared facts plus one version per locale it exists in. */
export interface Post {
  slug: string;
  /** Folder relative to the project root. */
  dir: string;
  date: Date;
  sourceLocale: string;
  tags: string[];
  /** One of the configured post types, or none for a plain post. */
  type?: string | undefined;
  /** Lead image file, relative to the project root (e.g. `content/posts/x/lead.jpg`). */
  image?: string | undefined;
  event?: PostEvent | undefined;
  /** Old addresses that redirect here (`aliases:` in post.yaml). */
  aliases: PostAlias[];
  versions: Partial<Record<string, PostVersion>>;
}

/** A static page (About, Join us…): `content/pages/<slug>/`, translated like a post but undated and unlisted. */
export interface Page {
  slug: string;
  dir: string;
  sourceLocale: string;
  /** Old addresses that redirect here (`aliases:` in page.yaml). */
  aliases: PostAlias[];
  versions: Partial<Record<string, PostVersion>>;
}

/** Tag slug → locale code → label. */
export type TagLabels = Record<string, Partial<Record<string, string>>>;

/** Everything under `content/`, validated. */
export interface Content {
  posts: Post[];
  pages: Page[];
  tags: TagLabels;
}
