/** The worker-thread side of status-pool.ts: a shard of post folders in, their computed posts out. */
import { computeShard, type StatusShard } from './status-shard.ts';
import type { ShardPost } from './post-cache.ts';

export default function compute(shard: StatusShard): Promise<ShardPost[]> {
  return computeShard(shard);
}
