import { MendError } from './errors'

/** Long work ended early because the journal was locked; whatever it had begun was undone. */
export function stoppedByLock(): MendError {
  return new MendError('LOCKED', 'The journal was locked before this finished, so nothing was changed.')
}

/** Long work ended early because the person cancelled it; whatever it had begun was undone. */
export function stoppedByCancel(): MendError {
  return new MendError('CANCELLED', 'Cancelled. Nothing was changed.')
}
