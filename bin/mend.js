#!/usr/bin/env node
'use strict'
// The `mend` command: checks the Node version, then runs the built CLI (npm run build makes it).

const major = Number(process.versions.node.split('.')[0])
if (major < 22) {
  process.stderr.write(
    `mend needs Node 22 or newer (this is Node ${process.versions.node}), because its encrypted database module crashes on older versions.\n`,
  )
  process.exit(1)
}

const path = require('node:path')
const fs = require('node:fs')
const cli = path.join(__dirname, '..', 'out', 'cli', 'index.js')
if (!fs.existsSync(cli)) {
  process.stderr.write('mend is not built yet: run npm run build in the Mend folder first.\n')
  process.exit(1)
}
require(cli)
