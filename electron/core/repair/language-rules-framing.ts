import type { LanguageCategory } from './language-check'
import type { LanguageRule } from './language-rules'

/*
 * How real apologies reframe the act itself (the families 5 to 7): a euphemism that makes
 * it small, a state of mind or a circumstance set beside the apology with no "but" to announce it,
 * and their reaction made the problem. Structures, not corpus sentences. Dialect: language-rules.ts;
 * inside a character class write \x27 and \u2019 for apostrophes.
 */

/** States of mind and circumstances that, offered beside an apology, read as the reason for it. */
const STATE =
  '(?:overpowered|overcome|consumed|swept (?:up|away)|bored|homesick|young|naive|naïve|immature|scared|afraid|frightened|terrified|hurt|hurting|upset|angry|furious|frustrated|confused|emotional|overwhelmed|depressed|lonely|insecure|jealous|desperate|panicked|panicking|anxious|vulnerable|heartbroken|grieving|sick|ill|heated|defensive|venting|ranting|blowing off steam|letting off steam|(?:a )?(?:sheltered )?(?:teenager|kid|child)|in (?:such )?an? (?:[a-z]+ )?(?:bad|dark|weird|rough|tough|low|difficult|terrible|awful|vulnerable|emotional|confusing|hard|fragile) (?:place|time|space|headspace|state|mood|way|period)|in an? \\(?mood\\)?|going through (?:a lot|so much|something|a hard time|a rough time|a difficult time|hell)|dealing with (?:a lot|so much|some|my own|personal|family|what|something|things|stuff|issues|[a-z]+ issues)|struggling(?: with (?:my|a lot|so much|some|personal|mental|health|depression|anxiety|addiction|grief|[a-z]+ issues))?|drinking|at an? (?:very )?[a-z,\\x20]{0,40}?(?:time|point|stage)(?: (?:in|of) my life)?|under (?:a lot of |so much |enormous |huge )?(?:pressure|stress)|not (?:thinking(?: clearly| straight)?|in my right mind)|caught up in|carried away|trying to defend myself|motivated by|(?:physically )?(?:not able|unable))'

/**
 * After a state, words that turn it on the writer or on learning what they did, or make it a quality
 * of their response ("we were too defensive in our response"): not an excuse.
 */
const STATE_NOT_EXCUSE =
  "(?! (?:with|at|about) (?:myself|me)(?![a-z])| in (?:my|our) (?:response|reaction|reply|handling|approach)(?![a-z])| to [a-z]| by (?:what|my|how)(?![a-z])| (?:that )?I(?:'ve| have| had| was| did| hurt| lost| may| might)(?![a-z]))"

