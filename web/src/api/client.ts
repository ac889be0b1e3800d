/** An API error carrying the server's French message (and the field at fault, if any). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The problem as a plain sentence, without the field's technical name (validation errors). */
    readonly detail?: string,
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;
const activityListeners = new Set<() => void>();
const unauthorizedListeners = new Set<() => void>();

/** The session's anti-forgery token, sent back on every change (from sign-in and GET /me). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called after every successful request: the server then extends the idle timeout. */
export function onActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** Called when the server answers 401 to a signed-in page: the session has ended. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (init.body !== undefined && typeof init.body === 'string') headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`/api${path}`, { ...init, method, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Hygie ne répond pas : vérifiez que le serveur est démarré, puis réessayez.');
  }
}

async function fail(response: Response, quiet401: boolean): Promise<never> {
  const body = (await response.json().catch(() => undefined)) as Record<string, string> | undefined;
  if (response.status === 401 && !quiet401) for (const listener of unauthorizedListeners) listener();
  throw new ApiError(
    response.status,
    body?.code ?? 'error',
    body?.message ?? `Erreur ${response.status}`,
    body?.field,
    body?.detail,
  );
}

export interface ApiOptions extends Omit<RequestInit, 'body'> {
  body?: unknown;
  /** A 401 is an expected answer here (sign-in pages): do not treat it as an ended session. */
  quiet401?: boolean;
}

/** Calls the Hygie API with JSON; every failure becomes an ApiError with a message a person can read. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const { body, quiet401 = false, ...init } = options;
  const response = await send(path, { ...init, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (!response.ok) return fail(response, quiet401);
  for (const listener of activityListeners) listener();
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Downloads a file the API produces (PDF, CSV, backup) and saves it under its proposed name. */
export async function download(path: string, options: ApiOptions = {}): Promise<void> {
  const { body, ...init } = options;
  const response = await send(path, { ...init, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  if (!response.ok) return fail(response, false);
  for (const listener of activityListeners) listener();
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const name = (encoded && decodeURIComponent(encoded)) || /filename="([^"]+)"/.exec(disposition)?.[1] || 'hygie';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Sends a file or raw bytes (an e-mail to analyse) and reads the JSON answer. A `FormData` goes as
 * multipart (the browser sets the boundary); a `Blob` goes as is, with its own type.
 */
export async function upload<T>(
  path: string,
  body: FormData | Blob,
  options: Omit<ApiOptions, 'body'> = {},
): Promise<T> {
  const { quiet401 = false, headers, ...init } = options;
  const type: Record<string, string> = body instanceof Blob && body.type ? { 'content-type': body.type } : {};
  const response = await send(path, {
    method: 'POST',
    ...init,
    headers: { ...(headers as Record<string, string>), ...type },
    body,
  });
  if (!response.ok) return fail(response, quiet401);
  for (const listener of activityListeners) listener();
  return (await response.json()) as T;
}
