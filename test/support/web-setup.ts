// @ts-expect-error: plain JavaScript build script, shared with `npm start`.
import { buildWeb } from '../../scripts/build-web.mjs';

/** Browser tests run against the real built application: rebuild it when its sources changed. */
export async function setup(): Promise<void> {
  await buildWeb();
}
