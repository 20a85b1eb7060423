// Forms generated from the modules' JSON schemas (GET /v1/admin/page-modules): field kinds,
// zh-CN labels and the same limits the API checks, so most mistakes show before saving.
export interface JsonSchema {
  type?: string
  title?: string
  enum?: unknown[]
  const?: unknown
  default?: unknown
  anyOf?: JsonSchema[]
  $ref?: string
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  minLength?: number
  maxLength?: number
  pattern?: string
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  $defs?: Record<string, JsonSchema>
}

export const LABELS: Record<string, string> = {
  id: '模块 ID',
  title: '标题',
  category: '商品分类',
  product_ids: '商品 ID',
  limit: '展示数量',
  slides: '轮播图',
  image_url: '图片地址',
  link: '跳转链接',
  interval_ms: '轮播间隔（毫秒）',
  template_ids: '优惠券模板 ID',
  sale_ids: '秒杀活动 ID',
  show_countdown: '显示倒计时',
  campaign_id: '助力活动 ID',
  stream_id: '直播 ID',
  style: '样式',
  color: '主色',
  copy: '文案',
  coupon_template_id: '优惠券模板 ID',
  trigger: '触发方式',
  delay_seconds: '延迟（秒）',
  contact: '联系人',
  qr_code_url: '二维码地址',
  audience: '受众',
  new_members_only: '仅新会员可见',
  new_member_days: '新会员：注册天数内',
  min_level_rank: '最低会员等级',
  max_level_rank: '最高会员等级',
}

export const OPTION_LABELS: Record<string, string> = {
  classic: '经典',
  bold: '醒目',
  minimal: '简约',
  on_open: '打开页面时',
  after_delay: '延迟弹出',
  on_scroll: '滚动时',
  on_exit: '离开时',
  on_tap: '点击时',
}

export interface Field {
  name: string
  label: string
  kind: 'text' | 'number' | 'boolean' | 'select' | 'tags' | 'list' | 'object'
  schema: JsonSchema // the resolved schema (nullable unwrapped)
  required: boolean
  nullable: boolean
  options?: string[]
  item?: JsonSchema // list: the resolved item schema
}

export function resolve(s: JsonSchema, defs: Record<string, JsonSchema>): { schema: JsonSchema; nullable: boolean } {
  if (s.$ref) return resolve(defs[s.$ref.split('/').pop() ?? ''] ?? {}, defs)
  if (s.anyOf) {
    const rest = s.anyOf.filter((x) => x.type !== 'null')
    const inner = resolve(rest[0] ?? {}, defs)
    return { schema: { ...inner.schema, default: s.default ?? inner.schema.default }, nullable: rest.length < s.anyOf.length }
  }
  return { schema: s, nullable: false }
}

export function fields(schema: JsonSchema, defs: Record<string, JsonSchema>): Field[] {
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== 'kind')
    .map(([name, raw]) => {
      const { schema: s, nullable } = resolve(raw, defs)
      const base = { name, label: LABELS[name] ?? s.title ?? name, schema: s, required: required.has(name), nullable }
      if (s.enum) return { ...base, kind: 'select', options: s.enum.map(String) } as Field
      if (s.type === 'boolean') return { ...base, kind: 'boolean' } as Field
      if (s.type === 'integer' || s.type === 'number') return { ...base, kind: 'number' } as Field
      if (s.type === 'array') {
        const item = resolve(s.items ?? {}, defs).schema
        return { ...base, kind: item.type === 'object' ? 'list' : 'tags', item } as Field
      }
      if (s.type === 'object' || s.properties) return { ...base, kind: 'object' } as Field
      return { ...base, kind: 'text' } as Field
    })
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/** Messages by dotted path ("slides.0.image_url") for a value against its schema. */
export function validate(schema: JsonSchema, defs: Record<string, JsonSchema>, value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of fields(schema, defs)) {
    const v = value[f.name]
    const path = prefix + f.name
    const s = f.schema
    if (empty(v)) {
      if (f.required && s.default === undefined) out[path] = `请填写${f.label}`
      continue
    }
    if (typeof v === 'string') {
      if (s.minLength !== undefined && v.length < s.minLength) out[path] = `${f.label}至少 ${s.minLength} 个字符`
      else if (s.maxLength !== undefined && v.length > s.maxLength) out[path] = `${f.label}最多 ${s.maxLength} 个字符`
      else if (s.pattern && !new RegExp(s.pattern).test(v)) out[path] = patternMessage(f.label, s.pattern)
    } else if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) out[path] = `${f.label}不能小于 ${s.minimum}`
      else if (s.maximum !== undefined && v > s.maximum) out[path] = `${f.label}不能大于 ${s.maximum}`
    } else if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) out[path] = `${f.label}至少 ${s.minItems} 项`
      else if (s.maxItems !== undefined && v.length > s.maxItems) out[path] = `${f.label}最多 ${s.maxItems} 项`
      if (f.kind === 'list' && f.item)
        v.forEach((item, i) => Object.assign(out, validate(f.item!, defs, item as Record<string, unknown>, `${path}.${i}.`)))
    } else if (f.kind === 'object' && typeof v === 'object') {
      Object.assign(out, validate(s, defs, v as Record<string, unknown>, path + '.'))
    }
  }
  return out
}

function patternMessage(label: string, pattern: string): string {
  if (pattern.includes('https://')) return `${label}须以 https:// 或 / 开头`
  if (pattern.includes('#[0-9A-Fa-f]')) return `${label}须为 #RRGGBB 颜色`
  if (pattern.includes('a-z0-9_-')) return `${label}只能用小写字母、数字、- 和 _`
  return `${label}格式不正确`
}
