/** The worker-thread side of status-pool.ts: takes shards of the job's folders until none is left, answering with the computed posts of each. */
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { StatusAnswer, StatusJob } from './status-pool.ts';

// As the CLI does (bin.js), before loading the code: starting a worker is mostly compiling its modules (~0.4 → ~0.25 s).
module.enableCompileCache?.();
const loaded = import('./status-shard.ts');

parentPort?.once('message', async ({ next, shardSize, ...job }: StatusJob) => {
  const { computeShard, nthShard } = await loaded;
  const answer = (message: StatusAnswer) => parentPort?.postMessage(message);
  for (let k = Atomics.add(next, 0, 1); k * shardSize < job.folders.length; k = Atomics.add(next, 0, 1)) answer([k, await computeShard(nthShard(job, k, shardSize))]);
  answer('done');
  parentPort?.close();
});