export const FRAMING_RULES: Partial<Record<LanguageCategory, LanguageRule[]>> = {
  excuse: [
    {
      // "I was young", "we are all hurt, angry and confused right now", "Lately I have been so depressed".
      // Not "when I was a teenager" (when it happened) nor "the times I was angry" (what it was).
      pattern: `(?:I|we)(?<!(?:when|whenever|while|times|time) (?:I|we))(?:[\\x27\\u2019](?:m|re|ve been|d been|ve got)| am| was| were| have been| had been| have got| got| felt| feel| are| was feeling| were feeling| ended up)(?: (?:just|so|really|very|too|completely|totally|incredibly|extremely|quite|pretty|a bit|a little|already|also|all|still|feeling|being|simply))* ${STATE}${STATE_NOT_EXCUSE}`,
    },
    {
      pattern:
        "(?:I|we) (?:wasn't|was not|weren't|were not|am not|'m not) (?:at|in) (?:the|a|my) (?:best|good|right|great|healthy) (?:place|time|state|headspace|frame of mind|space)|(?:I|we) (?:was|were) (?:motivated|driven|influenced|pressured|provoked|triggered|goaded) by|(?:I|we) (?:was|were)(?: (?:also|so|very|really|just))* (?:concerned|worried) (?:about|that)|I (?:just |really )?(?:have|had) (?:so much|a lot of|too much|such) (?:doubt|stress|anxiety|pressure|fear|insecurity|anger|pain)|I (?:just |simply )?(?:can ?not|can't|couldn't|could not) (?:control|stop|handle) (?:it|myself|my)",
    },
    {
      // Circumstances: "during an intense political debate", "after drinking", "in my inebriated state".
      pattern:
        "(?:during|amid) (?:an? |the )?(?:intense|heated|emotional|tense|live|long|stressful|charged|passionate) (?:[a-z]+ )?(?:debate|moment|game|exchange|argument|discussion|show|broadcast|interview|match|meeting)|(?:in|during) the (?:banter|heat|emotion|excitement|chaos) of (?:a|the)(?: live)? (?:moment|game|show|debate|match)|in the moment|in my (?:inebriated|drunken|intoxicated|emotional|weakened|exhausted) state|battled (?:with )?(?:the disease of )?(?:alcoholism|addiction|depression|anxiety|mental illness)|(?:I|we) got (?:heckled|provoked|baited|attacked|triggered)|(?:it is|it's|it was) (?:their|my|our|his|her) job to|(?:encourages?|encouraged|expects?|expected) (?:everyone|everybody|people|comedians) to|the pressure (?:is|was) to|in the wrong place at the wrong time|out of (?:frustration|anger|fear|spite|jealousy|habit|pride|insecurity|desperation|panic|boredom)|in (?:anger|frustration|haste|a rage|a temper|a huff|a fit of (?:anger|rage|pique|jealousy|temper))",
    },
    {
      // Only where it opens the clause: "I drove after drinking" confesses the act.
      pattern: 'after (?:drinking|a few drinks|a night out|a long (?:day|week|night|shift)|(?:I|we) had been drinking)',
      unlessBefore: /\S\s*$/u,
    },
    {
      pattern:
        "(?:did not|didn't) (?:leave|give) (?:us|me) (?:time|enough time|a chance|any choice)|(?:our|my) (?:policy|rules?|procedure) (?:is|was|are|were) (?:to|not to)|(?:I|we) had (?:[a-z0-9]+ )?(?:employees|staff|people|workers|team members)(?: [a-z]+)? (?:decide|call|quit|not|who)|(?:good )?(?:employees|staff|people|help) (?:are|is) hard to find|(?:my|our) reactions? (?:was|were) (?:raw|unfiltered|instinctive|natural|human|understandable)|(?:none of us|nobody|no one) (?:knew|know) (?:how|what) to|(?:was|were|is) (?:obviously |completely |totally )?(?:unplanned|unexpected|unforeseen|beyond (?:my|our) control)|things(?<!when things) (?:have(?:n't| not) been|haven't been|weren't|were not) (?:going )?(?:well|great|good|easy)|before (?:we|I) (?:knew|learned|realized|realised|found out|heard) (?:of|about)|where I (?:come|came) from|(?:the way|how) I was raised|my upbringing|hours a (?:week|day)(?<=(?<![a-z])(?:\\d+|[a-z]+) hours a (?:week|day))(?<!(?:available|open|help|staffed|monitored|running|there)(?: to help)? (?:\\d+|[a-z]+) hours a (?:week|day))|(?:just |only )?a (?:natural |normal |human |instinctive )?reaction to|(?:followed|following|according to) (?:the |our )?(?:usual|normal|standard|established|proper|existing) (?:process|procedures?|protocol|policy|practice|rules)|(?:my|our|this|the) (?:temper|anger|anxiety|depression|emotions|jealousy|insecurit(?:y|ies)|nerves|condition|forgetfulness|workload)(?: [a-z]+){0,3}? (?:is|was|are|were|can be|gets|got|has been) (?:consuming|uncontrollable|out of control|overwhelming|making|causing)|(?:my|our) (?:own )?(?:insecurit(?:y|ies)|anxiety|temper|fears?) tends? to|(?<!for )(?:an?|that) (?:frustrating|emotional|heated|tough|stressful|tense|intense) (?:game|day|night|week|moment|situation|debate|exchange|match|season)(?! for (?:you|us|both))",
    },
    {
      // The act handed to a feeling or a part of the writer: "my heart took over", "the lonely part of me".
      pattern:
        '(?:my|the|our) (?:heart|emotions?|feelings|anger|temper|pride|ego|mouth|fears?|jealousy|insecurit(?:y|ies)|anxiety|depression|nerves|stress|grief|loneliness|frustration|hormones|addiction|drinking|illness|condition|adhd|trauma|demons|passions?|impulses?) (?:took over|got (?:the better|the best) of (?:me|us)|made me|led me|drove me|pushed me|ran away with me|got ahead of (?:me|my)|took control|clouded|overrode|overruled|ran the show|won)(?![a-z])|(?:the|a|some) (?:lonely|angry|scared|hurt|hurting|insecure|jealous|selfish|broken|wounded|frightened|childish|immature|weak|dark|wounded) part of (?:me|us)',
    },
    {
      // A reason announced as the only one: "I have no justification other than I had developed feelings".
      pattern:
        '(?:no|any|the only) (?:justification|excuse|reason|explanation) (?:other than|except|besides|beyond|but)(?: that)?(?: [a-z\\x27\\u2019]+){1,6}',
      negatable: false,
    },
    {
      // Duty, rules or workload as the reason: "I too have a duty to", "a small team dealing with 200,000 letters a year".
      pattern:
        '(?:I|we) (?:too|also) (?:have|had) (?:a|the|my|our) (?:duty|responsibility|obligation|job|right) to|(?:the law|legislation|regulations?|(?:the )?government|protocol|head office|management|our insurers?)(?: [a-z]+)? (?:makes?|made|forces?|forced|obliges?|obliged|dictates?|dictated) (?:us|me|the [a-z]+)|(?:required|obliged|obligated|compelled|bound|mandated) by (?:law|legislation|the government|regulations?|policy)|(?:\\d[\\d,.]*|hundreds of|thousands of) (?:communications|calls|emails|letters|orders|requests|customers|patients|cases|messages|applications|complaints|enquiries|inquiries|tickets|deliveries|students|clients|shifts|bookings)(?: [a-z]+)? (?:a|per|every|each) (?:day|week|month|year|annum|shift|hour)|(?:small|tiny|skeleton|limited|overstretched|stretched|busy|lean) (?:team|staff|crew|department|office|workforce)(?<=(?<![a-z])(?:a|our|my) (?:small|tiny|skeleton|limited|overstretched|stretched|busy|lean) (?:team|staff|crew|department|office|workforce))|short[\\x20-]?staffed|under[\\x20-]?staffed|(?:high|huge|unprecedented|record|heavy|unusual) (?:volumes?|demand|workload)|(?:be|being|stay|remain|staying) (?:who|what|how) (?:I|we) (?:am|are)(?![a-z])|(?:sometimes|often|in the moment) you (?:don[\\x27\\u2019]t|do not|can[\\x27\\u2019]t|cannot) (?:realize|realise|think|see|notice|know|help)|would(?:[\\x27\\u2019]ve| have) (?:[a-z]+ed|cost|hurt) (?:many |far |even |a lot |much )?more',
    },
    {
      // The circumstance as the reason: "because the smell makes me want to vomit", "it was a difficult
      // interview", "the last few weeks have been difficult", "I was 18", "spoken from a place of grief".
      // A "because" that gives the writer's own fault ("because I was selfish") is not one of these.
      pattern:
        'because(?: of)?(?<=(?<![a-z])(?:I|we) [^.!?\\n]{1,80}because(?: of)?) (?!(?:the |my )?(?:words|things|way|comments|actions|mistakes|choices|truth|fault|blame|responsibility)(?![a-z]))(?:the|our|their|his|her|its|people|everyone|there|work|life|things)(?![a-z])|(?:it|that|this) was (?:just |such )?(?:a|an) (?:(?:very|really|extremely|incredibly|particularly) )?(?:difficult|hard|tough|stressful|long|emotional|busy|crazy|chaotic|heated|tense|awkward|intense|exhausting|frustrating|confusing|overwhelming|rushed|last-minute)(?: [a-z-]+)? (?:interview|meeting|decision|conversation|situation|game|match|night|day|week|time|period|moment|call|shift|season|year|month|process|exchange|evening)|(?:the )?(?:last|past) (?:few |couple of |several )?(?:weeks|months|days|years?) (?:have|has) been (?:(?:extremely|really|very|so|incredibly|particularly) )?(?:difficult|hard|tough|stressful|busy|crazy|chaotic|rough|overwhelming|intense|exhausting|challenging)(?! for (?:you|u|her|him|them))|(?:we|I)(?: really)? (?:have|had|[\\x27\\u2019]ve|[\\x27\\u2019]d) no (?:other )?(?:choice|option|alternative)|(?:out of|beyond) (?:my|our) control|I was (?:only |just )?(?:\\d+|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-[a-z]+)?)(?: years old)?(?![a-z0-9])(?! (?:minutes|hours|days|mins|seconds))|from a place of [a-z]+|what (?:a|any) [a-z]+(?: [a-z]+)? (?:does|do|would do)|(?:my|our) job (?:is|was) to|(?:I was|we were) (?:woken|provoked|pressured|misled|advised|encouraged|pushed|goaded|baited|attacked|heckled|triggered|blindsided|ambushed|told|asked)(?: up| to)? by',
    },
    {
      // Not knowing, volume and the market as reasons: "unknown to me", "I have sent over 23,000 tweets",
      // "the market shifted".
      pattern:
        'unknown to me|without my knowledge|aware (?:that|of)(?<=(?<![a-z])I (?:was not|wasn[\\x27\\u2019]t) aware (?:that|of))|(?:over|more than|nearly|almost|about) [0-9](?<=(?<![a-z])(?:I have|I[\\x27\\u2019]ve|we have|we[\\x27\\u2019]ve) (?:sent|posted|written|made|answered|handled|served|taken) (?:over|more than|nearly|almost|about) [0-9])[0-9,]*|(?:the )?(?:market|economy|demand|environment|landscape|climate)(?: [a-z]+)? (?:shifted|changed|turned|slowed|reverted|reverting|shifting|changing|deteriorated|softened)',
      negatable: false,
    },
  ],
  minimizing: [
    {
      // Euphemisms for the act: "a slip of the tongue", "a clumsy joke", "a miscommunication".
      pattern:
        '(?:slip of the tongue|slip(?:[\\x20-]up)?|gaffe|misstep|blunder|faux pas|hiccup|brain fart|judg(?:e)?ment call|error in judg(?:e)?ment|miscommunication|misunderstanding|banter|joke gone wrong)(?<=(?<![a-z])(?:a|an|the|my|this|that|one)(?: [a-z-]+){0,2}? (?:slip|slip[\\x20-]up|slip of the tongue|gaffe|misstep|blunder|faux pas|hiccup|brain fart|judg(?:e)?ment call|error in judg(?:e)?ment|miscommunication|misunderstanding|banter|joke gone wrong))(?<!lack of [a-z]+)(?![a-z])|(?:a|an|the|my|this|that)(?: (?:momentary|brief|minor|small|slight|temporary|one-time|single|little))+ (?:lapse|error|mis-?step|indiscretion|slip|mistake)|(?:just|only|simply|merely|a bit of|some) (?:bad|poor) judg(?:e)?ment',
    },
    {
      pattern:
        '(?:a|an|the|my|that|this|some)(?: (?:bad|botched|clumsy|poor|tasteless|stupid|dumb|silly|failed|ill|ill-advised|ill-judged|off-colou?r|ill-timed|misguided|feeble|lame|harmless|innocent|flippant|throwaway|offhand|off-hand|poorly (?:stated|worded|timed|delivered|judged)))+ (?:joke|jokes|quip|attempt at (?:humou?r|a joke|comedy|being funny))|(?:an?|my|the)(?: [a-z]+)? attempt at (?:humou?r|a joke|comedy|levity)|(?:just|only) (?:jokes|banter|a bit of fun)|(?:just|only|merely|simply) (?:mocking|teasing|poking fun|ribbing|messing about|having (?:a laugh|fun))',
    },
    {
      // The act made small by time, by rarity or by company: "30 seconds of my life", "a first for me".
      pattern:
        "(?:seconds|minutes) of (?:my|our|his|her) li(?:fe|ves)(?<=(?<![a-z])(?:\\d+|[a-z]+) (?:seconds|minutes) of (?:my|our|his|her) li(?:fe|ves))|(?:a|one) (?:moment|second|split second) of (?:madness|weakness|stupidity|anger)|(?:this|it|that) (?:is|was|'s) (?:a|the|my) first (?:for me|time(?=[.,;!?]|$| (?:it|this|that) (?:has|had|'s) (?:ever )?happened| (?:I|we)(?:'ve| have| had|'d)? (?:ever )?(?:done|made|been|said|missed|forgot|forgotten|lost|acted|behaved|slipped)| in (?:my|our|\\d+|[a-z]+) (?:life|career|years|history)| ever))|(?:I've|I have) never (?:done|made|said|faced|had) (?:anything|something|a mistake|one) like this before|the first such|(?:more-than-a-decade-old|decade-old|years-old|\\d+-year-old)(?: [a-z]+)? (?:video|tweets?|posts?|photos?|comments?|remarks?)|(?:began|started) (?:very |quite |so )?innocently|, if any,|(?:impact|effect|harm|damage|risk)s?,? if any",
    },
    {
      pattern:
        "(?:didn't|did not|never) (?:know|realize|realise|think) (?:it|this|that) (?:was|would be) (?:such )?(?:a )?(?:big|huge) (?:deal|thing)|(?:no|nobody|no one|not a|far from)(?: [a-z]+)? perfect|(?:relationship|marriage|couple|family)s? (?:is|are) perfect|(?:never|not) (?:said|claimed|pretended)(?: that)? (?:I'm|I am|I was|to be) (?:a )?perfect|I(?:'m| am) still (?:a )?human(?: being)?|sometimes(?: in life)?,? (?:you|we|people|things|life|stuff|mistakes)(?: just)?(?: will)? (?:fail|happen|happens|go wrong|make mistakes|get knocked down|mess up)|life (?:just )?happens|(?:stuff|things|something|details?) (?:that|which) (?:doesn't|does not|didn't|did not) (?:even |really )?matter|(?:just|only|merely) (?:little|small|tiny|silly|stupid|minor) (?:things|stuff|lies|fibs)|(?:wasn't|was not|isn't|is not|not) (?:a |my )?(?:good|great|proud|finest|best|ideal) (?:moment|look)|don't make (?:it|this|that) (?:important|a big deal|bigger)|(?:it|this|that)(?:'s| is| was)(?:n't| not) (?:important|a big deal|that important) to me|more serious (?:fouls|things|mistakes|offen[cs]es|crimes)",
      negatable: false,
    },
    {
      // The apology kept to the wording: "I'm just apologizing for the language, nothing else".
      pattern:
        '(?:just|only|merely) (?:apologi[sz](?:e|ing)|sorry|saying sorry|regret(?:ting)?) (?:for|about) (?:the|my|our) (?:language|words|wording|tone|timing|choice of words|word choice|delivery|phrasing|swearing|cursing|profanity)|(?:just|only|merely) the (?:language|words|wording|tone|timing|choice of words|word choice|delivery|phrasing|swearing|cursing|profanity)(?![a-z])|(?:,|and) nothing (?:else|more)(?<=(?:apologi[sz](?:e|ing)|sorry)[^.!?\\n]{0,60}nothing (?:else|more))(?=\\s*(?:[.!?,;]|$))',
      message: 'Apologising for the words alone leaves what they did unapologised for.',
      suggestion: 'Name what the words did to them, not only how they sounded.',
    },
    {
      // Common, human, long ago: "this is not uncommon", "being an imperfect human being", "it was a few years ago".
      pattern:
        '(?:uncommon|unusual|unheard of|out of the ordinary|rare)(?<=(?<![a-z])(?:this|it|that)(?:[\\x27\\u2019]s| is| was)(?:n[\\x27\\u2019]t| not) (?:uncommon|unusual|unheard of|out of the ordinary|rare))(?! for (?:you|people|anyone|someone|them) to)|(?:isn[\\x27\\u2019]t|is not|wasn[\\x27\\u2019]t|was not|not) (?:surprising|unusual|uncommon) when (?:something|things|mistakes|errors|people)|(?:something|things|stuff|mistakes) (?:occasionally|sometimes|inevitably|will|do|does|can)(?: [a-z]+)? (?:go|goes|went) wrong|part of (?:the game|life|the job|being human|growing up|the business|the sport)|happens (?:all the time|every day|everywhere)|(?:dumb|stupid|crazy|silly|foolish|reckless|careless|rash|thoughtless)(?<=(?<![a-z])(?:people|everyone|everybody|we all|humans|anyone|men|women|guys|kids|teenagers|young people|couples)(?: [a-z]+){0,4} (?:do|does|did|say|says|make|makes) (?:dumb|stupid|crazy|silly|foolish|reckless|careless|rash|thoughtless))(?: and (?:dumb|stupid|crazy|silly|foolish|reckless|careless|rash|thoughtless|out of control))? (?:things|stuff|mistakes|choices)|(?:an? )?(?:imperfect|fallible)(?: [a-z]+)? (?:human(?: being)?s?|person|man|woman|people|beings?|creatures?)|human(?<=(?<![a-z])(?:we|I)(?:[\\x27\\u2019]re| are| am|[\\x27\\u2019]m) (?:all )?(?:only |just |merely |still )human)(?! (?:being|rights|resources))|ago(?<=(?<![a-z])(?:that|it|this) (?:was|happened) (?:a few|a couple of|several|many|so many|some|two|three|four|five|six|ten|twenty|\\d+) (?:years|months|decades) ago)',
      negatable: false,
    },
    {
      // A kinder name for it: "a heated conversation", "a mental leap", "just hyperbole", "you saw us at a bad moment".
      pattern:
        '(?:heated|spirited|robust|lively|frank|passionate|animated|tense|vigorous) (?:conversation|exchange|discussion|debate|chat|disagreement|words)(?<=(?<![a-z])(?:an?|the|this|that|our|my)(?: [a-z]+)? (?:heated|spirited|robust|lively|frank|passionate|animated|tense|vigorous) (?:conversation|exchange|discussion|debate|chat|disagreement|words))|(?:mental|verbal) (?:leap|slip|lapse|shortcut|misstep|gaffe|faux pas)|(?:just |only |merely |simply |some |a bit of |harmless |playful |dumb |silly |idle )(?:hyperbole|exaggeration|banter|locker[\\x20-]room talk|horseplay|hijinks|high jinks|shenanigans|tomfoolery|roughhousing|pranks?)(?![a-z])|(?:saw|caught|seen|see|catch) (?:us|me|him|her|them) (?:at|on|in) (?:a|one|our|my|his|her|their) (?:bad|weak|low|rare|worst|off) (?:moment|day|night|time)|(?:poor|bad|unfortunate|careless|clumsy|inartful|insensitive|wrong|awkward) choice of words|(?:poorly|badly|clumsily|inartfully|inelegantly|carelessly|awkwardly) (?:worded|phrased|expressed|put|said|delivered|chosen|stated|framed)|(?:misspoke|misspoken|mis-spoke|misstated)(?![a-z])|isolated (?:incident|case|event|mistake|error|occurrence|lapse)|(?:it|this|that) (?:was|is|[\\x27\\u2019]s) (?:just |only |simply )?a one-off|(?:only|just) (?:a |an )?(?:small|tiny|limited|handful|very small) (?:(?:number|percentage|fraction|subset|group|minority) of |of )(?:customers|users|people|accounts|passengers|members|patients|students|cases|complaints|incidents|staff|employees)|(?:sorry|apologi[sz]e|apologies|regret)(?: [a-z]+){0,3}? (?:for|about) (?:the|this|that) (?:inconvenience|hassle|disruption)|it is what it is|(?:just|only|merely) (?:a|an|one) (?:casual|quick|little|small|tiny|harmless|innocent|silly|friendly|simple|minor|brief|bit of) (?!(?:time|space|while|bit|moment|chance|favou?r|break|rest|note|line|message|word|reminder|letter|e-?mail|text|update)(?![a-z]))[a-z-]+',
      negatable: false,
      unlessBefore:
        /(?:is|was|were|are|\x27s|\u2019s)(?:n\x27t|n\u2019t| not| never)\s+(?:(?:just|only|simply|merely|really)\s+)?$/iu,
    },
    {
      // Rare, shared by everyone, or a mere expression: "these incidents are thankfully very rare",
      // "sometimes comedians go too far", "my expression of frustration", "the wording of this section".
      pattern:
        '(?:sometimes|occasionally) (?:comedians|people|players|kids|men|guys|we|we all|everyone|everybody|friends|couples|humans|leaders|parents) (?:go too far|cross the line|get carried away|lose (?:their|our) (?:cool|temper|heads?)|make mistakes|say things|mess up|slip up)|(?:these|such|this|the) (?:incidents?|things|cases|events|occurrences|episodes|situations|mistakes|errors) (?:are|is|were|was) (?:thankfully |fortunately |happily |luckily )?(?:very |extremely |incredibly )?(?:rare|uncommon|infrequent|isolated|few and far between)|(?:my|an?|this|that) expression of (?:frustration|emotion|anger|passion|disappointment)|(?:the|a) wrong (?:remark|comment)|(?:the|my|our) (?:wording|phrasing) (?:of|in|used)',
      negatable: false,
    },
    {
      // Jokes that "didn't land", "one mistake", "we're human", "good-natured jibing", "a vocal minority",
      // "small things", a failure "to communicate", "they will always find a way".
      pattern:
        '(?:prank|joke|stunt|gag|wind-up)(?: that)? (?:gone wrong|went wrong|went too far|backfired|didn[\\x27\\u2019]t land|fell flat|misfired)|(?:good|funny) joke(?<=(?<![a-z])(?:wasn[\\x27\\u2019]t|was not|isn[\\x27\\u2019]t) (?:a )?(?:very )?(?:good|funny) joke)|(?:simply|just|merely|only) made (?:a|one) mistake|mistake(?<=(?<![a-z])(?:because of|over|for) (?:just )?(?:one|a single) mistake)|human(?<=(?<![a-z])(?:[a-z]+s|we|they|people) are (?:only |just |all )?human)(?:,|;| and| -|\\u2014)? (?:we|they|people|I) (?:all )?(?:make|made) mistakes|(?:admit|apologi[sz]e|say sorry)(?<=(?<![a-z])(?:most|many|all|some) (?:people|of us|men|women) (?:do not|don[\\x27\\u2019]t|hate to|struggle to|find it hard to) (?:like to )?(?:admit|apologi[sz]e|say sorry))|(?:good[\\x20-]natured|friendly|playful|light[\\x20-]hearted|affectionate) (?:jibing|ribbing|teasing|banter|joshing|ragging|fun|joking|jokes|humou?r)|minority(?<=(?<![a-z])(?:vocal|small|tiny|loud) minority)|(?:misunderstanding|miscommunication|disagreement|mix-?up)(?<=(?<![a-z])(?:mutual|simple|slight|small|minor|little) (?:misunderstanding|miscommunication|disagreement|mix-?up))|failed to (?:effectively |properly |clearly )?communicate|(?:risqu[e\\u00e9]|cheeky|edgy|tongue[\\x20-]in[\\x20-]cheek|irreverent)(?![a-z])|(?:find a way|be (?:fine|okay|ok|alright|all right)|bounce back|land on (?:their|your|his|her) feet)(?<=(?<![a-z])(?:they|he|she|you)(?:[\\x27\\u2019]ll| will)(?: always)? (?:find a way|be (?:fine|okay|ok|alright|all right)|bounce back|land on (?:their|your|his|her) feet))|(?:small|little|minor) (?:things|issues|problems|details)(?<=(?<![a-z])(?:those|these|the|all the|all those|addressing|fixing) (?:small|little|minor) (?:things|issues|problems|details))',
      negatable: false,
    },
  ],
  'blame-other': [
    {
      // Their reaction made the problem: "you tend to overreact", "you made it bigger than it was".
      pattern:
        "you (?:tend to|always|often|sometimes|kind of|sort of|can|do|usually|just|really)(?: [a-z]+)? (?:overreact|over-react|take (?:things|everything|it|this|stuff) (?:too )?(?:personally|seriously|the wrong way|too hard)|blow (?:things|it|this|everything) (?:up|out of proportion)|make (?:things|everything|it|this) (?:bigger|worse|about you)|get (?:so |too )?(?:upset|worked up|emotional|defensive)|jump to conclusions)|you(?:'re| are| were|'ve| have)? (?:made|make|making) (?:it|this|that|things|everything)(?: into)?(?: a| such a)? (?:bigger|worse|more|bigger deal|big deal|huge deal|bigger thing)(?: deal)?(?: than (?:it|this|that|they|things) (?:was|is|were|are|needed to be|had to be|should be|needed))?",
      negatable: false,
    },
    {
      pattern:
        "(?<!for )(?:anyone|anybody|everyone|everybody|most people|other people)(?: else)? (?:would|could)(?:'ve| have)(?: easily| also| just)? (?:forgotten|missed|reacted|lost|gotten|got|been)|(?:you|u) (?:hurt|betrayed|lied to|ignored|disrespected|abandoned|used|cheated on|screwed over|provoked|insulted|humiliated) (?:me|us|your own|not only)|(?:we|us) both (?:said|did|made|hurt|were|have|had|played|contributed|messed)|(?:we|both of us) (?:both )?(?:committed|made) the same|(?:regret|upset|angry|hurt|mad|annoyed)(?: [a-z]+){0,2}? (?:about |by |over |at )?(?:the things|what|everything) (?:that )?you (?:said|did|wrote|have done|'ve done|put me through)|(?:see|understand|hear) my side|my side of (?:it|the story|things)",
    },
    {
      pattern:
        "(?:he|she|they)(?<!(?<![a-z])as (?:he|she|they)) should (?:have ?never|have|'ve|of)(?: never)? (?:come|known|told|said|asked|been|stayed|left|stopped|listened)|(?:they|customers|guests|people) should (?:have )?(?:bring|brought|come|told|tell|talk|raise|let)|(?:someone|somebody|a (?:staff|team) member|an employee|one of (?:our|my) (?:staff|employees|team|people))(?: [a-z]+){0,2}? (?:made|posted|sent|did|wrote|tweeted)|(?:the )?actions of (?:our|my|the|this|that|a) (?:team member|employee|staff|crew|staffer|colleague)|(?:disappointed|appalled|shocked) (?:by|in|with) (?:these|those|their|his|her) (?:actions|behaviou?r|conduct)|(?:this|that|it) (?:isn't|wasn't|is not|was not) (?:from|by|written by|posted by) me|rather than (?:telling|coming to|talking to|asking) (?:us|me)|(?:they|he|she)(?:'re| are| were|'s| is) (?:just )?trying to (?:change the subject|distract|score|smear|divert)|other people (?:are|were|do|did|have)(?:n't| not)|(?:not|isn't) (?:at all )?(?:what|how) I remember|you (?:remember|recall) (?:it |that )?wrong|(?:the )?(?:staff|employees|people|ones) (?:that|who) (?:decided|chose|failed|refused) (?:not )?to|(?:with|around) the wrong (?:people|crowd|friends)|(?:it|this|that)(?:'s| is| was)(?:n't| not| never) my fault|actions of other people",
      negatable: false,
    },
  ],
  'rushing-closure': [
    {
      pattern:
        "(?:is|are|be|it's|it is)(?: (?:now|all|finally))? behind (?:me|us)|(?:I|we) (?:just )?(?:want|wanted|'d like|would like) to forget (?:that|this|it|the whole|about|what)|(?:we|you) can (?:just )?forget (?:it|this|that|about)|(?:everyone|everybody|we all|people) deserves? (?:a )?second chances?|(?:shouldn't|should not|doesn't need to|does not need to|needn't) be (?:revisited|brought up|dwelt on|rehashed)|I(?:'ve| have)? (?:already )?(?:said|repeated|apologi[sz]ed|told you)(?: it| this| that| sorry)? (?:[a-z]+ )?(?:times|twice|over and over)",
    },
    {
      // "Draw a line under it", "go and get on with my work", "people should concentrate on …".
      pattern:
        'draw(?:ing)? a line (?:under|beneath)|put (?:it|this|that|the matter|this matter) to (?:bed|rest)|close the (?:book|chapter|matter) on|(?:get|getting|go|going) (?:back )?(?:on )?with (?:my|our|the) (?:work|job|jobs|lives|life|business|season|campaign)|move (?:this|the) (?:country|club|team|company|conversation|discussion|story|debate) (?:forward|on)|(?:people|we|everyone|everybody|you|they) (?:should|need to|must|can now|can) (?:now )?(?:focus|concentrate) on|turn(?:ing)? the page|(?:a )?(?:distraction|diversion) from (?:the )?(?:real|important|bigger|more important|actual) (?:issues?|work|things|matters|questions)',
    },
  ],
  hedging: [
    {
      // Not a duty or the apology itself: "I feel like I should tell you", "I feel like this letter
      // is overdue" hedge nothing about the act.
      unlessReadOn:
        /^I(?:\s+really)?\s+feel\s+like\s+(?:I\s+)?(?:should|need\s+to|must|have\s+to|owe|ought(?:\s+to)?)\b(?!\s+have\b)|^I(?:\s+really)?\s+feel\s+like\s+(?:this|it)(?:\s+(?:letter|note|post|apology|message))?\s+(?:is|was)\s+(?:long\s+)?(?:overdue|needed|necessary)\b/i,
      pattern:
        "I (?:really )?feel like (?:I|this|it|maybe)|(?:could|might|may)(?:'ve| have) (?:gone|been) (?:too|to) far|(?:do|does|did)(?: not|n't) (?:appear|seem) to|I (?:can|could|may|might) (?:be|have been) wrong|(?:may|might)(?: have|'ve) (?:destroyed|damaged|contributed|hurt|crossed)|(?:might|may) not have [a-z]+(?:ed|en|wn|ne|ght|t)(?![a-z])|(?:could|should|would)(?: have|[\\x27\\u2019]ve) probably|probably (?:could|should)(?: have|[\\x27\\u2019]ve)|I(?:[\\x27\\u2019]m| am) guessing|I(?:[\\x27\\u2019]d| would) guess|(?<!you )(?:might|may)(?: well)?(?: have|[\\x27\\u2019]ve| of) [a-z]+(?:ed|en|wn|ne|ght|t)(?![a-z])|(?:perhaps|maybe|possibly) (?:it|this|that) (?:was|is|[\\x27\\u2019]s|could have been|would have been|might have been) (?:my|our|partly|a bit|a little|somewhat|wrong|too|not)|(?:perhaps|maybe|possibly) the (?:best|right|better|kindest|wisest) (?:thing|way|option|choice|for)|it (?:seems|seemed|looks|looked|appears|appeared) (?:like|as if|as though|that) (?:I|we)(?![a-z])|(?:a (?:little )?bit|a little|slightly|somewhat|a tad)(?: too)? (?:carried away|overboard|out of hand|heated)",
      negatable: false,
    },
  ],
}

