import { MendError } from '../errors'

/**
 * A breach has happened by definition: a day still to come is refused (plans and assessments),
 * so no figure or sentence ever counts days to it. A breach already stored on a day that is
 * "tomorrow" after a flight west is kept when other fields are saved: only a new day is checked.
 */
export function checkBreachDay(occurredOn: string, today: string, stored?: string): void {
  if (occurredOn > today && occurredOn !== stored) {
    throw new MendError('INVALID_INPUT', 'That day has not come yet. Choose the day it happened.', {
      field: 'breach.occurredOn',
    })
  }
}
