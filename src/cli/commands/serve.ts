import { loadConfig } from '../../config.ts';
import { startServer } from '../../server/start.ts';
import type { CliIo } from '../io.ts';
import { frenchCommand } from './french-command.ts';

export const serveCommand = (io: CliIo) =>
  frenchCommand(io, 'serve', 'démarre le serveur web de Hygie').action(async () => {
    const running = await startServer(loadConfig(io.env));
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        running.stop().then(resolve, resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
