import { ApiError } from '../../api/client.ts';
import type { ScanParams, ScanResult } from './retention-types.ts';

/** Where an upload stands: sending (with the share sent, when known), then waiting for the analysis. */
export type UploadPhase = { step: 'sending'; fraction: number | null } | { step: 'processing' };

interface PostOptions {
  csrfToken: string | undefined;
  onPhase: (phase: UploadPhase) => void;
  responseType: 'json' | 'blob';
}

function scanUrl(params: ScanParams, format: 'json' | 'csv'): string {
  const query = new URLSearchParams({ asOf: params.asOf, format });
  if (params.profession) query.set('profession', params.profession);
  return `/api/v1/retention/scan?${query}`;
}

/** The API's French error, read from a JSON or Blob body. */
async function apiError(xhr: XMLHttpRequest): Promise<ApiError> {
  const raw: unknown = xhr.response;
  const text = raw instanceof Blob ? await raw.text() : typeof raw === 'string' ? raw : JSON.stringify(raw ?? {});
  let body: Record<string, string> = {};
  try {
    body = JSON.parse(text) as Record<string, string>;
  } catch {
    // Not JSON (a proxy's page): the status alone is shown.
  }
  return new ApiError(
    xhr.status,
    body.code ?? 'error',
    body.message ?? `Erreur ${xhr.status}`,
    body.field,
    body.detail,
  );
}

/**
 * Sends the file as `text/csv` with XMLHttpRequest, whose upload events give the progress that
 * `fetch` does not; `abort` stops it. The file is read by the browser as it is sent, never loaded whole.
 */
function postCsv<T>(url: string, file: Blob, options: PostOptions): { promise: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', url);
    xhr.responseType = options.responseType;
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', options.responseType === 'json' ? 'application/json' : 'text/csv');
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (event) =>
      options.onPhase({ step: 'sending', fraction: event.lengthComputable ? event.loaded / event.total : null });
    xhr.upload.onload = () => options.onPhase({ step: 'processing' });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as T);
      else void apiError(xhr).then(reject);
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'network', 'Hygie ne répond pas : vérifiez que le serveur est démarré, puis réessayez.'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Envoi annulé.'));
    options.onPhase({ step: 'sending', fraction: 0 });
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

/** The scan's summary, problems and first results. */
export function scanIndex(file: File, params: ScanParams, options: Omit<PostOptions, 'responseType'>) {
  return postCsv<ScanResult>(scanUrl(params, 'json'), file, { ...options, responseType: 'json' });
}

/**
 * Parts of about this size: the server reads each one whole before it answers (a browser sends the
 * whole request before reading the answer, so a long answer to a long upload would stall both).
 * Half of the server’s read-ahead, with room for the header line.
 */
const PART_BYTES = 4 * 1024 * 1024;

/** Where the first part cut after `start` can fall: after the last line break outside quotes. */
async function safeEnd(file: Blob, start: number): Promise<number> {
  const end = Math.min(file.size, start + PART_BYTES);
  if (end === file.size) return end;
  const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
  let quoted = false;
  let cut = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x0a && !quoted) cut = i + 1;
  }
  // A line longer than a part is malformed anyway: cut it, the server reports it.
  return cut > 0 ? start + cut : end;
}

/** The header line (with its line break), repeated at the top of every part after the first. */
async function headerOf(file: Blob, end: number): Promise<Blob> {
  const bytes = new Uint8Array(await file.slice(0, Math.min(end, 64 * 1024)).arrayBuffer());
  const newline = bytes.indexOf(0x0a);
  return file.slice(0, newline < 0 ? 0 : newline + 1);
}

/** A part’s result without its first line (the result’s header, already in the first part). */
async function withoutHeader(result: Blob): Promise<Blob> {
  const head = new Uint8Array(await result.slice(0, 8 * 1024).arrayBuffer());
  const newline = head.indexOf(0x0a);
  return newline < 0 ? result.slice(result.size) : result.slice(newline + 1);
}

/**
 * The whole result as a CSV file, saved under the name the server proposes. A large file is sent in
 * parts cut between lines, each with the header line; the results are put end to end. The server
 * keeps nothing between the parts.
 */
export function downloadScanResult(file: File, params: ScanParams, options: Omit<PostOptions, 'responseType'>) {
  let abort = () => {};
  let aborted = false;
  const promise = (async () => {
    const results: Blob[] = [];
    let header: Blob | null = null;
    let part = 0;
    for (let start = 0; start < file.size || part === 0; ) {
      const end = await safeEnd(file, start);
      header ??= await headerOf(file, end);
      part++;
      const body = part === 1 ? file.slice(start, end) : new Blob([header, file.slice(start, end)]);
      const whole = start === 0 && end === file.size;
      const from = start;
      const request = postCsv<Blob>(`${scanUrl(params, 'csv')}${whole ? '' : `&part=${part}`}`, body, {
        ...options,
        responseType: 'blob',
        // One bar for all the parts; « processing » once the last part is sent.
        onPhase: (phase) => {
          if (phase.step === 'processing' && end === file.size) return options.onPhase(phase);
          const sent = phase.step === 'sending' ? (phase.fraction ?? 0) : 1;
          options.onPhase({ step: 'sending', fraction: (from + sent * (end - from)) / file.size });
        },
      });
      abort = request.abort;
      if (aborted) request.abort();
      const result = await request.promise;
      results.push(part === 1 ? result : await withoutHeader(result));
      start = end;
    }
    const url = URL.createObjectURL(new Blob(results, { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `hygie-conservation-${params.asOf}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  })();
  return {
    promise,
    abort: () => {
      aborted = true;
      abort();
    },
  };
}
