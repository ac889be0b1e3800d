/** An API error carrying the server's French message (and the field at fault, if any). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Calls the Hygie API; every failure becomes an ApiError with a message a person can read. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new ApiError(0, 'network', 'Hygie ne répond pas : vérifiez que le serveur est démarré.');
  }
  const body = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const { code = 'error', message = `Erreur ${response.status}`, field } = (body ?? {}) as Record<string, string>;
    throw new ApiError(response.status, code, message, field);
  }
  return body as T;
}
