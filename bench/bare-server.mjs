// The bare route of `npm run bench`, in its own process as Hygie's server is: one Fastify route,
// the ceiling every Hygie route is compared with. Prints its address as one JSON line.
import Fastify from 'fastify';

const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
await bare.listen({ host: '127.0.0.1', port: 0 });
const address = bare.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, database: 'none' })}\n`);
const stop = () => bare.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
