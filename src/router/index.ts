import { nextTick } from 'vue'
import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import type { VaultState } from '../../electron/contract'
import { useSettingsStore } from '../stores/settings'
import { useVaultStore } from '../stores/vault'

declare module 'vue-router' {
  interface RouteMeta {
    /** The vault state in which this route may show; any other state redirects to its own screen. */
    access: VaultState
  }
}

/**
 * Hash history: the app is served from app://mend/index.html (and a loopback server in tests),
 * where there is no server to answer deep links.
 */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: '/home' },
      {
        path: '/welcome',
        name: 'welcome',
        component: () => import('../views/WelcomeView.vue'),
        meta: { access: 'none' },
      },
      {
        path: '/restore',
        name: 'restore',
        component: () => import('../views/RestoreView.vue'),
        meta: { access: 'none' },
      },
      {
        path: '/unlock',
        name: 'unlock',
        component: () => import('../views/UnlockView.vue'),
        meta: { access: 'locked' },
      },
      {
        path: '/recover',
        name: 'recover',
        component: () => import('../views/RecoverView.vue'),
        meta: { access: 'locked' },
      },
      {
        path: '/damaged',
        name: 'damaged',
        component: () => import('../views/DamagedView.vue'),
        meta: { access: 'damaged' },
      },
      { path: '/home', name: 'home', component: () => import('../views/HomeView.vue'), meta: { access: 'unlocked' } },
      {
        path: '/recovery-key',
        name: 'recovery-key',
        component: () => import('../views/RecoveryKeyView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        // Three short screens after a new vault's recovery key; shown once (settings.onboardingDone).
        path: '/introduction',
        name: 'onboarding',
        component: () => import('../views/OnboardingView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/journal',
        name: 'journal',
        component: () => import('../views/JournalView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        // 'new' opens an empty editor; the entry is created by its first save.
        path: '/journal/:id(new|\\d+)',
        name: 'entry',
        component: () => import('../views/EntryView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/search',
        name: 'search',
        component: () => import('../views/SearchView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/trash',
        name: 'trash',
        component: () => import('../views/TrashView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/people',
        name: 'people',
        component: () => import('../views/PeopleView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/import',
        name: 'import',
        component: () => import('../views/ImportView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/plans',
        name: 'plans',
        component: () => import('../views/PlansView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/plans/new',
        name: 'plan-new',
        component: () => import('../views/PlanStartView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/plans/:id(\\d+)',
        name: 'plan',
        component: () => import('../views/PlanOverviewView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/plans/:id(\\d+)/:step(ownership|compassion|amends|action)',
        name: 'plan-step',
        component: () => import('../views/PlanStepView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/assessments',
        name: 'assessments',
        component: () => import('../views/AssessmentsView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/assessments/new',
        name: 'assessment-new',
        component: () => import('../views/AssessmentStartView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        // One screen with tabs (?tab=evidence, questions, check); the tab is not a route of its own.
        path: '/assessments/:id(\\d+)',
        name: 'assessment',
        component: () => import('../views/AssessmentView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/about-method',
        name: 'about-method',
        component: () => import('../views/AboutMethodView.vue'),
        meta: { access: 'unlocked' },
      },
      {
        path: '/settings',
        name: 'settings',
        component: () => import('../views/SettingsView.vue'),
        meta: { access: 'unlocked' },
      },
      { path: '/:pathMatch(.*)*', redirect: '/home' },
    ],
  })

  // Every navigation lands on a screen the vault's state allows: nothing behind the lock is
  // reachable by URL while locked, and a new recovery key is shown before anything else.
  router.beforeEach(async (to) => {
    const vault = useVaultStore()
    if (!vault.status) await vault.refreshStatus()
    if (to.meta.access !== vault.state) return { name: vault.screen }
    if (vault.pendingRecoveryKey && to.name !== 'recovery-key' && to.name !== 'settings')
      return { name: 'recovery-key' }
    if (to.name === 'recovery-key' && !vault.pendingRecoveryKey) return { name: 'home' }
    // Home is where creating and unlocking lead: a new vault's introduction comes first.
    if (to.name === 'home' && (await introductionPending())) return { name: 'onboarding' }
    return true
  })
  // The screen now drawn, for whoever must wait until a navigation has settled (the e2e tests
  // wait on this rather than on text that the previous screen might also show).
  router.afterEach((to, _from, failure) => {
    if (failure) return
    void nextTick(() => {
      document.documentElement.dataset['route'] = to.path
    })
  })
  return router
}

/** Whether the vault still waits for its introduction; settings that fail to load count as done. */
async function introductionPending(): Promise<boolean> {
  const settings = useSettingsStore()
  if (!settings.settings) await settings.load()
  return settings.settings?.onboardingDone === false
}
