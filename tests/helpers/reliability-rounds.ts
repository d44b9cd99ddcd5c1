import { randomBetween, sleep, type TestChild } from './child-process'

/**
 * How many rounds a crash or fault loop runs. `npm run test:reliability` sets
 * MEND_RELIABILITY=full for the counts the reliability issue asks for; every other run (npm test,
 * CI, a single file) runs a representative number that keeps the file within about a minute
 * on a busy two-core machine.
 */
export const FULL_RELIABILITY = process.env.MEND_RELIABILITY === 'full'

export function reliabilityRounds(representative: number, full: number): number {
  return FULL_RELIABILITY ? full : representative
}

/** A vitest timeout for `rounds` rounds of about `msPerRound` each, with room for a loaded machine. */
export function roundsTimeout(rounds: number, msPerRound: number): number {
  return 30_000 + rounds * msPerRound * 3
}

/** Where a round kills: inside the phase that the child's line `after` starts. */
export interface KillPoint {
  /** The child's line that starts the phase. */
  after: string
  /** The kill comes at a random moment up to this long after that line. */
  withinMs: number
}

/** Round `round` (1-based) takes the points in turn, so even a short run kills in every phase. */
export function killPointFor(round: number, points: readonly KillPoint[]): KillPoint {
  return points[(round - 1) % points.length]!
}

/**
 * Kills `child` at a random moment inside a phase it announces. Aiming at the child's own lines
 * rather than at times measured beforehand keeps every phase covered however loaded the machine is.
 */
export async function killAt(child: TestChild, point: KillPoint): Promise<void> {
  await child.waitForLine(point.after)
  await sleep(randomBetween(0, point.withinMs))
  await child.killHard()
}
