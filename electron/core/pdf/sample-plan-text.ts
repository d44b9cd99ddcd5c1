import type { AmendHorizon, AmendStatus } from '../../contract/plan-values'

/**
 * The words of the built-in sample plan (`mend export-pdf --sample`, the tests, the README's
 * pictures). Invented, and written to exercise the page: accents (Eléna, Zürich, Müller), Greek
 * (αβγό, Ω), Cyrillic (Ксения), emoji, Markdown lists, bold, italic and a quote.
 */

export const SAMPLE_PERSON = 'Eléna Papadaki'
export const SAMPLE_SISTER = 'Ксения'
export const SAMPLE_TITLE = 'Rebuilding trust with Eléna'

export const SAMPLE_WHAT_HAPPENED =
  'Over three evenings in February I read Eléna’s private messages on her phone. When she asked me about it, ' +
  'I said I had not. I kept to that lie for four days, until she showed me the phone’s log.'

export const SAMPLE_OWNERSHIP = `I read Eléna’s messages on her phone while she was out of the room, on **three separate evenings** in February. When she asked me straight out on 3 March, I told her I had not. That was a lie, and it was wrong.

What I did:

- I went through her private conversations without asking her.
- I *lied to her face* when she asked me directly.
- I kept lying for four days, until she showed me the log on her phone.

I did this. I was jealous of her new colleague, and instead of telling her so, I went behind her back. I broke her trust, and I am sorry.`

export const SAMPLE_COMPASSION = `Eléna felt watched in her own home. She told me she now checks whether her phone has been moved, and that she has stopped writing to her sister ${SAMPLE_SISTER} about anything personal, because she cannot be sure who reads it.

The lie hurt her more than the reading. For four days she doubted her own memory, and I let her.

> «Я больше не знаю, чему верить.» (*I no longer know what to believe.*) She wrote that to ${SAMPLE_SISTER} in Russian, so that I could not read it. 💔

Her grandmother in Θεσσαλονίκη used to say that trust is like an **αβγό**, an egg: it cracks easily, and it does not mend itself.`

export const SAMPLE_PRIVATE_NOTES =
  'Ask Dr. Müller about **my jealousy itself**, on my own: not in the sessions we go to together.'

export const SAMPLE_AMENDS: ReadonlyArray<{
  description: string
  horizon: AmendHorizon
  status: AmendStatus
  dueOn: string | null
  note: string
}> = [
  {
    description: 'Tell her the whole truth about what I read and when, leaving nothing out',
    horizon: 'now',
    status: 'done',
    dueOn: '2026-03-10',
    note: 'We sat at the kitchen table for two hours. She asked; I answered everything.',
  },
  {
    description: 'Give her my phone’s passcode, and show her my messages whenever she asks',
    horizon: 'now',
    status: 'done',
    dueOn: null,
    note: 'Her choice whether to ever use it. She asked once, in April.',
  },
  {
    description: 'Cook her grandmother’s αυγολέμονο soup on Sunday, the way she made it the night we met 🍋',
    horizon: 'now',
    status: 'done',
    dueOn: '2026-03-15',
    note: '',
  },
  {
    description: 'Pay for our sessions with Dr. Müller in Zürich (€120 each), for as long as she wants to go',
    horizon: 'over-time',
    status: 'planned',
    dueOn: '2026-12-31',
    note: 'Every other Thursday. Never bring up the cost.',
  },
  {
    description: `Write to ${SAMPLE_SISTER} myself, to apologise for the strain I put on their talks`,
    horizon: 'over-time',
    status: 'declined',
    dueOn: null,
    note: 'Eléna asked me not to contact her sister. I respect that.',
  },
]

export const SAMPLE_COMMITMENTS = [
  {
    behaviour: 'Leave my phone face-up and unlocked on the hall table every evening',
    cadence: { kind: 'daily' as const },
  },
  {
    behaviour: 'Sunday walk: ask how she is, and listen without defending myself',
    cadence: { kind: 'weekly' as const, weekday: 0 },
  },
  {
    behaviour: 'Tell her, without being asked, where I am and with whom when I am out after 7 pm',
    cadence: { kind: 'days' as const, weekdays: [1, 3, 5] },
  },
]

/** Notes a kept (or not applicable) day may carry, per commitment above; empty strings are days without one. */
export const SAMPLE_CHECK_IN_NOTES: readonly (readonly string[])[] = [
  [
    'She noticed, and said thank you.',
    'At my parents’ in Zürich: left it on their hall table instead 🙂',
    '',
    '',
    '',
    '',
  ],
  [
    `Walk by the river; she talked about ${SAMPLE_SISTER} 🙏`,
    'Δεν ήταν εύκολο (it was not easy), but I listened to the end.',
    'Rain, so we walked to the café and back ☕',
    '',
  ],
  ['Texted from the station: with Tomás, home by ten 👍🏽', 'Told her before she asked.', '', '', ''],
]

/** What a missed day's note says, per commitment. */
export const SAMPLE_MISSED_NOTES: readonly string[] = [
  'Forgot until the morning. Told her at breakfast.',
  'Skipped it to watch the match. She noticed, and I said so.',
  'Stayed late at work and did not text. Told her the next morning.',
]

export const SAMPLE_ENTRIES = [
  {
    title: 'The evening she found out',
    entryDate: '2026-03-03T22:40',
    mood: 1,
    tags: ['honesty', 'turning point'],
    body: `She held out her phone and showed me the log. I said nothing for a long time.

What I keep thinking:

1. She **asked** me first. She gave me the chance to tell the truth, and I did not take it.
2. The reading was a choice. The lie was a second choice.

Tomorrow I tell her everything, *without* explaining it away.`,
  },
  {
    title: 'First Sunday walk 🌿',
    entryDate: '2026-09-13T18:05',
    mood: 3,
    tags: ['walks'],
    body: `We walked to the bridge and back. She did most of the talking, about work and about ${SAMPLE_SISTER}'s new flat in Київ.

Near the end I wrote a note and gave it to her at home: «Συγγνώμη. Ω, πόσο λυπάμαι.» She read it twice and put it in her coat pocket. Not forgiveness, and I did not ask for it, but a beginning.`,
  },
]
