import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { apiClient } from './api/client'
import { takeBridgeToken } from './api/http-bridge-client'
import { installMenuCommands } from './menu-commands'
import { installOpenedBackupOffer } from './opened-backup'
import { createAppRouter } from './router'
import { installActivityReporter, installEventHandling, installFlushOnExit } from './session'
import { installShortcuts } from './shortcuts'
import { installTheme } from './theme'
import './styles/main.css'

// In a plain browser (tests, the development preview) the link carries the bridge's token: take
// it before the router reads the URL. Inside the app there is no bridge and no token.
if (!window.mend) takeBridgeToken(window)

const pinia = createPinia()
const router = createAppRouter()

const app = createApp(App)
app.use(pinia)
app.use(router)

// Before the first screen mounts: the locked screens already show the chosen theme.
installTheme(pinia)
installEventHandling(apiClient(), pinia, router)
installShortcuts(window, { pinia, router, document })
installMenuCommands(router, { pinia, document, window })
installOpenedBackupOffer(router, pinia)
installActivityReporter(window, apiClient(), pinia)
installFlushOnExit(window, pinia)

void router.isReady().then(() => app.mount('#app'))
