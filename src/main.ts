import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { apiClient } from './api/client'
import { createAppRouter } from './router'
import {
  installActivityReporter,
  installEventHandling,
  installFlushOnExit,
  installLockShortcut,
  installNewEntryShortcut,
} from './session'
import './styles/main.css'

const pinia = createPinia()
const router = createAppRouter()

const app = createApp(App)
app.use(pinia)
app.use(router)

installEventHandling(apiClient(), pinia, router)
installLockShortcut(window, pinia, router)
installNewEntryShortcut(window, pinia, router)
installActivityReporter(window, apiClient(), pinia)
installFlushOnExit(window, pinia)

void router.isReady().then(() => app.mount('#app'))
