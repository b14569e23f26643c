/** The worker-thread side of the render pool (render-pool.ts): tasks sharing one text in, their results out. */
import { renderGroup, type RenderResult, type RenderTask } from './render-task.ts';

export default function render(tasks: RenderTask[]): RenderResult[] {
  return renderGroup(tasks);
}
