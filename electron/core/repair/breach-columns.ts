import { z } from 'zod'
import { BreachKind, breachKinds, type Breach } from '../../contract/plans.contract'
import { cleanText } from '../journal/journal-text'

/**
 * A breach as plans and assessments store it: the kinds as a JSON list beside `breach_kind`,
 * the first one chosen (see migration 0010). Shared so both read old rows the same way.
 */
export interface BreachRow {
  what_happened: string
  occurred_on: string
  severity: number
  breach_kind: Breach['kind']
  /** JSON array of kinds; '[]' or damaged reads as just `breach_kind`. */
  breach_kinds: string
  involved_deception: number
}

function storedKinds(text: string): Breach['kind'][] {
  try {
    const parsed = z.array(BreachKind).safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

export function breachFromRow(row: BreachRow): Breach {
  const kind = row.breach_kind
  return {
    whatHappened: row.what_happened,
    occurredOn: row.occurred_on,
    severity: row.severity,
    kind,
    kinds: breachKinds({ kind, kinds: storedKinds(row.breach_kinds) }),
    involvedDeception: row.involved_deception === 1,
  }
}

/** The named parameters every breach write binds: @whatHappened ... @deception. */
export function breachColumns(breach: Breach) {
  return {
    whatHappened: cleanText(breach.whatHappened),
    occurredOn: breach.occurredOn,
    severity: breach.severity,
    kind: breach.kind,
    kinds: JSON.stringify(breachKinds(breach)),
    deception: breach.involvedDeception ? 1 : 0,
  }
}
