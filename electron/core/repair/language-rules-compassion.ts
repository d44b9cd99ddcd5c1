import type { CategoryRules } from './language-rules'

/*
 * Phrases that weaken step 2, showing compassion: the hurt is put down to their feelings or
 * their doing, made smaller than it was, or hurried towards an end. The pattern dialect
 * (spaces, apostrophes, boundaries) is described in language-rules.ts.
 */

export const BLAME_FEELINGS: CategoryRules = {
  category: 'blame-feelings',
  message: 'Apologising for how they feel puts the problem in their reaction rather than in what you did.',
  suggestion: 'Apologise for your own action: "I\'m sorry I …", and name what it did to them.',
  rules: [
    {
      pattern:
        'sorry (?:that )?you (?:feel|felt|think|thought|believe|believed|see|saw|took|take|interpreted|perceived|heard|read)(?: (?:it )?(?:that way|like that|this way|so badly|badly|the wrong way|wrong|personally|so|like))?',
    },
    {
      pattern:
        "sorry (?:that )?you(?:'re| are| were| got| have been|'ve been| feel| felt| seem| seemed)(?: (?:so|very|really|still|a bit|a little|feeling))* (?:upset|offended|hurt|bothered|annoyed|angry|mad|disappointed|sad|let down|triggered|insulted|uncomfortable|sensitive)",
    },
    {
      pattern:
        "sorry (?:for|about) (?:how|the way|what) you(?:'re| are)? (?:feel|felt|feeling|think|thought|see|saw|took)",
    },
    {
      pattern:
        "if (?:that's|that is|this is) (?:how|the way) you (?:feel|felt|see it|want to see it|choose to see it|choose to feel)",
    },
    {
      pattern:
        "sorry (?:that )?(?:it|this|that) (?:upset|bothered|offended|affected|got to|hurt) you(?: (?:so much|that much|so badly))?|you chose to (?:be|feel|get|take it)|you(?:'re| are) choosing to (?:be|feel|take it)|(?:that's|that is) (?:just )?your (?:perception|interpretation)",
    },
  ],
}

/** A first person before "… to calm down" means the writer is calming themselves down. */
const SELF_CALMING = /(?:^|\s)(?:I|we|me|myself)(?![\p{L}])(?:(?!\byou\b)[^,;])*\bto\s*$/iu

