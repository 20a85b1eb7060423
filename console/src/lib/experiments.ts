// Experiment definitions as the API takes them (PUT /v1/admin/experiments/{key}).
import type { Module } from '../pages/modules'

export interface VariantDef {
  name: string
  weight: number
  module_overrides?: Record<string, Record<string, unknown>>
  layout?: Module[] | null
}

export interface ExperimentDef {
  key: string
  name: string
  page: string
  variants: VariantDef[]
  audience: { new_members_only: boolean; new_member_days: number; min_level_rank?: number | null; max_level_rank?: number | null }
  primary_metric: { event: 'OrderPaid'; window_days: number }
  minimum_detectable_effect: number
  baseline_rate: number
  start_at?: string | null
  stop_at?: string | null
}

export const STATUS_LABELS: Record<string, string> = { draft: '草稿', running: '进行中', stopped: '已停止' }
export const VERDICT_LABELS: Record<string, string> = {
  inconclusive: '样本不足，暂无结论',
  winner: '已有胜出组',
  no_difference: '无显著差异',
  sample_ratio_mismatch: '分流比例异常（SRM）',
}

export function status(d: ExperimentDef, now = new Date().toISOString()): 'draft' | 'running' | 'stopped' {
  if (!d.start_at || now < d.start_at) return 'draft'
  return !d.stop_at || now < d.stop_at ? 'running' : 'stopped'
}

export function blankExperiment(page = 'home'): ExperimentDef {
  return {
    key: '',
    name: '',
    page,
    variants: [
      { name: 'control', weight: 50 },
      { name: 'variant-b', weight: 50, module_overrides: {} },
    ],
    audience: { new_members_only: false, new_member_days: 30 },
    primary_metric: { event: 'OrderPaid', window_days: 7 },
    minimum_detectable_effect: 0.2,
    baseline_rate: 0.1,
  }
}
