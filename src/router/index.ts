import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import { useVaultStore, type VaultScreen } from '../stores/vault'

declare module 'vue-router' {
  interface RouteMeta {
    /** The only vault screen state in which this route may show. */
    screen: VaultScreen
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
        meta: { screen: 'welcome' },
      },
      {
        path: '/unlock',
        name: 'unlock',
        component: () => import('../views/UnlockView.vue'),
        meta: { screen: 'unlock' },
      },
      { path: '/home', name: 'home', component: () => import('../views/HomeView.vue'), meta: { screen: 'home' } },
      { path: '/:pathMatch(.*)*', redirect: '/home' },
    ],
  })

  // Every navigation lands on the screen the vault's state allows: nothing behind the lock
  // is reachable by URL while locked.
  router.beforeEach(async (to) => {
    const vault = useVaultStore()
    if (!vault.status) await vault.refreshStatus()
    if (to.meta.screen !== vault.screen) return { name: vault.screen }
    return true
  })
  return router
}
