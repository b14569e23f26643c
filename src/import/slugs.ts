import { pinyin } from 'pinyin-pro';
import { safeDecode } from '../lib/safe-decode.ts';

const MAX_LENGTH = 80;

/**
 * A readable ASCII slug: Chinese characters become their pinyin (by a maintained
 * dictionary, pinyin-pro, which reads words, not single characters), accents are
 * dropped, and anything else becomes single hyphens. Empty when nothing readable is left.
 * @example asciiSlug('%e5%85%AC%e5%bc%80%e4%bf%a1') // 'gong-kai-xin'
 * @example asciiSlug('Café “Solidarity”: 2021') // 'cafe-solidarity-2021'
 */
export function asciiSlug(value: string): string {
  const decoded = safeDecode(value);
  const spelled = /\p{scx=Han}/u.test(decoded) ? pinyin(decoded, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ') : decoded;
  const slug = spelled
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > MAX_LENGTH ? slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : slug;
}

/**
 * The first of `wanted`, `wanted-2`, `wanted-3`… not yet taken; records it as taken.
 * @example uniqueSlug('a', new Set(['a'])) // 'a-2'
 */
export function uniqueSlug(wanted: string, taken: Set<string>): string {
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  taken.add(slug);
  return slug;
}
