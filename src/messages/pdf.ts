export const pdf = {
  /** src/components/pdf/pdf-options-form.ts: problems with the PDF password as typed. */
  passwordForm: {
    chooseAnother: 'Choose another password.',
    notTheSame: 'The two passwords are not the same.',
  },
  /** src/components/pdf/JournalPdfDialog.vue */
  journalPdfDialog: {
    /** The range of days in the PDF: "The first entry to today", "3 May 2026 to today". */
    range: (from: string, to: string) => `${from} to ${to}`,
    theFirstEntry: 'The first entry',
    today: 'today',
    exportJournalEntriesTo: 'Export journal entries to PDF',
    whichEntries: 'Which entries',
    from: 'From',
    to: 'To',
    tag: 'Tag',
    anyTag: 'Any tag',
    person: 'Person',
    anyone: 'Anyone',
    journal: 'Journal',
    /** The small line above the title in the sketch of the first page, as the PDF prints it. */
    kicker: 'Mend · Journal',
    theFirstDayMust: 'The first day must come before the last.',
    everyEntry: 'Every entry',
    tagged: 'Tagged',
    about: 'About',
    printed: 'Printed',
  },
  /** src/components/pdf/PdfExportDialog.vue: what every export dialog has (the journal's, a plan's). */
  pdfExportDialog: {
    exportToPdf: 'Export to PDF…',
    savePdf: 'Save PDF…',
    cancel: 'Cancel',
    stop: 'Stop',
  },
  /** src/components/pdf/PdfOptionsFields.vue */
  pdfOptionsFields: {
    paper: 'Paper',
    a4: 'A4',
    text21297Cm: '21 × 29.7 cm',
    letter: 'Letter',
    text8511In: '8.5 × 11 in',
    textSize: 'Text size',
    password: 'Password',
    optional: '(optional)',
    typeThePasswordAgain: 'Type the password again',
    aPasswordEncryptsThe: (PDF_PASSWORD_MIN_CHARS: string | number) =>
      `A password encrypts the PDF (AES-256): it opens only with it. At least ${PDF_PASSWORD_MIN_CHARS} characters, and hard to guess: a PDF can be tried far faster than your journal. Mend does not keep it, so it cannot be recovered.`,
    withoutAPasswordAnyone: 'Without a password, anyone who gets this PDF can read everything in it.',
    notProtected: 'Not protected.',
    iUnderstandThisPdf: 'I understand: this PDF will be readable by anyone who has the file.',
    thePdfWillBe: 'The PDF will be encrypted. Share the password separately from the file.',
  },
  /** src/components/pdf/PdfProgress.vue */
  pdfProgress: {
    pdfProgress: 'PDF progress',
    layingOutThePages: (done: string | number, total: string | number) =>
      `Laying out the pages: ${done} of ${total} parts`,
    waitingForTheSave: 'Waiting for the save dialog…',
  },
  /** src/components/pdf/PdfTitlePreview.vue */
  pdfTitlePreview: {
    aSketchOfThe: 'A sketch of the first page',
    aPrivateDocumentPrinted: 'A private document, printed from Mend.',
    private: 'Private',
    page1: 'Page 1',
    /** Caption under the title-page preview; withPassword is empty or withAPassword. */
    pageCaption: (pageSize: string | number, withPassword: string) => `Page 1, ${pageSize}${withPassword}`,
    withAPassword: ', with a password',
  },
} as const
