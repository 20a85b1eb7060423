// Page modules as the console draws them: labels, the preview box heights (kept in step with
// infra/siyu_local/demo/reports.py, whose simulated taps fall inside these boxes) and which
// kinds float over the page instead of taking space.
export type Module = Record<string, unknown> & { id: string; kind: string }

export const KIND_LABELS: Record<string, string> = {
  banner_carousel: '轮播图',
  product_list: '商品列表',
  recommended_products: '为你推荐',
  coupon_block: '优惠券',
  checkin_entry: '签到入口',
  flash_sale_strip: '秒杀条',
  assist_entry: '助力入口',
  live_entry: '直播入口',
  first_order_popup: '首单弹窗',
  customer_service_popup: '客服弹窗',
}

export const HEIGHTS: Record<string, number> = {
  banner_carousel: 150,
  checkin_entry: 64,
  product_list: 260,
  recommended_products: 260,
  coupon_block: 96,
  flash_sale_strip: 96,
  assist_entry: 72,
  live_entry: 72,
}

export const isOverlay = (m: Module): boolean => !(m.kind in HEIGHTS)

/** Tracked page path of a layout page (the mini-program's route), for heatmaps. */
export const TRACKED_PATH: Record<string, string> = { home: 'pages/index/index' }

/** A new module of `kind` with the fields its schema requires filled with examples. */
export function blankModule(kind: string, id: string): Module {
  const base: Module = { id, kind }
  switch (kind) {
    case 'banner_carousel':
      return { ...base, slides: [{ image_url: 'https://cdn.example.com/banner.jpg' }] }
    case 'product_list':
      return { ...base, title: '人气推荐', category: 'milk-tea', limit: 6 }
    case 'coupon_block':
      return { ...base, template_ids: ['tpl-new'], title: '领券中心' }
    case 'assist_entry':
      return { ...base, campaign_id: 'assist-demo', title: '好友助力' }
    case 'first_order_popup':
      return { ...base, copy: '新人首单立减 5 元', style: 'classic', trigger: 'on_open' }
    case 'customer_service_popup':
      return { ...base, contact: '店长', qr_code_url: 'https://cdn.example.com/qr.png' }
    default:
      return base
  }
}

/** A variant's layout: the base with a variant's module overrides merged (the server's rule). */
export function applyOverrides(layout: Module[], overrides: Record<string, Record<string, unknown>>): Module[] {
  return layout.map((m) => ({ ...m, ...(overrides[m.id] ?? {}) }) as Module)
}
