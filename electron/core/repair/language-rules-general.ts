import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Round 9: the issue's own families in their general form, where the older tables knew them only
 * with a closed list of words. Found by writing our own variants of each family (not by reading a
 * batch) and seeing which the check missed: an "if" clause before the apology with any verb ("If
 * I've annoyed you, I'm sorry"), a reader's misreading said of a third person ("she misread what
 * we said"), words that "came across wrong", a good intention claimed in other words ("all I ever
 * wanted was", "my only aim was", "I had the best of intentions") and the act's size judged by how
 * it sounded. Each was then checked against the whole real corpus for the clean sentences it
 * would flag. The words of stress people put inside these phrases ("never, ever", "truly") are
 * blanked before the scan (withoutStress in language-text.ts). Dialect: language-rules.ts.
 */

/** Who may be said to have been hurt, after the verb of an "if" clause. */
const HURT_PERSON =
  "(?:you|anyone|anybody|someone|somebody|people|any of you|others|everyone|everybody|them|him|her|[a-z]+'s feelings)"

/**
 * Verbs that make an "if" clause a real condition or a plan rather than a hedge on the harm:
 * "if I had listened to you", "if I see you tomorrow", "if I tell you the truth".
 */
const NOT_A_HARM_VERB =
  "(?:had|could|would|should|were|was|am|are|is|can|will|did|do|don't|didn't|hadn't|wasn't|weren't|can't|need|needed|want|wanted|get|got|see|saw|go|come|tell|ask|say|know|knew|told|said|asked|let|give|gave|call|called|meet|met|love|loved|still|ever|just|only|really|left|lose|lost|thank|miss|missed|find|found|hear|heard|owe|owed|show|showed|help|helped|helps|trust|trusted|makes)(?![a-z])"

/** Someone else's misreading of the writer's words: "she misread what we said". */
const READERS =
  '(?:she|he|they|people|some people|many people|readers|viewers|listeners|fans|some of you|many of you|a few of you|some folks|folks|the media|the press|critics|the other side)'

export const GENERAL_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  conditional: [
    {
      // An "if" clause about the harm before the apology in the same sentence, with any verb:
      // "If I've annoyed you, I'm sorry", "if it offends anyone then I apologise". Not a plan
      // ("if I text you tonight I'll apologise"), nor a question reported ("I asked if it rattled you").
      pattern: `(?<!(?:remember|wonder|wondering|wondered|know|knew|ask|asked|see|sure|check|unsure|whether|decide|tell|told|even) )if (?:I|we|it|this|that|my [a-z]+|our [a-z]+|what I [a-z]+|anything I [a-z]+)(?:'ve| have| may have| might have| in any way| somehow){0,2} (?!${NOT_A_HARM_VERB})[a-z]+(?: off| out)? ${HURT_PERSON}(?![a-z])(?=[^.!?\\n]{0,120}(?:sorry|apologi|forgive))(?![^.!?\\n]{0,120}(?:'ll|will|would|'d|going to|plan to) (?:apologi|say sorry|make it up))`,
    },
    {
      // "Forgive me if it upset you": the condition after a plea rather than after "sorry", about
      // the harm ("forgive me if I ramble" asks patience for the letter).
      pattern:
        "(?:forgive me|pardon me) if (?:it|this|that|my [a-z]+|what I [a-z]+|anything I [a-z]+|I)(?:'ve| have| has| may have| might have)? (?:upset|upsets|hurt|hurts|offend|offends|offended|bother|bothers|bothered|annoy|annoys|annoyed|(?:came|comes|come) (?:across|off)|sounded|sounds|seemed|seems|caused)",
    },
  ],
  'blame-feelings': [
    {
      // The misreading said of someone else: "she misinterpreted what we said", "some of you
      // misread my post" (not "she misread the map because I gave her the wrong street").
      pattern: `${READERS} (?:misinterpreted|misunderstood|misread|misconstrued|twisted|took (?:it|this|that|my [a-z]+|what (?:I|we) [a-z]+) (?:the )?wrong(?: way)?) (?:what|my|our|it|this|that|me|us|how)`,
    },
    {
      // The words' effect put on the words: "it came across wrong", "my joke came out the wrong
      // way", "it did not come across the way I meant it" (not "I came across the wrong thread",
      // nor "the invoice came out wrong").
      pattern:
        "(?:it|that|this|what I (?:said|meant|wrote)|(?:my|the|our|that|this) (?:words?|comments?|jokes?|messages?|texts?|posts?|tweets?|remarks?|tone|email|apology|question|compliment|point)|things?|everything)(?: just)? (?:came|comes|come) (?:across|off|out) (?:the wrong way|wrong)|(?:didn't|did not|doesn't|does not|never) (?:come|came) (?:across|out|off) (?:the way|as|how) (?:I|we) (?:meant|intended|hoped|wanted)",
      negatable: false,
    },
  ],
  'intent-defense': [
    {
      // A good intention claimed in other words: "I had the best of intentions", "all I ever
      // wanted was for you to be happy", "my only aim was to help", "it's not that I meant it".
      pattern:
        "(?:I|we) (?:did |do )?(?:had|have)(?: only| nothing but)? (?:the )?(?:best|good|only good|pure|positive|kind) (?:of )?intentions?|all (?:I|we) (?:ever )?(?:wanted|tried|meant|hoped)(?: to do)? was (?:to|for)|(?:my|our) (?:only|sole|whole|one) (?:goal|aim|intention|intent|wish|purpose|concern) (?:was|had been) (?:to|for|that)|(?:it's|it is|it was) not that (?:I|we) (?:meant|wanted|intended|tried)|(?:it wasn't|it isn't) that (?:I|we) (?:meant|wanted|intended)",
      negatable: false,
    },
    {
      // "I only wanted to help", "I just wanted to protect you": a kind aim set against the act
      // (not "I just wanted to make you jealous").
      pattern:
        '(?:I|we) (?:only|just|simply|merely) (?:wanted|meant|tried|intended|hoped) to (?:help|protect|support|make (?:you|everyone) (?:happy|smile|laugh|proud|feel (?:better|good|safe|welcome|included))|make (?:things|it) (?:better|right|easier)|be (?:honest|helpful|kind|supportive|funny|there|nice)|keep (?:you|everyone|things|the peace)|do (?:right|the right thing|what was best|good)|lighten|cheer|look out)',
    },
  ],
  minimizing: [
    {
      // The act's size judged by how it sounded: "it sounded worse than it was".
      pattern:
        '(?:it|that|this) (?:sounded|sounds|looked|looks|seemed|seems|came across|reads|read) (?:a lot |much |far |way )?worse than it (?:was|is|really was|actually was)',
    },
  ],
  'blame-other': [
    {
      // Their reaction measured against what others would have done: "most people would have
      // laughed it off", "any other friend would have understood".
      pattern:
        "(?:most|other|normal|reasonable|many|any other) (?:people|person|men|women|parents|friends|girls|guys|partners?|wives|husbands|wife|husband) would(?: have|'ve)? (?:laughed|shrugged|brushed|let it go|gotten over|got over|moved on|forgotten|forgiven|understood|done the same|been fine|not (?:minded|cared|noticed))",
      negatable: false,
      // The writer measured against the others, not them: "most men would have understood; I didn't".
      unlessReadOn:
        /^[^.!?]*?[;,]\s*(?:but\s+|and\s+)?I\s+(?:didn['’]?t|did\s+not|wasn['’]?t|was\s+not|couldn['’]?t|could\s+not)\b/i,
    },
  ],
}
