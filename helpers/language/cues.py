"""The speech-cue lexicon and the small word lists of news attribution, kept in one place.

A cue is the verb (or phrase) that ties a quotation to its speaker: "Xi *said*", "*according to* X",
"Putin *praised* the “warm and comradely” talks". The lexicon holds lemmas, as broad as the best rule
systems for news (the Gender Gap Tracker's list, textacy's reporting verbs); `cue_lemma` maps an inflected
token to its lemma through a table of regular and irregular inflections generated from the lexicon, which
`tests/test_quotes.py` checks against nltk's WordNet lemmatizer. The table is used at run time because
WordNet takes seconds to load in every process, and the command line runs many processes.
"""
from __future__ import annotations

from functools import lru_cache

# Speech, writing and stance verbs that introduce a quotation (lemmas).
# Must match: "said", "tells", "wrote", "praised", "warns", "insisted", "tweeted", "according (to)".
# Must not match: "sales", "wright", "president" (tested in tests/test_quotes.py). Verbs that are speech only with a
# particle ("pointed out", "shot back") are in PHRASAL_CUES.
SPEECH_CUES: frozenset[str] = frozenset("""
say tell add write describe praise call warn insist explain note state claim argue declare announce ask
answer reply respond suggest acknowledge admit agree assert contend complain comment conclude confirm deny
emphasize emphasise estimate hint joke maintain mention observe predict promise propose recall remark
report reiterate repeat reveal scoff shout speak stress tweet post testify urge vow wonder yell criticize
criticise boast brag quip lament concede caution counter recount proclaim pledge accuse charge demand
exclaim retort whisper muse cite quote continue dismiss condemn blast slam thank tout label dub
decry deride mock chide scold rebuke fume gush rave bemoan grumble mutter murmur sigh plead beg
announce inform advise assure remind predict allege affirm aver opine posit reason recommend counsel
characterize characterise signal indicate hail applaud welcome greet preach
summarize summarise interject echo read bark beam snap exult enthuse rail thunder marvel laugh chuckle
groan sneer snarl growl rant howl holler scream shriek sob gasp stammer squeal hiss rejoin venture
volunteer elaborate clarify confide concur object protest speculate theorize assess recount press sing
chant remember query inquire taunt tease lecture pronounce crack roar
exhort implore retaliate surmise intone bellow interrupt jab snipe reassure wail riff question react
allude reaffirm
""".split())

# Cues that need a following particle to be speech: "pointed out", "went on", "put it".
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "go": frozenset({"on"}),
    "put": frozenset({"it"}),
    "begin": frozenset({"by"}),
    "chime": frozenset({"in"}),
    "lash": frozenset({"out"}),
    "sum": frozenset({"up"}),
    "shoot": frozenset({"back"}),
    "fire": frozenset({"back"}),
    "hit": frozenset({"back", "out"}),
    "push": frozenset({"back"}),
    "cry": frozenset({"out"}),
}

# Speech verbs that take no clause of what was said: "As he spoke, Trump became ..." is a time, not a comment on
# the clause after it as "As Smith put it, ..." is (helpers.quotes.attribution._in_fronted_clause).
CLAUSELESS_CUES: frozenset[str] = frozenset("""
speak talk testify chant sing laugh preach lecture continue post tweet
""".split())

# Nouns that name a statement: "in a statement", "his remarks", "the tweet" — a quote in the same
# sentence with a possessor or "X's statement" is attributed to that possessor.
STATEMENT_NOUNS: frozenset[str] = frozenset("""
statement statements remarks remark comment comments tweet tweets interview speech letter post message
op-ed column piece essay email e-mail memo release testimony words response reply answer announcement
""".split())

# Nouns of speech whose possessor speaks the quotation they introduce or follow: "President Obama's call to “…”",
# "the minister's statement that “…”", "Obama's “if you like your plan, you can keep it” promise".
SPEECH_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset("""
call calls plea pleas appeal warning warnings promise promises pledge vow claim claims demand demands request
suggestion assertion insistence description argument accusation criticism complaint question advice declaration
admission boast threat prediction proposal invitation instruction instructions order orders words quip retort
""".split())

# Words before a quotation that make it a term, not speech: "so-called “multipolar”", "known as “Little
# Moscow”", "dubbed", "nicknamed", "the word", "the term". Must not include "called": "Trump called the
# report “fake news”" is speech.
TERM_MARKERS: frozenset[str] = frozenset("""
so-called known dubbed nicknamed titled entitled named branded termed word words term terms phrase
phrases slogan label labels nickname hashtag headline song book film movie show album series motto
pseudonym alias moniker
""".split())

# Common nouns for people who may speak without a name ("an eyewitness", "one resident", "another male witness"): a
# later "he"/"she" may mean such a phrase when it was the last subject (helpers.quotes.nouns.resolve_pronoun).
# Titles of office (helpers.language.name_lists.PERSON_TITLES) count too.
PERSON_NOUNS: frozenset[str] = frozenset("""
witness witnesses eyewitness eyewitnesses resident residents man men woman women boy girl person people
neighbour neighbor villager passenger driver survivor victim student teacher doctor nurse worker farmer
rancher shopkeeper owner official officials source sources observer expert analyst lecturer researcher scientist
soldier policeman policewoman officer guard activist protester demonstrator mother father son daughter wife
husband friend relative parent parents fan voter resident member
""".split())
MALE_NOUNS: frozenset[str] = frozenset("man boy male father son husband policeman spokesman chairman".split())
FEMALE_NOUNS: frozenset[str] = frozenset("woman girl female mother daughter wife policewoman spokeswoman "
                                         "chairwoman".split())

