// The service's composition root: the only module that reads process.env. `npm start` runs it.
import { loadServiceConfig } from './service-config.ts';
import { createLogger } from './logger.ts';
import { startService } from './service/create-service.ts';
import { ProntoError } from './errors.ts';

const bootLog = createLogger(process.env.LOG_LEVEL?.trim().toLowerCase() || 'info');

async function main(): Promise<void> {
  const config = loadServiceConfig(process.env);
  const log = createLogger(config.logLevel);
  const service = await startService(config, log);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'service.stopping');
    const deadline = setTimeout(() => {
      log.error({ timeoutMs: config.shutdownTimeoutMs }, 'service.shutdown_timed_out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    deadline.unref();
    service.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'service.shutdown_failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A person reads this: the message names what to fix, without a stack trace.
  if (error instanceof ProntoError) {
    bootLog.fatal({ code: error.code }, error.message);
    process.stderr.write(`pronto: ${error.message}\n`);
  } else {
    bootLog.fatal({ err: error }, 'service.start_failed');
  }
  process.exit(1);
});
