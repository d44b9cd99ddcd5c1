/**
 * The time zone of every test core (and of the Electron target's test build,
 * electron/main/testing/e2e-main.ts): not UTC, so that a day computed in the wrong zone shows.
 * Whatever computes "today" beside such a core (the browser page, a spec's own date helpers)
 * must use the same zone, or it disagrees with the core for an hour a day.
 */
export const TEST_TIME_ZONE = 'Europe/Berlin'
