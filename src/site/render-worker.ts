/** The worker-thread side of the render pool (render-pool.ts): batches of task groups in, their results out. */
import module from 'node:module';
import Tinypool from 'tinypool';
import type { Conversion, RenderResult, RenderTask } from './render-task.ts';

/** What a worker prepares as it starts, before its first batch: the converters its tasks will use. */
export interface WorkerSetup {
  conversions: Pick<Conversion, 'convert' | 'phrases'>[];
}

// As the CLI does (bin.js), before loading the code: starting a worker is mostly compiling its
// modules, which Node's compile cache (shared with Astro's own) makes a read.
module.enableCompileCache?.();
const { renderGroup } = await import('./render-task.ts');
// Built while the build's thread is still reading the content (see RenderPool.start), not on the first task.
const { scriptConverter } = await import('../i18n/convert-script.ts');
for (const { convert, phrases } of (Tinypool.workerData as WorkerSetup | undefined)?.conversions ?? []) scriptConverter(convert, phrases);

export default function render(groups: RenderTask[][]): RenderResult[][] {
  return groups.map((group) => renderGroup(group));
}
