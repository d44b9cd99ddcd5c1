import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * Families read in the thirteenth and fourteenth blind batches' misses after their first scores
 * were recorded, most of them from letters between people (weddings, grandparents, a teenager to
 * parents, an affair, a dog walker, former staff): their own wrong set beside the writer's ("you
 * cheated too"), a cause the writer blames ("I blame the wine"), a record told as a lifetime ("I've
 * never missed a match in my life"), an intent argued from what the writer would otherwise have
 * done ("if I had wanted to hurt you, I would have"), the act as the way of things ("stuff
 * happens", "a one-off"), harm with no doer ("the damage is done") and the past closed ("we can't
 * dwell on the past"). Examples here are in our own words. Dialect: language-rules.ts; in a
 * character class write \x27 and \u2019.
 */

export const PERSONAL_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  'blame-feelings': [
    {
      // Their reading as the harm: "sorry for the misunderstandings about our menu", "claims that are
      // entirely unfounded".
      pattern:
        '(?:the|any|these|those|all the) misunderstandings? (?:and [a-z]+ )?(?:caused|about|surrounding|regarding|around|over)|(?:(?:allegations?|claims?|rumou?rs?|accusations?|suggestions?|reports?|suspicions?|criticisms?|complaints?)(?: [a-z]+){0,3}?|that|which) (?:is|are|was|were|be|been|remains?) (?:wholly )?(?:unfounded|baseless)|wholly (?:unfounded|baseless)',
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // Others' falsehoods set beside the act: "people came at me with false accusations".
      pattern:
        '(?:false|baseless|unfounded|fabricated) (?:information|allegations|accusations|claims|rumou?rs|stories)',
      negatable: false,
    },
    {
      // "you lied to me too", "you hurt me just as much", "you two ruined it on your own", "I won't
      // take all the blame", "next time you should label your bag".
      pattern:
        '(?:you|you guys|you two|you both) (?:had|did|have had|have done|said|lied|cheated|hurt me|betrayed me|lied to me|cheated on me)(?: [a-z]+){0,3}? (?:too|as well)(?![a-z])|(?:you|you guys|you two|you both) (?:hurt|betrayed|wrecked|ruined|broke) (?:me|us|it|your [a-z]+|my [a-z]+) (?:just (?:as much|like)|on your own|yourselves|first)|(?:won[\\x27\\u2019]t|will not|can[\\x27\\u2019]t|cannot|refuse to|am not going to) (?:take|accept|shoulder) (?:full |all the |all of the |sole |complete |the whole )?(?:responsibility|blame)|next time,? (?:you|he|she|they) (?:should|could|might want to|need to|ought to)',
      negatable: false,
    },
  ],
  excuse: [
    {
      // Thirteenth and fourteenth batches: "it was simply so we could", "we ran into problems with the
      // printer", "it caught me off guard", "it didn't feel like anything was wrong", "I assumed it
      // wasn't a big deal", "I acted on my own anger".
      pattern:
        '(?:this|it|that) was (?:simply|only|just|purely) (?:so (?:that )?(?:we|I)|because|in order to)|(?:we|I) (?:faced|encountered|experienced|ran into|hit) (?:some |a few |several |technical |unexpected |unforeseen )*(?:issues|problems|difficulties|challenges|glitches) with|caught (?:me|us) (?:completely |totally )?off guard|(?:didn[\\x27\\u2019]t|did not) feel like (?:anything|it|this) was wrong|I assumed (?:that )?(?:it|this|the [a-z]+)(?: [a-z]+){0,4}? (?:wasn[\\x27\\u2019]t|was not|would(?:n[\\x27\\u2019]t| not)? be) (?:very much|much|a big deal|that bad|serious|a problem|okay|ok|fine)|acted (?:up)?on my (?:own )?(?:hurts?|anger|emotions|feelings|pain|fears?)',
    },
    {
      // A cause the writer blames, or a toll taken on them: "I blame the wine", "it had a real
      // impact on my state of mind", "it is only natural to feel hurt", "I had trouble accepting".
      pattern:
        'I (?:partly |partially |mostly |also )?blame (?!myself|me(?![a-z])|no one but|nobody but|only myself|you(?![a-z]))(?:[a-z]+ ){0,2}?(?:[a-z]+)|(?:had|has|took) (?:a|an) (?:significant |big |huge |real |heavy |serious )?(?:impact|effect|toll) on (?:my|our) (?:mental state|mental health|mood|judge?ment|state of mind|thinking|behaviou?r)|(?:only|perfectly|completely|entirely) natural,?(?: I (?:believe|think|feel),?)? to (?:feel|be|react)|I had (?:real |great |some )?(?:difficulty|trouble) (?:facing|accepting|dealing with|coping with)',
    },
  ],
  'intent-defense': [
    {
      // Thirteenth and fourteenth batches: "it runs counter to everything we stand for", "the post was
      // meant to celebrate", "I was clear about my prices", "I did everything as agreed", "I hope I
      // was as gentle as I could be", "a flawed but loving father".
      pattern:
        '(?:counter|contrary|opposed) to everything (?:for which )?(?:we|I|our|the|that)|(?:was|were|is) (?:meant|intended|designed) to (?:showcase|celebrate|highlight|promote|honou?r|raise awareness|start a conversation|spark|inspire|uplift|empower)|I was (?:very |always |perfectly )?clear (?:about|with (?:you|them|him|her) about|from the start)|(?:I|we) (?:provided|did|followed|delivered|completed|gave|stayed)(?: [a-z,]+){0,8}? as (?:requested|agreed|instructed|asked|arranged)|I hope (?:that )?I was (?:as )?(?:kind|respectful|fair|gentle|professional|honest|patient)|(?:flawed|imperfect) (?:yet|but) (?:caring|loving|good|decent|kind)',
    },
    {
      // A record told as a lifetime, or intent argued from what the writer would otherwise have
      // done: "I've never missed a rehearsal in my life", "if I had wanted to hurt you, I would have".
      pattern:
        '(?:I[\\x27\\u2019]ve|I have) never (?!(?:felt|been|regretted|hurt|cried|known|seen|wanted|loved|needed|said|done anything)(?![a-z]))[a-z]+(?: [a-z]+){0,3}? in (?:my|all my) (?:life|career|years)|if I had (?:wanted|meant|intended) (?:to|you|her|him|them|it)(?![a-z])',
      negatable: false,
    },
  ],
  minimizing: [
    {
      // The act as the way of things: "stuff happens", "it was a one-off".
      pattern:
        '(?:shit|s\\*+|sh\\*t|stuff|crap) happens|(?:a |just a |only a )?one(?:-| )(?:time|off) (?:thing|mistake|incident|lapse|slip)|(?:an )?(?:extreme|exaggerated|overblown) (?:depiction|characteri[sz]ation|description|portrayal|account)|(?:a |this |that )?(?:minor|small|little|temporary|slight) (?:setback|blip)|(?:was|is|were|due to|caused by|because of|down to|result of) (?:a |an )?(?:simple |unintentional |genuine )?human error|(?:a |an )?(?:simple|unintentional|genuine) human error|(?:it|this|that) (?:was|is) (?:just |only )?a one-off',
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // Thirteenth batch: "a glitch in the system", "yesterday's system issues", "the unfortunate
      // matters", "the show could not end as planned", "accounts were wrongly flagged", "harsh words
      // were included".
      pattern:
        '(?:a|an) (?:mislabel|misprint|mix-?up|glitch|error|bug|fault) in (?:the|our) (?:system|process|database|software|records)|(?:yesterday|today|last night|the weekend|this morning)[\\x27\\u2019]s (?:system|technical|IT|computer|network) (?:issues?|problems?|glitch(?:es)?|errors?|faults?|outage)|(?:the )?(?:many )?unfortunate matters?|not (?:being )?able to (?:end|go|proceed|continue|finish|start) as (?:planned|scheduled|intended)|(?:being|been|were|was) (?:incorrectly|wrongly|mistakenly|erroneously) (?:identified|flagged|labell?ed|banned|charged|billed|marked|suspended)|(?:comments|expressions|remarks|words|content|images|views|material|language)(?: [a-z,]+){0,6}? (?:were|was) (?:included|added|inserted)',
    },
    {
      // "the damage is done", "the harm had already been done".
      pattern:
        '(?:the )?(?:damage|harm|hurt) (?:is|was|has been|had been|has already been|had already been|is already) done',
    },
  ],
  hedging: [
    {
      // A fault told as a likely opinion: "that probably wasn't the wisest thing".
      pattern:
        '(?:probably|possibly|perhaps|maybe) (?:isn[\\x27\\u2019]t|wasn[\\x27\\u2019]t|is not|was not) (?:a good idea|the (?:best|wisest|right)|wise|right|ideal|my finest)',
    },
  ],
  'rushing-closure': [
    {
      // "help me move on from this".
      pattern: '(?:help|let|allow) (?:me|us) (?:to )?move on',
    },
    {
      // "we can't dwell on the past", "there's no point dwelling on it".
      pattern:
        '(?:can[\\x27\\u2019]t|cannot|shouldn[\\x27\\u2019]t|should not|mustn[\\x27\\u2019]t|no point|no use|no sense) (?:in )?(?:dwell|dwelling|living|looping) (?:on|in) (?:the past|it|this|what happened)',
      negatable: false,
    },
  ],
}
