import { runMendProcess } from './main'

// The `mend` command: `npm run mend -- <command>` (tsx) or bin/mend.js (the built out/cli/index.js).
runMendProcess()
