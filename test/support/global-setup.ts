import type { TestProject } from 'vitest/node';
import { type Cluster, findPostgresBin, startThrowawayCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

let cluster: Cluster | undefined;

/**
 * PostgreSQL for the repository suites: TEST_DATABASE_URL when set, else a throwaway cluster when
 * Debian's binaries exist. In CI a missing PostgreSQL fails the run; elsewhere it is reported.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL || null;
  if (!url) {
    const bin = findPostgresBin();
    if (bin) {
      cluster = await startThrowawayCluster(bin);
      url = cluster.url;
    } else if (process.env.CI === 'true') {
      throw new Error(
        'PostgreSQL est requis en CI : installez-le (apt-get install postgresql) ou donnez TEST_DATABASE_URL.',
      );
    } else {
      process.stderr.write(
        '\n[hygie] PostgreSQL absent : les suites PostgreSQL sont ignorées. Installez-le avec « sudo apt-get install postgresql ».\n\n',
      );
    }
  }
  project.provide('pgUrl', url);
}

export async function teardown(): Promise<void> {
  cluster?.stop();
}
