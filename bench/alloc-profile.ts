import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { benchReady, createBenchCluster, createBenchDeployment } from './scale-setup';

/**
 * Where the 5,000-pod scale-up allocates (garbage included), for finding GC pressure:
 *   node --import tsx bench/alloc-profile.ts [OUT.heapprofile]
 * then sum selfSize per function as for a .heapprofile.
 */
const big = createBenchCluster();
createBenchDeployment(big, 5000);
const session = new Session();
session.connect();
const post = (method: string, params?: object): Promise<unknown> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
await post('HeapProfiler.enable');
await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
big.runUntil(() => benchReady(big) >= 5000, 3600000);
const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: unknown };
writeFileSync(process.argv[2] ?? '/tmp/alloc.heapprofile', JSON.stringify(profile));
