// One way for every staff action: ask first when it cannot be undone, call the API, then
// show the success or the API's own zh-CN message (with the fields a VALIDATION_ERROR names).
import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError, fieldErrors } from './api'

export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return '操作失败'
  const fields = fieldErrors(e).filter((f) => f.field)
  return fields.length ? `${e.message}：${fields.map((f) => f.field + (f.message ? ' ' + f.message : '')).join('；')}` : e.message
}

export async function confirmed(text: string, title = '请确认', button = '确定'): Promise<boolean> {
  return ElMessageBox.confirm(text, title, { type: 'warning', confirmButtonText: button, cancelButtonText: '取消' })
    .then(() => true)
    .catch(() => false)
}

/** Run `fn`; on success show `done` and return its result, on failure the API's message and null. */
export async function act<T>(fn: () => Promise<T>, done: string, confirm?: string): Promise<T | null> {
  if (confirm && !(await confirmed(confirm))) return null
  try {
    const result = await fn()
    ElMessage.success(done)
    return result
  } catch (e) {
    ElMessage.error(errorText(e))
    return null
  }
}

/** Load something for a screen; a failure shows the API's message and returns null. */
export async function load<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn()
  } catch (e) {
    ElMessage.error(errorText(e))
    return null
  }
}

/** ISO time → "MM-DD HH:mm" in Asia/Shanghai. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
}

/** An ISO time `days` from now (default datetimes in create forms). */
export const inDays = (days: number, hours = 0): string => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString()