# Things that carry a written text but do not speak: "a sign that read “…”", "wearing a shirt reading “…”",
# "banners proclaiming “…”". Their text is a quotation with no speaker (not the wearer's or holder's words).
CARRIER_NOUNS: frozenset[str] = frozenset("""
sign signs placard placards banner banners shirt shirts t-shirt t-shirts tee tees sweatshirt sweatshirts hat hats
cap caps hoodie hoodies jersey jerseys poster posters sticker stickers bumper badge badges button buttons
billboard billboards mug mugs flag flags mask masks bracelet bracelets tattoo tattoos
screen screens plaque plaques inscription graffiti mural murals
""".split())

# Verbs a carrier "says" its text with: "a sign that *read*", "a hat *reading*", "banners *proclaiming*".
CARRIER_CUES: frozenset[str] = frozenset("""
read say proclaim declare state announce ask urge demand warn call
""".split())

# Forms of "be" before a participle cue make it passive: "was described as “…” by the health ministry" (the
# agent after "by" is the speaker; without one, the subject is who was described, not who spoke).
BE_FORMS: frozenset[str] = frozenset("""
be is are was were been being am 's 're
""".split())

# Words that may stand between a subject and its cue: "Xi *has also* said", "Cruz *later* told".
SKIPPABLE_BEFORE_CUE: frozenset[str] = frozenset("""
has have had was were is are be been will would could should may might can did does do also later
previously once repeatedly again then recently reportedly earlier subsequently quickly simply flatly
publicly privately often frequently still even just further further never not n't first last
""".split())

# Words that open a subordinate clause: "As the crowd began to chant, Silverman joked"; the main clause follows
# the comma.
SUBORDINATORS = {"as", "when", "while", "after", "before", "if", "although", "though", "because", "since",
                 "once", "until", "whereas"}

# Irregular past forms of cue verbs (regular ones are generated).
_IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke", "spoken"],
    "go": ["went", "gone"], "begin": ["began", "begun"], "put": ["put"], "cry": ["cried"],
    "quip": ["quipped", "quipping"], "slam": ["slammed", "slamming"], "scold": ["scolded"],
    "plead": ["pleaded", "pled"], "sum": ["summed", "summing"], "beg": ["begged", "begging"],
    "admit": ["admitted", "admitting"], "rebut": ["rebutted"], "chime": ["chimed", "chiming"],
    "deny": ["denied", "denies"], "reply": ["replied", "replies"], "testify": ["testified", "testifies"],
    "signal": ["signaled", "signalled", "signaling", "signalling"], "label": ["labeled", "labelled",
    "labeling", "labelling"], "dub": ["dubbed", "dubbing"], "aver": ["averred"], "mock": ["mocked"],
    "characterize": ["characterized"], "greet": ["greeted"], "opine": ["opined"], "muse": ["mused"],
    "posit": ["posited"], "counsel": ["counseled", "counselled"], "summarize": ["summarized"],
    "lash": ["lashed", "lashes"], "shoot": ["shot"], "hit": ["hit", "hitting"], "snap": ["snapped"],
    "sob": ["sobbed"], "sing": ["sang", "sung"], "object": ["objected"], "rail": ["railed"], "fire": ["fired"],
    "preach": ["preached", "preaches"], "lament": ["lamented"], "jab": ["jabbed", "jabbing"],
    "riff": ["riffed", "riffing"],
}


def _regular_forms(lemma: str) -> list[str]:
    """-s, -ed, -ing forms by the usual spelling rules ("argue" -> argues, argued, arguing)."""
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


@lru_cache(maxsize=1)
def inflections() -> dict[str, str]:
    """Every inflected form of every cue -> its lemma."""
    table: dict[str, str] = {}
    for lemma in SPEECH_CUES | set(PHRASAL_CUES):
        forms = [lemma, *_regular_forms(lemma), *_IRREGULAR.get(lemma, [])]
        for form in forms:
            table.setdefault(form, lemma)
    table["according"] = "according to"
    return table


def cue_lemma(token: str) -> str | None:
    """The cue lemma of a token ("Said" -> "say", "according" -> "according to"), or None."""
    return inflections().get(token.lower())


def speaks_at(tokens: list[str], k: int) -> bool:
    """Token k is a verb of speaking a name before it can be the subject of ("Biden said", "Biden hit back"):
    a cue, with its particle when it needs one (`PHRASAL_CUES`: "Storm Babet hit the county" is no speech)."""
    lemma = cue_lemma(tokens[k])
    if lemma is None or lemma == "according to":
        return False
    particles = PHRASAL_CUES.get(lemma)
    return particles is None or (k + 1 < len(tokens) and tokens[k + 1].lower() in particles)

# people spoken of as a group, whom "they" can stand for when they spoke ("Prosecutors told ... They said")
GROUP_NOUNS = frozenset("""
prosecutor lawyer attorney barrister solicitor counsel police detective investigator critic campaigner protester
doctor nurse teacher student researcher scientist analyst economist organiser organizer supporter opponent
lawmaker legislator juror voter player member worker neighbour neighbor relative friend agent family democrat
republican judge authority negotiator farmer owner manager coach fan survivor victim rescuer firefighter paramedic
""".split())
