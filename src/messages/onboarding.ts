/** The three-screen introduction shown once after the vault is created. */
export const onboarding = {
  label: 'Introduction to Mend',
  progress: (step: number, of: number) => `Step ${step} of ${of}`,
  next: 'Next',
  finish: 'Start writing',
  skip: 'Skip the introduction',
  keys: 'Enter for next, Escape to skip.',
  steps: [
    {
      title: 'Your journal',
      paragraphs: [
        'A quiet place to write down what happened and how it felt, in your own words. Nobody reads it but you.',
        'Writing things out often shows what you want to do next. Write as often, or as little, as helps.',
      ],
    },
    {
      title: 'Repair plans',
      paragraphs: [
        'When you have broken someone’s trust, a plan walks you through four steps: own what you did, see the hurt from their side, make amends, and show change by what you do over time.',
        'It helps you find words without excuses, and keeps track of what you said you would do.',
      ],
    },
    {
      title: 'Trust assessments',
      paragraphs: [
        'When someone has hurt you, an assessment helps you notice whether they are walking those same steps: what they said, what they did, and how that held over time.',
        'It shows you the evidence, never a verdict. The decision stays yours.',
        'If you are being hurt or threatened, your safety comes first: Mend is not made for that, and people you trust can help.',
      ],
    },
  ],
} as const
