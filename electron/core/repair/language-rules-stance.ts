import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * How the apology stands toward the hurt, in the shapes a second writer used when asked for
 * varied apologies (the probe of round 5), written here as families rather than phrases: the
 * condition put first or turned around ("Should anyone have been hurt", "insofar as"), the hurt
 * turned into their way of reading it ("was experienced as cold", "sounded blunt to you"), the
 * fault made a likelihood ("it appears the file was not attached"), and the matter closed by the
 * writer ("I won't be commenting further", "we good?"). Dialect: language-rules.ts; in a character
 * class write \x27 and \u2019.
 */

/** Who a condition is about: anyone, a group, or the writer's act. */
const CONDITION_SUBJECT =
  '(?:any|anyone|anybody|someone|somebody|my|our|I|we|the|this|that|it|you|u|anything|something|what I)'

/** Verbs of reception: how the words were taken rather than what they were. */
const RECEIVED =
  '(?:perceived|viewed|seen|understood|characteri[sz]ed|experienced|interpreted|construed|regarded|portrayed|framed|labell?ed|painted|branded|taken|received)'

export const STANCE_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  conditional: [
    {
      // The condition turned around or put in other words: "Should any constituent have been hurt",
      // "Were I to have said something", "insofar as", "in the event that my letter …",
      // "supposing I did forget", "where offence was taken".
      pattern: `(?:should|were)(?<![a-z0-9][^\\S\\r\\n]+(?:should|were)) ${CONDITION_SUBJECT}(?: [a-z\\x27\\u2019-]+){0,8}? (?:have|to have) [a-z]+|(?:insofar|in so far|inasmuch) as|in the event that (?:my|our|I|we|the|this|that|it|any)|(?:supposing|assuming) (?:that )?(?:I|we|the|it|this|that|my|our)(?: [a-z]+){0,4}? (?:did|was|were|had)|where (?:offen[cs]e|hurt|upset|harm|distress|difficult(?:y|ies)) (?:was|has been|were|have been|had been) (?:taken|caused|felt)|where (?:families|people|customers|parents|users|members|fans|some|others|anyone|residents|pupils|students|staff) (?:found|felt|were|have been|experienced)|to the (?:degree|extent) (?:that )?there (?:was|were|has been) any`,
    },
    {
      // A condition on the writer's act with words in between: "if my leaving early created any
      // issue", "if in any way my absence caused you embarrassment", "if any of our fans felt let
      // down", "if anyone's annoyed".
      pattern:
        "(?:if|in case)(?: in any way| at all)? (?:my|our|anything I (?:said|did|wrote)|something I (?:said|did|wrote)|what I (?:said|did|wrote))(?: [a-z\\x27\\u2019-]+){0,6}? (?:has |have |may have |might have )?(?:hurt|upset|offended|bothered|insulted|caused|created|led to|put (?:you|anyone)|made (?:you|anyone)|been a|ruined|spoil(?:ed|t)|affected|embarrassed|inconvenienced|disappointed|let (?:you|anyone) down|damaged|harmed|troubled|disrupted|worried|annoyed|angered)|if any(?: of)?(?: (?:our|my|the|you))?(?: [a-z]+)? (?:was|were|felt|feel|got|have been|has been|may have been|ended up|found)|if (?:anyone|anybody|someone|somebody)'s (?:a bit |at all |been )?(?:hurt|offended|upset|bothered|annoyed|angry|mad|put out|uncomfortable)|(?:to|for) (?:whoever|whomever) (?:was|were|felt|got|ended up|may have|might have|is|has been)",
    },
  ],
  'blame-feelings': [
    {
      // The hurt turned into their reading: "was experienced as cold", "were viewed as
      // appropriation by some", "customers perceived the change as unfair".
      pattern: `(?:was|were|been|be|being|is|are)(?: (?:widely|largely|sometimes|wrongly|unfairly|by some))? ${RECEIVED}(?: by (?:some|many|a few|others|people|certain|a number of)(?: [a-z]+)?)? as|(?:perceived|experienced|interpreted|construed|regarded|viewed)(?: [a-z\\x27\\u2019-]+){1,6}? as (?:an? |being |so |too )?[a-z]+`,
      unlessBefore: /\b(?:rightly|fairly|correctly|justly)\s*$/i,
    },
    {
      // How it sounded to them: "sounded blunt to you", "felt like abandonment to you", "read as
      // shady to u guys", "landed the way it did", "hit different for u", "to everyone's taste".
      pattern:
        "(?:sounded|seemed|felt|came off|come off|read(?! (?:it|this|that|them|aloud|out|these|those)(?![a-z]))|looked|appeared)(?: (?:as|like))?(?: (?:a|an|so|too|really|very|quite|rather))? [a-z-]+(?: [a-z-]+)? to (?:you|u|some|them|people|others|everyone|him|her|many|some of you|you all|u guys|you guys)(?![a-z])|(?:landed|came across|came out|went down|was received|was taken) (?:the way|how) it did|hit (?:different|differently|wrong) (?:for|with)|(?:to|for) everyone's (?:taste|liking)|come away with the impression|(?:an|the) impression (?:has|had|may have) (?:formed|been (?:given|created|formed))",
      negatable: false,
    },
    {
      // Sorry for what they feel or think: "sorry you all feel left out", "sorry you're feeling
      // insecure", "sorry you consider it unreasonable", "sorry it felt like I was ignoring you".
      pattern:
        "sorry (?:that )?(?:(?:you|u)(?: all| guys| lot)?|(?!(?:I|we|my|our|it|this|that|what)(?![a-z]))[a-z]+) (?:feels|feel|felt|(?:are|is|'re|'s) feeling|consider|considers|considered|reckon|reckons|think|thinks|believe|believes|perceive|perceives)(?! (?:the (?:pain|hurt|loss)|that way because I|I (?:owe|should)))|sorry (?:that )?(?:it|this|that|my [a-z]+) (?:felt|seemed|looked|sounded|came across) (?:like|as if|as though)",
      negatable: false,
    },
  ],
  hedging: [
    {
      // The fault made a likelihood: "it is possible that some customers were charged twice", "it
      // appears the file was not attached", "what appears to have been an error", "could
      // potentially have been better", "I probably shouldn't have said that".
      pattern:
        "it(?:'s| is| was) (?:possible|likely|conceivable|probable|fair to say)(?! to)(?! (?:that )?(?:you|your|u)(?![a-z]))(?: that)?|(?:it )?(?:seems|appears|would appear|would seem)(?: that)? (?:I|we|the|it|my|our|there)|what (?:appears|seems) to have been|(?:could|may|might) (?:potentially|possibly|perhaps|conceivably)(?: not)? (?:have )?[a-z]+|(?:may|might) not have (?:fully |always |quite )?(?:met|been|lived up|matched|reached)|(?:probably|possibly|perhaps|prob|maybe) (?:shouldn't|should not|should have|should've|was|got|could have|could've|wasn't)|I'd say I was|with the benefit of hindsight|perhaps my|it's like I",
      message: 'Saying it appears, or is possible, that it happened leaves them to prove what you already know.',
      suggestion:
        'Say it as a fact you own: "I gave you the wrong date" rather than "it appears I gave you the wrong date".',
    },
  ],
  'rushing-closure': [
    {
      // The matter closed by the writer: "it is time to move forward", "I won't be commenting
      // further", "we regard this chapter as closed", "can we please not keep dredging this up?",
      // "we good?", "the ball's in your court now".
      pattern:
        "time (?:for [a-z ]{1,30} )?to move (?:on|forward)|(?:want|wants|need|needs) (?:us|everyone|people|the country|you) to move on|(?:public|country|people|fans|everyone) (?:want|wants|need|needs) to move on|get back to (?:playing|work|the game|the show|normal|focusing|business|class)|(?:the )?focus (?:is|will be) (?:now )?(?:firmly |squarely )?on|(?:won't|will not|shan't) be (?:commenting|saying anything|discussing this|entering into)|no further (?:comment|correspondence)|(?:close|closed|closing) (?:this|the) (?:chapter|issue|matter|book)|(?:regard|consider) (?:this|the) (?:chapter|matter|issue) (?:as )?closed|forget about (?:it|this|that)|(?:stop|quit|not keep|not) (?:dredging|dragging|bringing|raking|digging) (?:this|it|that|the past|all this|things) up|(?:stop|quit) (?:going on about|harping on about|harping on|mentioning) (?:it|this|that)|happy now\\?|we good\\?|(?:are )?we okay now\\?|hold (?:this|it|that) over (?:me|us)|(?:revisit|rehash|go over) (?:this|it) again|not (?:discuss|talk about|mention) (?:this|it) again|the last (?:we|I|you) (?:speak|talk|hear) of (?:it|this)|no need to (?:reply|respond)|ball's in your court|(?:now )?can (?:I|we) (?:(?:please|just) )*(?:go|get) back to|onwards!",
      negatable: false,
    },
  ],
}
