/**
 * A file the scan cannot read at all (not a CSV, no header, a required column missing): its
 * French message says what to do. The web API answers it with a 400, the CLI with exit code 1.
 */
export class ScanRefusal extends Error {
  override readonly name = 'ScanRefusal';
}