export const BLAME_OTHER: CategoryRules = {
  category: 'blame-other',
  message: 'Pointing to what they did or how they reacted moves the responsibility from you to them.',
  suggestion: 'Leave their part out of this apology and speak only about what you did and what it did to them.',
  // Reported past speech ("I told you to calm down, and that was unkind") is owning it, not doing it again.
  unlessBefore:
    /(?:^|\s)I (?:told|asked) you to\s*$|(?:^|\s)I (?:said|told you|called you|accused you of)(?: that)?\s*$|(?:made|make|making) it (?:sound|seem|look) like\s*$/iu,
  rules: [
    {
      pattern:
        'you (?:misunderstood|misunderstand|misread|misheard|misinterpreted|misinterpret|misremember(?:ed)?|got (?:it|me|that) wrong|got the wrong idea|got the wrong end of the stick|have (?:it|me|that) wrong|heard (?:it|me|that) wrong|read (?:it|me|that) wrong)',
    },
    {
      pattern:
        "you(?:'re| are)? (?:took|take|taking) (?:it|this|that|things|everything|what I said|my words|the joke)(?: (?:so|too|way too))? (?:(?:the )?wrong(?: way)?|personally|badly|seriously|out of context|literally)",
    },
    {
      pattern:
        "you(?:'re| are)(?: (?:just|being|so|really|totally|completely|way|a bit|a little|overly|getting|acting|always|too))* (?:overreacting|over-reacting|overthinking|dramatic|too sensitive|oversensitive|over-sensitive|hypersensitive|sensitive|emotional|hysterical|paranoid|unreasonable|irrational|ridiculous|crazy|insane|petty|touchy|jealous|needy|childish|imagining (?:things|it)|acting like (?:a child|a baby|a kid|a lunatic|a crazy person)|making (?:this|it|that|things) (?:bigger|worse|more) than (?:it is|it was|it needs to be))|you (?:always |constantly |keep )?(?:twist(?:ed|ing)?|exaggerat(?:e|ed|ing)) (?:my words|things|everything|what I (?:say|said))|you(?:'re| are)? (?:blowing|blew|have blown|'ve blown) (?:this|it|that|things|everything)(?: (?:way|completely|totally|a bit|so|all))? out of (?:all )?proportion|you (?:always|never|constantly|keep) (?:assume|assuming|jump to conclusions|jumping to conclusions|think the worst|thinking the worst|let me explain|let me finish|listen|give me a chance|see the worst|overreact|overreacting|take everything (?:personally|the wrong way)|make everything about you)|you knew (?:what I was like|who I was|what you were getting into|how I (?:am|was|get))|you (?:overreacted|over-reacted|overreact|always overreact|blew (?:it|this|that|things) out of proportion)",
    },
    {
      pattern:
        '(?:just |please )?(?:calm|settle|cool) down|chill out|lighten up|(?:just|please|you need to) (?:relax|chill)|relax(?=,)|take a chill pill',
      suggestion: 'Let them feel what they feel: "I can see how upset you are, and I understand why."',
      unlessBefore: SELF_CALMING,
    },
    {
      pattern:
        "(?:don't|do not|stop) (?:be|being) (?:so |such an? |this |that )?(?:dramatic|sensitive|emotional|touchy|petty|childish|silly|unreasonable|ridiculous|paranoid|jealous|needy|a baby|a child|a drama queen)|stop (?:overreacting|over-reacting|overthinking|exaggerating)",
      negatable: false,
    },
    {
      pattern:
        "you started (?:it|this|that|the fight|the argument|all this)|you(?:'re| are| were) the one who (?:started|brought|made|began|picked)",
    },
    {
      pattern:
        '(?:you (?:pushed|push|know how to push|kept pushing|were pushing) my buttons|you (?:wound|wind) me up|you (?:goaded|baited) me)|(?:look what )?you (?:made|make|forced|pushed|drove|provoked) me(?! (?:feel (?:loved|safe|happy|welcome|special|better)|laugh|smile|happy|better|a better))',
    },
    {
      pattern:
        "you (?:left|gave) me (?:no|little) (?:other )?(?:choice|option)|you (?:didn't|did not) (?:give|leave) me (?:a|any|much of a) (?:choice|option)",
    },
    {
      pattern:
        "if you(?: hadn't| had not| would have| would've| wouldn't have| had(?: just| only)? (?:told|listened|asked|said|checked|been|called|answered|trusted|let|stayed|come|talked|not)|'d(?: just| only)? (?:told|listened|asked|said|checked|been|called|answered|trusted|let|stayed|come|talked))",
      // "I wouldn't have yelled if you had listened": the main clause's negation is not a retraction.
      negatable: false,
      // Asking leave, not blaming: "I'd love to make it up to you, if you'd let me."
      unlessReadOn:
        /^if\s+you(?:['’]?d|\s+would)\s+let\s+me(?:\s+(?:try|make|show|prove|come|see|meet|take)\b|\s*(?:[.!,;]|$))/i,
    },
    {
      pattern:
        "you should(?:'ve| have| of) (?:known|told me|said something|said so|said|asked|checked|realised|realized|seen it coming|been clearer|warned me|reminded me|understood|listened)",
    },
    {
      pattern:
        "(?:it's|it is|it was|that's|that is|that was|this is|this was|which is|which was)(?: (?:partly|also|partially|half|just as much|as much|equally|really|actually))? your (?:fault|doing|problem|own fault)|you(?:'re| are| were) (?:partly |also |equally |just as much |as much )?to blame|your (?:own )?fault",
    },
    {
      pattern:
        "you(?:'re| are)(?: not| no)(?: so)? (?:perfect|innocent|blameless|a saint|an angel)(?: either)?|you(?:'re| are)n't (?:exactly )?(?:perfect|innocent|blameless|a saint)(?: either)?",
    },
    {
      pattern: "you(?: read| are reading|'re reading| were reading) (?:too much|way too much|a lot|far too much) into",
    },
    {
      pattern:
        "you(?:'re| are) making (?:a (?:big |huge |massive )?deal|a mountain|too much|such a (?:big )?(?:deal|fuss)|a (?:big )?fuss|a drama|a scene)(?: (?:out )?of (?:nothing|this|it|that|a molehill))?|(?:don't|do not|stop|quit) mak(?:e|ing) (?:(?:this|it|such) )?(?:a (?:big |huge )?deal|a (?:big )?(?:fuss|drama|scene))(?: (?:out )?of (?:it|this|that|nothing))?",
      negatable: false,
    },
    {
      pattern:
        "you can't take a joke|you(?: have|'ve got|'ve) no sense of humou?r|(?:learn to|can't you) take a joke|where's your sense of humou?r",
      negatable: false,
    },
    {
      pattern:
        "you did (?:the same(?: thing)?|it too|that too|it first|worse)|you(?:'ve| have) done (?:the same(?: thing)?|it too|worse|that too)|what about (?:when |what )?you|it takes two(?: to tango)?",
    },
    { pattern: "(?:that's|that is|it's) (?:your|not my) problem|you (?:always|never) (?:do this|do that|overreact)" },
    {
      // Sarcastic understatement: the negation is the accusation.
      pattern:
        "you (?:didn't|did not|weren't|were not|haven't|have not|aren't|are not) exactly (?:help|helping|helped|innocent|perfect|blameless|an angel|a saint|easy|kind|fair)|you didn't help (?:matters|things)",
      negatable: false,
    },
  ],
}

export const MINIMIZING: CategoryRules = {
  category: 'minimizing',
  message: 'Calling it small, common or long past decides for them how much it is allowed to hurt.',
  suggestion: 'Let them judge the size of it; name the harm as they lived it.',
  rules: [
    {
      pattern:
        "(?:no|not|isn't|wasn't|is not|was not|ain't)(?: (?:such|that|so|really|even|exactly|actually))?(?: an?| that)? (?:big|huge|major)(?: of an?)? (?:deal|thing)",
    },
    {
      pattern:
        "(?:it|that|this)(?:'s| is| was)(?:n't| not)(?: even)?(?: (?:that|so|really|even))? (?:bad|serious|terrible|awful|important|much|many|long|a lot)|(?:it|that|this) (?:was|is|'s) (?:(?:totally|completely|pretty|basically|mostly|perfectly) )?(?:harmless|innocent|innocuous|trivial)|no harm done",
    },
    {
      pattern:
        '(?<!(?<![a-z])(?:the|my|your|our|their|his|her|an?) )(?:just|only|merely|simply|nothing but) (?:(?:a|an|one|the) )?(?:(?:little|small|tiny|minor|silly|harmless|stupid|innocent|white|quick|bit of) )*(?:misunderstanding|joke|mistake|comment|lie|fib|slip|kiss|text|message|drink|drinks|game|phone call|dinner|coffee|fun|banter|words|money|sex|once|twice|one time|the once|(?:a few|a couple of) times|flirting|a laugh|teasing)(?! away(?![a-z]))',
    },
    {
      pattern:
        'I (?:only|just|merely)(?: (?:ever|really))? (?:lied|cheated|forgot|missed|said|did|yelled|shouted|took|borrowed|used|read|looked|kissed|texted|flirted|drank|had|spent|skipped|snapped|went|hid|kept|touched|told|messaged|called|saw|met|slept|lost|gambled|smoked)(?: (?:it|that|them|him|her|you|a|an|the|your|my|some|from|with|to|about|at|on|in|around))* (?:once|twice|one time|a few times|a couple of times|one [a-z]+|a (?:little|bit|few|couple)(?! (?:later|earlier|more|longer|too|ago|minutes|hours|days|weeks)))',
    },
    {
      // "It was one drink", "it's just a phone": one small thing, so the harm must be small too.
      pattern:
        "(?:it|that|this)(?: was|'s| is)(?: (?:just|only|literally|merely))? (?:one|a single) (?!of |thing |that |which |who )[a-z]+|(?:it|that|this)(?:'s| is| was) (?:just|only|merely) (?:a|an|some) (?!(?:start|beginning|first|step|part|piece|matter|question|small part)(?![a-z]))(?!(?:quick |short |brief |little )?(?:note|line|message|word|reminder|letter|e-?mail|text|update)(?![a-z]))[a-z]+|(?:was|were|it's|it was) (?:only|just|barely|merely) (?:a few|a couple of|[a-z]+) (?:minutes?|hours?|seconds?|dollars|pounds|euros|quid|bucks)",
    },
    {
      // "It's not like I cheated": measured against something worse, the act looks small.
      pattern:
        "(?:it's|it is|it was|it wasn't|it isn't)(?: not)? (?:like|as if|as though) I (?:cheated|killed|murdered|hit|stole|robbed|slept with|committed|did anything|meant it|hurt anyone)|(?:lots of|plenty of|most|other|many) (?:people|couples|guys|men|women|friends|partners) (?:do|have done|would do|would have done|do much) (?:worse|the same|it|this)|I could(?:'ve| have) done (?:much |a lot |way |far )?worse|(?:it was|it's|that was) (?:just |only )?a one-off|(?:it|that) was (?:just |only )?a one-time thing",
      negatable: false,
    },
    {
      pattern: '(?:it|this|that) (?:only|just) happened (?:once|twice|one time|the once|a few times|a couple of times)',
    },
    {
      pattern:
        "(?:everyone|everybody|we all|all of us|people) makes? mistakes|(?:everyone|everybody|we all|all of us|people|all couples|every couple) (?:[a-z]+ )?(?:sometimes|now and then|from time to time|once in a while)|(?:everyone|everybody|all of us|we all) (?:does|do) (?:it|that|this)|(?:nobody|no one|no-one)(?:'s| is) perfect|I(?:'m| am) (?:only|just) human|(?:it|this|that) (?:happens|could happen|could have happened) to (?:everyone|everybody|anyone|the best of us)|(?:these|such|those) things happen|(?:shit|stuff) happens|it happens(?![^\\S\\n]*[a-z])",
    },
    {
      pattern:
        "(?:it|things|that) could(?:'ve| have) been (?:a lot |much |way |so much |far )?worse|at least (?:nobody|no one|no-one|no harm|it (?:was|wasn't|didn't|is|isn't)|I (?:didn't|did|was|wasn't|told|came|admitted|never)|you (?:know|found out|heard)|we (?:didn't|never))",
    },
    { pattern: "(?:(?:it's|it is|it was|that's|this is) )?not the end of the world" },
    {
      pattern:
        "(?:that|it|this) was (?:ages|years|months|weeks|so long|a long time|forever) ago|(?:that's|it's|that is) (?:old news|ancient history)",
    },
    {
      pattern:
        "(?:it|that|this) (?:was|is|'s) (?:(?:really|honestly|basically) )?nothing(?! (?:like|compared|short|less|but|to do))|nothing (?:really |much )?happened",
    },
    {
      pattern:
        "what's the (?:big )?(?:deal|problem)|what is the (?:big )?deal|why (?:is|are) (?:this|it) (?:such )?a big deal|I don't see (?:what|why) (?:the )?(?:big deal|problem|fuss)|(?:a )?storm in a teacup|(?:a |such a )?fuss (?:over|about) nothing|blown out of proportion|a mountain out of a molehill",
      negatable: false,
    },
    {
      pattern:
        "(?:it|this|that)(?:'s| is| was) (?:only |just |such |merely )?(?:a|an) (?:small|little|tiny|minor|trivial|silly|harmless|innocent) (?:thing|mistake|lie|slip|joke|comment|issue|matter|detail|fib|error|misunderstanding|oversight)|(?:little |tiny |harmless |small )?white lie",
    },
    {
      pattern:
        'I (?:barely|hardly) (?:touched|did|said|knew|spent|drank|noticed)|(?:it|that) (?:barely|hardly) (?:counts|matters|mattered|counted)',
    },
  ],
}

/** "It'll take time to get over it" is patience, not a push. */
const TIME_TO_HEAL = /(?:time|while|long|ages|years|months|weeks|days|chance) to\s*$/iu

export const RUSHING_CLOSURE: CategoryRules = {
  category: 'rushing-closure',
  message: 'Pushing to close the subject puts your wish to be done ahead of their time to heal.',
  suggestion: 'Let them set the pace: "Take the time you need; I\'ll be here when you want to talk."',
  rules: [
    {
      pattern:
        "let(?:'s| us) (?:(?:just|please) )*(?:move on|move past (?:this|it|that)|get past (?:this|it|that)|put (?:this|it|that|all this|all of this|it all|the past) behind us|forget (?:about )?(?:it|this|that|the whole thing)(?: (?:ever )?happened)?|drop (?:it|this|that|the subject)|not dwell(?: on (?:it|this|that))?|leave (?:it|this|that) (?:there|in the past|behind us)|start (?:over|fresh|again|afresh)|move forward|turn the page|close the (?:book|chapter)|not make (?:this|it|that) (?:a (?:whole |big )?(?:thing|deal)|into (?:a (?:whole |big )?(?:thing|deal)|something))|not talk about (?:it|this|that)(?: (?:again|anymore|any more))?|call it (?:even|quits)|forgive and forget|bury the hatchet|wipe the slate clean)",
    },
    {
      pattern:
        "(?:can|could|can't|couldn't) we (?:(?:just|please) )*(?:move on|move past|get past|put (?:this|it|that) behind us|forget (?:about )?(?:it|this|that)|drop (?:it|this|that)|go back to (?:normal|how (?:it|things) (?:was|were))|stop (?:talking|fighting|arguing) about (?:it|this|that)|let (?:it|this|that) go|start (?:over|fresh|again)|be done with (?:it|this|that)|put (?:it|this|that) to bed|move forward|(?:be|go back to(?: being)?|get back to(?: being)?) (?:normal|okay|ok|fine|good|us|how (?:we|it|things) (?:were|was))(?: again)?)",
    },
    {
      pattern:
        "I (?:don't|do not) want to (?:keep )?(?:talk(?:ing)?|go(?:ing)? over|discuss(?:ing)?|rehash(?:ing)?|fight(?:ing)?|argu(?:e|ing)) about (?:it|this|that)(?: (?:anymore|any more|again))?|(?:haven't|have) I (?:already )?(?:said sorry|apologi[sz]ed|said I'm sorry)(?: (?:enough|already|(?:a hundred|so many|enough) times))?",
      negatable: false,
    },
    {
      pattern:
        "(?:you need to|you have to|you've got to|you must|you should|it's time to|it is time to|time to|we need to|we should|we have to|you just need to|just) (?:move on|let (?:it|this|that) go|get over (?:it|this|that)|forgive (?:me|and forget)|put (?:it|this|that) behind (?:you|us)|forget (?:about )?(?:it|this|that))",
    },
    {
      pattern:
        "get over (?:it|this|that|yourself)|let (?:it|this|that) go|forgive and forget|water under the bridge|what's done is done|what is done is done|the past is the past|(?:it's|it is|that's|that is|it's all|that's all) (?:in the past|behind us|over now|over and done with|done and dusted)|bygones",
      unlessBefore: TIME_TO_HEAL,
    },
    {
      pattern:
        "I(?:'ve| have)? (?:already |just )?(?:said|told you) (?:I'm |I am |I was |that I'm |that I was )?sorry(?![^.!?\\n]{0,80}but I(?: (?:do|still))? (?:am|mean it)(?=[^\\S\\r\\n]*(?:[.!?;)]|$)))(?! (?:too|without|last|before|then|back then|and didn't|but didn't|and did nothing|and meant|once))",
    },
    {
      pattern:
        "I(?:'ve| have)? already apologi[sz]ed|I(?:'ve| have)? apologi[sz]ed (?:(?:like|about|literally|at least) )?(?:already|enough|twice|(?:a hundred|a thousand|so many|too many|a million|countless|[a-z]+) times|over and over|again and again)",
    },
    { pattern: 'how many (?:more )?times (?:do|must|should|will|have) I (?:have to )?(?:say|apologi[sz]e|tell you)' },
    {
      pattern:
        'what (?:more|else) do you want(?: (?:from me|me to (?:say|do)))?|what do you want (?:from me|me to say)(?: now)?',
    },
    {
      pattern:
        "(?:are|aren't) you (?:still|ever going to stop being|ever going to get over|really still) (?:upset|mad|angry|sulking|on about|going on about|hung up on|thinking about|bringing (?:it|this|that) up)(?: (?:about|over|on))?(?: (?:this|that|it))?|(?:why|how come) (?:are )?you(?:'re)? still (?:upset|mad|angry|sulking|bringing)",
    },
    {
      pattern:
        "(?:stop|quit) (?:bringing (?:it|this|that) up|dwelling(?: on (?:it|this|that))?|going on about (?:it|this|that))|(?:don't|do not) (?:bring (?:it|this|that) up again|dwell on (?:it|this|that))|(?:there's|there is) no (?:need|point) (?:to|in) (?:keep |keeping )?(?:talking|bringing|dwelling|going on|discussing)",
      negatable: false,
    },
    {
      // As a question only: "I hope one day we're okay again" is patience, not a push.
      pattern:
        "(?:so )?are we (?:good|okay|ok|fine|cool|alright|all right|square|even)(?: now)?|(?:so )?(?:we're|we are) (?:good|okay|ok|fine|cool|alright|all right|square|even)(?: now)?(?:(?:,? (?:right|yeah|yes))|(?=[?]))",
    },
    {
      pattern: "end of (?:story|discussion)|case closed|that's the end of it|(?:please )?just forgive me(?: already)?",
    },
  ],
}
