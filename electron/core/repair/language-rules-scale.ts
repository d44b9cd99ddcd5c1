import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * The act made smaller, its motive made kinder, its doer left out, or its cause handed to them,
 * in the shapes a second writer used when asked for varied apologies (the probe of round 5),
 * written as families: a diminutive on the act ("my little outburst", "the administrative
 * blip"), a scale that shrinks it ("fewer than 0.1% of users", "hardly the end of the world"), a
 * motive denied in other words ("the furthest thing from my mind", "a misclick, not a dig"), an
 * event with no doer ("an incident occurred", "standards slipped"), and their part appended to the
 * apology ("sorry I yelled, you just wouldn't let it go"). Dialect: language-rules.ts; in a
 * character class write \x27 and \u2019.
 */

/** Words that make an act sound small. */
const DIMINUTIVE =
  '(?:small|little|minor|tiny|teeny|silly|slight|momentary|temporary|technical|administrative|harmless|trivial|wee|small small|brief|passing|innocent|honest)'

/** Names for the act that a diminutive shrinks. */
const ACT =
  '(?:oversight|outburst|comment|remark|meltdown|mistakes?|errors?|slip|blip|delay|inconvenience|breach(?:es)?|lapse|mix-up|hiccup|glitch|misstep|betrayal|fib|indiscretion|tiff|spat|scuffle|episode|wobble|tantrum|rant|strop|kerfuffle|squabble|accident|scratch|dent|bump|white lie|porkies|moment of (?:madness|weakness))'

/** Someone else who may be handed the blame in a clause joined onto the apology. */
const OTHERS =
  '(?:ref|referee|umpire|team|staff|colleague|boss|manager|council|journalist|press|media|courier|supplier|vendor|landlord|tenant|driver|neighbou?r|opposition|protesters?|fans|players?|coach|coaching staff|teacher|accounts team|department|office|client|customer|contractor|agency|printer|printers|caterers?|organi[sz]ers?|fellow|guy|bloke|lady|man|woman)s?'

/** Where an appended clause starts (as in language-rules-appended.ts). */
const AFTER_APOLOGY =
  '(?<=(?:sorry|apologi[sz]e|apologies|soz|my bad|regret|forgive me)[^.!?\\n;:,\\u2014\\u2013]{0,90}(?:[;:,\\u2014\\u2013]| -|[.!?]) )'

export const SCALE_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  minimizing: [
    {
      // A diminutive on the act, or a soft noun for it: "my little outburst", "the administrative
      // blip", "a pretty small betrayal", "the mix-up" (not "every little lie": that counts them).
      pattern: `${DIMINUTIVE}(?<!(?:every|each|all the|all those|those|these) ${DIMINUTIVE}) ${ACT}(?![a-z-])|(?:the|a|that|this|my|our) (?:bit of a )?(?:mix-up|blip|hiccup|kerfuffle|snafu|slip-up|boo-boo|oopsie|whoopsie|faux pas|brain fart|senior moment|teething problems?)(?![a-z-])|(?:a |pretty |rather |fairly |relatively )(?:small|minor|little) (?:betrayal|lie|thing|matter|issue|mistake|error)`,
    },
    {
      // A scale that shrinks it: "fewer than 0.1% of users", "a few minutes at most", "amounted to
      // a few hundred pounds", "it wasn't that deep", "hardly the end of the world", "we've
      // survived far worse", "it happens in every game", "everyone forgets now and then".
      pattern:
        "(?:fewer|less)(?<!weigh(?:s|ed|ing)? less) than (?:\\d[\\d.,]*%?|one|a (?:handful|fraction)|half)(?: (?:per ?cent|percent))?(?: of)?|(?:minutes?|seconds?|hours?|pages?|pounds|dollars|quid|bucks|euros) (?:at (?:the )?most|tops)|amounted to (?:only |just |a mere |no more than )?(?:a few|a couple|a handful|a small|\\d)|(?:wasn't|was not|isn't|is not|not) (?:that|so|even that) (?:deep|serious|bad|big|major|dramatic)|(?:hardly|not exactly|not) the end of the world|not a matter of life and death|in the grand scheme of things|(?:survived|been through|seen|weathered) (?:far |much |way )?worse|(?:a|such a) common (?:enough )?(?:thing|occurrence|problem)|happens (?:in every [a-z]+|all the time|to everyone|to everybody|to the best of us)|(?:everyone|everybody|we all|people) (?:forgets?|does it|do it|slips? up)(?: [a-z]+){0,5}? (?:now and then|from time to time|sometimes|occasionally|every so often|once in a while)|it was (?:like|only|just|barely) (?:one|two|three|a few|a couple)|nothing more(?![a-z])(?! to lose(?![a-z]))(?! (?:special|important|precious|beautiful|valuable|wonderful|meaningful|dear|than (?:to|being|seeing|having|hearing)(?![a-z])))|no dramas|no biggie",
    },
  ],
  'intent-defense': [
    {
      // A motive denied in other words: "I have never in my life sought to cause offence", "the
      // furthest thing from my mind", "no wrong intention", "out of love, not control", "a
      // misclick, not a dig", "a good-faith effort", "didn't do it on purpose".
      pattern:
        "(?:I|we)(?: have| had)? never(?: in (?:my|our) (?:life|lives|career))? (?:sought|set out|intended|aimed|wished|planned)|not once did (?:I|we) (?:set out|seek|intend|mean|try|want)|(?:furthest|farthest|last) thing (?:from|on) (?:my|our) mind|no (?:wrong|bad|ill|malicious|harmful|hidden|evil) (?:intention|intent|will|motive)s?|nothing (?:malicious|sinister|intentional|deliberate|nasty)|(?:wasn't|was not|didn't|did not) (?:from|out of|come from) (?:bad mind|malice|spite)|out of (?:love|concern|care|kindness|respect),? (?:not|never)|(?:a|an) [a-z-]+,? (?:not|never) (?:a|an) (?:dig|attack|insult|mockery|slight|jab|swipe|criticism|statement)|(?:a |in )good[- ]faith(?: (?:effort|attempt|mistake|error|decision))?|(?:didn't|did not|never) (?:do|did|mean|meant) (?:it|that|this) on purpose|I thought I was (?:helping|saving|protecting|doing (?:the right thing|you a favour|you a favor|right|good|what was best))|(?:wasn't|was not|wasnt) being (?:funny|rude|nasty|mean|shady|horrible|difficult|sarcastic|serious) (?:with|to|w)",
      negatable: false,
    },
  ],
  'passive-vague': [
    {
      // An event with no doer: "an incident occurred", "standards slipped", "the handling of the
      // scheme fell short", "there were things said", "for that there is regret", "whatever wrong
      // I have done", "sorry about earlier".
      pattern:
        '(?:an|the) (?:incident|issue|error|problem|situation|breach|mistake|failure|outage) (?:occurred|arose|took place|developed|emerged)|(?:standards|things|it all|everything|the handling(?: of [a-z ]{1,30}?)?|our (?:response|service|standards|handling)) (?:slipped|fell short|went (?:pear-shaped|sideways|south|awry|off the rails)|broke down|unravell?ed)|there (?:were|was) (?:things|words|comments|remarks|something) (?:said|written|posted|exchanged|done)|there (?:is|was) (?:deep |great |much |real )?regret|whatever (?:wrong|hurt|harm|offen[cs]e|mistakes?)|what went on (?:at|in|during|between)|hurt (?:has|had) passed between|the circumstances (?:that|which) (?:led|resulted|caused|gave rise)|sorry (?:about|for) (?:earlier|yesterday|last night|the other (?:day|night)|the drama)(?! when| that I| I)(?![^.!?\\n]*(?<![a-z])(?:I|we) (?:[a-z]+ed|said|did|made|took|broke|lied|told|left|hit|forgot|was|were|threw|shouted|yelled|called|mocked|ignored)(?![a-z]))',
    },
  ],
  'blame-other': [
    {
      // Their part appended to the apology: "sorry I yelled, you just wouldn't let it go", "sorry I
      // blew up. you were being really annoying though", "you get so intense when we argue".
      pattern: `${AFTER_APOLOGY}(?:(?:but|though|tbh|honestly|and|mate|babe) )?(?:you|you lot|you people|you guys|u)(?: (?:just|really|seriously|clearly|always|never|do|did|honestly))* (?:were being|was being|are being|get so|got so|wouldn't|would not|won't|shouldn't have|should not have|could've|could have|tend to|started|provoked|pushed|are overreacting|were overreacting|lot are|never (?:remind|tell|listen|let|ask|help)|always (?:do|start|twist|push|bring|make))|(?:which|that) (?:the|your|their|his|her) [a-z]+(?: [a-z]+)? (?:deliberately |clearly |knowingly |has done nothing to )?(?:engineered|caused|started|provoked|fuell?ed|stirred up|whipped up|orchestrated|exploited|help)|which mirrored|${AFTER_APOLOGY}(?:(?:but|though|tbh|honestly|and) )?(?:the|my|our|your|his|her|their|a|an) (?:[a-z-]+ )?${OTHERS} (?:had been [a-z]+ing|kept|did not|didn't|failed to|gave (?:me|us) (?:the )?wrong|never (?:told|sent|gave|came|showed)|wouldn't|was supposed to|were supposed to|forgot to|started|provoked|set (?:me|us) up|let (?:me|us) down|messed up|made (?:a|an) (?:error|mistake)|did not come|didn't come|had given (?:me|us) (?:the )?wrong)`,
      negatable: false,
    },
  ],
}
