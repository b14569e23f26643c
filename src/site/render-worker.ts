/** The worker-thread side of the render pool (render-pool.ts): one task in, one result out. */
import { renderTask, type RenderResult, type RenderTask } from './render-task.ts';

export default function render(task: RenderTask): RenderResult {
  return renderTask(task);
}
