// The staff session: the admin token and role, kept in localStorage across reloads.
import { reactive } from 'vue'

export type Role = 'owner' | 'operator' | 'analyst'
const KEY = 'siyu.console.session'
const RANK: Record<Role, number> = { analyst: 1, operator: 2, owner: 3 }
export const ROLE_LABELS: Record<Role, string> = { owner: '店主', operator: '运营', analyst: '分析师' }

export interface Session {
  token: string
  role: Role
  username: string
  expiresAt: number // epoch ms
}

function load(): Session | null {
  try {
    const raw = localStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as Session) : null
  } catch {
    return null
  }
}

export const session = reactive<{ current: Session | null }>({ current: load() })

export function signIn(s: Session): void {
  session.current = s
  localStorage.setItem(KEY, JSON.stringify(s))
}

export function signOut(): void {
  session.current = null
  localStorage.removeItem(KEY)
}

export function isActive(): boolean {
  return session.current !== null && session.current.expiresAt > Date.now()
}

/** May the signed-in staff member act with `role`'s rights? */
export function can(role: Role): boolean {
  return session.current !== null && RANK[session.current.role] >= RANK[role]
}
