// A second replica of the service for the Bot Framework benchmark, in its own process as it
// would be on a machine with more cores than one Node process uses: same Redis, same queue, its
// own HTTP port. Started by bench/botframework.ts with
// `node --import tsx bench/service-replica.ts <redis url>`; over IPC it says `listening` with its
// port, answers `cpu-start` / `cpu-stop` with its CPU time over the burst, and stops the service
// and exits when the parent disconnects.
import { PACKAGE_DIR } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startService } from '../src/service/create-service.ts';
import { loadServiceConfig } from '../src/service-config.ts';
import { benchServiceEnv } from './botframework.ts';

export type ReplicaMessage = { type: 'listening'; port: number } | { type: 'cpu'; cpu: NodeJS.CpuUsage };
export type ReplicaCommand = 'cpu-start' | 'cpu-stop';

const [redisUrl] = process.argv.slice(2);
if (process.send === undefined || redisUrl === undefined) {
  process.stderr.write('usage (over IPC, from bench/botframework.ts): service-replica.ts <redis url>\n');
  process.exit(2);
}

const service = await startService(loadServiceConfig(benchServiceEnv(redisUrl), PACKAGE_DIR), createLogger('error'));
let cpuBefore: NodeJS.CpuUsage | undefined;
process.on('message', (command: ReplicaCommand) => {
  if (command === 'cpu-start') cpuBefore = process.cpuUsage();
  else process.send!({ type: 'cpu', cpu: process.cpuUsage(cpuBefore) } satisfies ReplicaMessage);
});
process.once('disconnect', () => {
  void service.stop().finally(() => process.exit(0));
});
process.send({ type: 'listening', port: service.port } satisfies ReplicaMessage);
