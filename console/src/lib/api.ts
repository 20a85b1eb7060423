// The API client: same origin as the console (or VITE_API_URL), bearer token, JSON errors
// in zh-CN. A 401 ends the session and returns to the login page, remembering the page.
import { router } from '../router'
import { session, signOut } from './session'

export const API_URL: string = (import.meta.env.VITE_API_URL as string | undefined) ?? ''

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message)
  }
}

/** Field errors of a VALIDATION_ERROR, as `{field, message}`. */
export function fieldErrors(error: unknown): { field: string; message: string }[] {
  if (error instanceof ApiError && Array.isArray(error.details)) {
    return (error.details as { field?: string; message?: string }[]).map((d) => ({
      field: String(d.field ?? ''),
      message: String(d.message ?? ''),
    }))
  }
  return []
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Record<string, string | number | boolean | undefined>,
  idempotencyKey?: string,
): Promise<T> {
  const url = new URL(API_URL + path, window.location.origin)
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v))
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (session.current) headers.Authorization = `Bearer ${session.current.token}`
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
  let response: Response
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后再试', null)
  }
  const text = await response.text()
  const data: unknown = text ? JSON.parse(text) : null
  if (response.ok) return data as T
  const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error ?? {}
  if (response.status === 401 && session.current) {
    signOut()
    const here = router.currentRoute.value
    if (here.name !== 'login') await router.push({ name: 'login', query: { redirect: here.fullPath, expired: '1' } })
  }
  throw new ApiError(response.status, err.code ?? 'HTTP_' + response.status, err.message ?? `请求失败（${response.status}）`, err.details ?? null)
}

export const get = <T>(path: string, query?: Record<string, string | number | boolean | undefined>) => api<T>('GET', path, undefined, query)
/** A key for one user action: a retry of the same action sends the same key. */
export const newKey = (): string => crypto.randomUUID()
export const post = <T>(path: string, body?: unknown, key?: string) => api<T>('POST', path, body ?? {}, undefined, key)
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body)
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body)
export const del = <T>(path: string) => api<T>('DELETE', path)
