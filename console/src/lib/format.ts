export const yuan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : '¥' + (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
export const pct = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined ? '—' : (v * 100).toFixed(digits) + '%'
export const int = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toLocaleString('zh-CN'))

/** YYYY-MM-DD of a day in Asia/Shanghai, `offset` days from today. */
export function shanghaiDay(offset = 0, from: Date = new Date()): string {
  const d = new Date(from.getTime() + offset * 86_400_000)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)
}
