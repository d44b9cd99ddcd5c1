import type { MendEvent } from '../contract'

export type EventListener = (event: MendEvent) => void

/** Fans main-side events out to whichever transports are attached. */
export class EventHub {
  private readonly listeners = new Set<EventListener>()

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: MendEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}
