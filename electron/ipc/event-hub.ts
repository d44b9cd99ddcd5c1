import type { MendEvent } from '../contract'
import { silentLogger, type Logger } from '../core/ports'

export type EventListener = (event: MendEvent) => void

/** Fans main-side events out to whichever transports are attached. */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  constructor(private readonly logger: Logger = silentLogger) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Never throws: a closed window's transport failing must not undo a lock or skip other listeners. */
  emit(event: MendEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch (error) {
        this.logger.error(`a listener failed on ${event.type}`, error)
      }
    }
  }
}
