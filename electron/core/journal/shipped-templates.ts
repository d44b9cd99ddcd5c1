import type { EntryTemplate } from '../../contract/templates.contract'

/**
 * Starting points shipped with Mend, written for reflecting on broken and mended trust. Their
 * ids are stable (`builtin:*`): an entry or a user's habit may refer to them across versions.
 */
export const SHIPPED_TEMPLATES: readonly EntryTemplate[] = [
  {
    id: 'builtin:what-happened',
    name: 'What happened',
    description: 'Set down the facts before the feelings, while you still remember them clearly.',
    kind: 'reflection',
    title: 'What happened',
    body: [
      '## What happened, plainly',
      '',
      '',
      '## What I did, and what I did not do',
      '',
      '',
      '## What I would tell a friend who did the same',
      '',
    ].join('\n'),
    builtIn: true,
  },
  {
    id: 'builtin:their-side',
    name: 'From their side',
    description: 'Step into the other person’s day and name what this cost them.',
    kind: 'reflection',
    title: 'From their side',
    body: [
      '## What they felt when they found out',
      '',
      '',
      '## What it changed for them (plans, sleep, other people, how safe they feel)',
      '',
      '',
      '## What they might need to hear from me',
      '',
    ].join('\n'),
    builtIn: true,
  },
  {
    id: 'builtin:weekly-check',
    name: 'Weekly check-in',
    description: 'Look back at a week of keeping (or not keeping) your word.',
    kind: 'reflection',
    title: 'Week of ',
    body: [
      '## What I did this week that matched what I said',
      '',
      '',
      '## Where I slipped, and what I will do differently',
      '',
      '',
      '## Something I noticed about them, or about us',
      '',
    ].join('\n'),
    builtIn: true,
  },
  {
    id: 'builtin:deciding-to-trust',
    name: 'Deciding whether to trust again',
    description: 'When someone let you down: separate what they said from what they did.',
    kind: 'reflection',
    title: 'Where things stand',
    body: [
      '## What they have said',
      '',
      '',
      '## What they have actually done since',
      '',
      '',
      '## What I still need to see, and by when',
      '',
    ].join('\n'),
    builtIn: true,
  },
  {
    id: 'builtin:unsent-letter',
    name: 'Unsent letter',
    description: 'Write to them without sending it. Say the whole thing; nobody else will read it.',
    kind: 'letter',
    title: 'Dear ',
    body: '',
    builtIn: true,
  },
]
