/**
 * Where the time goes: summarises V8 CPU profiles (`node --cpu-prof`) into self time
 * per area of code (Tandem's own modules, Markdown parsing, YAML, Astro, the bundler,
 * GC, file I/O…) and the hottest functions.
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Total sampled time, ms (all threads' profiles added). */
  totalMs: number;
  areas: { area: string; ms: number; share: number }[];
  functions: { fn: string; ms: number }[];
}

const PACKAGE_AREAS: [RegExp, string][] = [
  [/^(satteri|@bruits|micromark|mdast-|remark-|unified|vfile|unist-|decode-named|character-entities|markdown-table|longest-streak|zwitch|ccount|escape-string|trim-lines|devlop|bail|trough|is-plain-obj|extend)/, 'Markdown (satteri, mdast, remark)'],
  [/^(rehype-|hast-|hastscript|property-information|space-separated|comma-separated|html-void|stringify-entities|web-namespaces|parse5|html-)/, 'HTML trees (hast, rehype, parse5)'],
  [/^(shiki|@shikijs|oniguruma|vscode-)/, 'Syntax highlighting (Shiki)'],
  [/^yaml$|^js-yaml$/, 'YAML'],
  [/^zod$/, 'Validation (zod)'],
  [/^(vite|rolldown|@rolldown|esbuild|rollup|@rollup|lightningcss|postcss|magic-string|es-module-lexer|acorn|@babel|@oxc|oxc)/, 'Bundler (Vite, Rolldown, esbuild)'],
  [/^(astro|@astrojs)$/, 'Astro runtime and build'],
  [/^(i18next)$/, 'i18next'],
  [/^(devalue|flattie|kleur|p-limit|piccolore)$/, 'Astro helpers (devalue, …)'],
];

function area(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'Garbage collection';
    if (functionName === '(idle)') return 'Idle (waiting for I/O)';
    if (functionName === '(program)') return 'V8 / native (program)';
    return 'Native built-ins (fs, crypto, Intl…)';
  }
  if (url.startsWith('node:')) return 'Node internals (fs, streams, modules)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    const pkg = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '');
    for (const [re, name] of PACKAGE_AREAS) if (re.test(pkg)) return name;
    return `other packages (${pkg})`;
  }
  const src = /\/src\/([^/]+)\//.exec(url);
  if (src) {
    const dir = src[1];
    if (dir === 'pipeline') return 'Tandem: Markdown pipeline (src/pipeline)';
    if (dir === 'translation') return 'Tandem: translation status (src/translation)';
    if (dir === 'content') return 'Tandem: content reading/validation (src/content)';
    return `Tandem: pages, components, i18n (src/${dir})`;
  }
  if (/\/dist\/(chunks|pages|\.prerender)|\/\.prerender\/|\/dist\/.*entry/.test(url)) return 'Built pages (bundled Tandem + Astro code)';
  return 'other';
}

/** Reads every .cpuprofile in `dir` and summarises them together. */
export async function summariseProfiles(dir: string, top = 15): Promise<ProfileSummary> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const self = new Map<number, number>();
    profile.samples.forEach((id, k) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
    for (const node of profile.nodes) {
      const ms = (self.get(node.id) ?? 0) / 1000;
      if (ms === 0) continue;
      total += ms;
      const a = area(node.callFrame);
      areas.set(a, (areas.get(a) ?? 0) + ms);
      const where = node.callFrame.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, '').replace(/.*\/(src|dist)\//, '$1/');
      const key = `${node.callFrame.functionName || '(anonymous)'}  ${where}${where ? `:${node.callFrame.lineNumber + 1}` : ''}`;
      fns.set(key, (fns.get(key) ?? 0) + ms);
    }
  }
  return {
    totalMs: total,
    areas: [...areas].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ area: name, ms, share: total ? ms / total : 0 })),
    functions: [...fns].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, ms]) => ({ fn, ms })),
  };
}
