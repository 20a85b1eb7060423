import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { ElMessage } from 'element-plus'
import { can, isActive, type Role } from './lib/session'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    role?: Role // the least role that may open it
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { title: '登录' } },
  {
    path: '/',
    component: () => import('./views/ShellLayout.vue'),
    children: [
      { path: '', redirect: { name: 'dashboard' } },
      { path: 'dashboard', name: 'dashboard', component: () => import('./views/DashboardView.vue'), meta: { title: '经营概览', role: 'analyst' } },
      { path: 'analytics/:tab?', name: 'analytics', component: () => import('./views/AnalyticsView.vue'), meta: { title: '数据分析', role: 'analyst' } },
      { path: 'experiments', name: 'experiments', component: () => import('./views/ExperimentsView.vue'), meta: { title: 'A/B 实验', role: 'analyst' } },
      { path: 'experiments/:key', name: 'experiment', component: () => import('./views/ExperimentResultsView.vue'), meta: { title: '实验结果', role: 'analyst' } },
      { path: 'pages/:page?', name: 'pages', component: () => import('./views/PageBuilderView.vue'), meta: { title: '页面搭建', role: 'operator' } },
      { path: 'coupons', name: 'coupons', component: () => import('./views/CouponsView.vue'), meta: { title: '优惠券', role: 'analyst' } },
      { path: 'campaigns', name: 'campaigns', component: () => import('./views/CampaignsView.vue'), meta: { title: '营销活动', role: 'analyst' } },
      { path: 'tags', name: 'tags', component: () => import('./views/TagsView.vue'), meta: { title: '标签与人群', role: 'analyst' } },
      { path: 'push', name: 'push', component: () => import('./views/PushView.vue'), meta: { title: '定向推送', role: 'analyst' } },
      { path: 'members', name: 'members', component: () => import('./views/MembersView.vue'), meta: { title: '会员', role: 'analyst' } },
      { path: 'orders', name: 'orders', component: () => import('./views/OrdersView.vue'), meta: { title: '订单', role: 'analyst' } },
      { path: 'pickup', name: 'pickup', component: () => import('./views/PickupView.vue'), meta: { title: '取餐台', role: 'operator' } },
      { path: 'settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { title: '店铺设置', role: 'analyst' } },
      { path: 'staff', name: 'staff', component: () => import('./views/StaffView.vue'), meta: { title: '员工账号', role: 'owner' } },
    ],
  },
  { path: '/:rest(.*)*', redirect: { name: 'dashboard' } },
]

export const router = createRouter({ history: createWebHistory(import.meta.env.BASE_URL), routes })

router.beforeEach((to) => {
  if (to.name === 'login') return true
  if (!isActive()) return { name: 'login', query: { redirect: to.fullPath } }
  if (to.meta.role && !can(to.meta.role)) {
    ElMessage.error('没有权限打开此页面')
    return { name: 'dashboard' }
  }
  return true
})

router.afterEach((to) => {
  document.title = `${to.meta.title ?? ''} · 私域运营后台`
})
