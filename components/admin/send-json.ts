// Browser-side calls to the admin API, and mapping its field errors ("sources[0].url") onto form
// fields ("sources.0.url") so each message appears next to its input.
export type ApiFieldError = { field: string; message: string };
export type ApiResult = { ok: boolean; status: number; body: unknown; message: string; fields: ApiFieldError[] };

export async function sendJson(method: string, url: string, body?: unknown): Promise<ApiResult> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => null);
  if (!response)
    return {
      ok: false,
      status: 0,
      body: null,
      message: "The server could not be reached. Check your connection and try again.",
      fields: [],
    };
  const parsed = (await response.json().catch(() => null)) as {
    error?: { message?: string; fields?: ApiFieldError[] };
  } | null;
  return {
    ok: response.ok,
    status: response.status,
    body: parsed,
    message: parsed?.error?.message ?? (response.ok ? "" : `The request failed (${response.status}).`),
    fields: parsed?.error?.fields ?? [],
  };
}

export function formFieldName(apiField: string): string {
  return apiField.replace(/\[(\d+)\]/g, ".$1");
}
