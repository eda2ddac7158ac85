/** Requests to the studio's server; the token read from the page travels in a header. */
const token = document.querySelector<HTMLMetaElement>('meta[name="naskah-token"]')?.content ?? '';

export type Path = (string | number)[];

export interface Note {
  path: Path;
  severity: 'error' | 'warning';
  message: string;
  rule?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: { key: string; message: string }; notes?: Note[]; version?: string; data?: unknown },
  ) {
    super(body.error?.message ?? `HTTP ${status}`);
  }
}

export async function call<T>(method: 'GET' | 'POST', target: string, body?: unknown, lang = 'id'): Promise<T> {
  const raw = body instanceof Blob;
  const response = await fetch(`${target}${target.includes('?') ? '&' : '?'}lang=${lang}`, {
    method,
    headers: { 'x-naskah-token': token, ...(body !== undefined && !raw && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer as T;
}

/** An address for the browser itself to open (a download), with the token in it. */
export function address(target: string): string {
  return `${target}?token=${encodeURIComponent(token)}`;
}
