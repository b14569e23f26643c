/** The worker-thread side of status-pool.ts: a shard of post folders in, their computed posts out. */
import module from 'node:module';
import type { StatusShard } from './status-shard.ts';
import type { ShardPost } from './computed-post.ts';

// As the CLI does (bin.ts), before loading the code: starting a worker is mostly compiling its modules (~0.4 → ~0.25 s).
module.enableCompileCache?.();
const loaded = import('./status-shard.ts');

export default async function compute(shard: StatusShard): Promise<ShardPost[]> {
  return (await loaded).computeShard(shard);
}
