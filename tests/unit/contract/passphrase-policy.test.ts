import { describe, expect, it } from 'vitest'
import { MIN_ACCEPTABLE_BITS, assessPassphrase } from '../../../electron/contract/passphrase-policy'

describe('passphrase policy', () => {
  it.each([
    'short',
    'aaaaaaaaaaaaaaaa',
    'password1234',
    'qwertyuiop12',
    '1234567890abc',
    'iloveyouiloveyou',
    'Summer2024!',
  ])('refuses %j', (passphrase) => {
    const assessment = assessPassphrase(passphrase)
    expect(assessment.acceptable).toBe(false)
    expect(assessment.problem).toMatch(/.+\./)
  })

  it.each([
    'copper kettle 91 meadow whisper',
    'orchard lantern quietly 47 river',
    'Tr0ub4dor&3xq!',
    'ζωή και θάλασσα όμορφη',
  ])('accepts %j', (passphrase) => {
    const assessment = assessPassphrase(passphrase)
    expect(assessment.acceptable).toBe(true)
    expect(assessment.bits).toBeGreaterThanOrEqual(MIN_ACCEPTABLE_BITS)
  })

  it('says why a short one is refused', () => {
    expect(assessPassphrase('abc').problem).toContain('at least 10 characters')
  })

  it('rates longer random-looking text higher', () => {
    const levels = ['abcdefghij', 'kettle meadow', 'copper kettle meadow', 'copper kettle 91 meadow whisper'].map(
      (text) => assessPassphrase(text).strength,
    )
    expect([...levels].sort()).toEqual(levels)
    expect(levels[0]).toBeLessThan(levels[3]!)
  })
})
