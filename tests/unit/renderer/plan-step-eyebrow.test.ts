import { describe, expect, it } from 'vitest'
import { messages } from '../../../src/messages'

const eyebrow = messages.plans.planStepView.with

describe("a plan step's eyebrow", () => {
  it('names the person once when the title already does', () => {
    expect(eyebrow('Repairing things with Robin', 'Robin')).toBe('Repairing things with Robin')
  })

  it('adds them when the title is the writer’s own', () => {
    expect(eyebrow('The award night', 'Robin')).toBe('The award night · with Robin')
  })
})