/**
 * Why a structural finding matters and what to write instead, in the writer's terms: the phrase
 * tables' reasons speak of "if" and "but", which these findings often do not contain.
 */
export const STRUCTURE_WORDS: Partial<Record<LanguageCategory, Pick<LanguageRule, 'message' | 'suggestion'>>> = {
  conditional: {
    message: 'Apologising to "anyone who was hurt", or with an "if" further on, leaves open whether anyone was.',
    suggestion: 'Name the person and the hurt: "I\'m sorry I embarrassed you in front of your friends."',
  },
  excuse: {
    message: 'A mood or a circumstance set beside the apology reads as the reason it happened, even without a "but".',
    suggestion:
      'Keep the circumstances out of the apology; if they would help later, offer them then and say they do not excuse it.',
  },
  'blame-feelings': {
    message: 'Saying the words were misread or came across badly puts the problem in how they heard it.',
    suggestion: 'Own the words themselves: "What I said was hurtful."',
  },
  'blame-other': {
    message: 'Describing how they reacted, or what others did, turns the apology into a judgement of someone else.',
    suggestion: 'Leave their reaction alone and speak only about what you did and what it did to them.',
  },
  'intent-defense': {
    message:
      'Pointing to what you meant, who you are or what you have done before asks them to weigh that instead of the hurt.',
    suggestion: 'Leave your intentions and your record out of it: "Whatever I meant, I hurt you."',
  },
  'passive-vague': {
    message: 'Saying it happened, or that something was done, leaves out that you were the one who did it.',
    suggestion: 'Say what you did, with yourself as the one doing it: "I shared your message without asking."',
  },
  minimizing: {
    message: 'A softer name for it, or a reminder that it was brief or rare, makes it smaller than it was for them.',
    suggestion: 'Call it what it was for them, and let them judge its size.',
  },
}
