"""Page furniture: lines around an article that are part of the web page, not of the story.

A line is furniture only when the *whole* line (after trimming spaces and trailing punctuation such as
`:` or `|`) is one of these labels, so a sentence that merely contains "share" or "print" is never
touched. Labels are kept per language; each removal is reported with the rule that matched.
"""
from __future__ import annotations

import re

# rule name -> labels (regular expressions matched against the whole trimmed line, case-insensitive)
FURNITURE_LABELS: dict[str, list[str]] = {
    "share": [
        r"share(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?",
        r"share on (?:facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit)", r"be sociable,? share!?",
        r"share to",
        r"تم نسخ الرابط",  # Arabic: "link copied"
        r"مشاركة", r"شارك", r"شارك(?:وا)? (?:المقال|الخبر)", r"partager", r"teilen", r"compartir",
        r"compartilhar", r"partilhar", r"condividi", r"поделиться", r"分享", r"シェア", r"paylaş",
        r"शेयर करें", r"delen", r"udostępnij",
    ],
    "social buttons": [
        r"(?:(?:facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest|messenger|"
        r"copy link|print)[\s,|•·/]*){2,}",
    ],
    "print": [r"print(?: this (?:article|page|story))?", r"طباعة", r"imprimer", r"drucken", r"imprimir",
              r"stampa", r"печать", r"打印", r"印刷"],
    "email": [r"e-?mail(?: this (?:article|story|page))?", r"tweet", r"save", r"bookmark"],
    "advertisement": [
        r"advertisement", r"advertisements", r"advert", r"ads?", r"sponsored(?: content)?", r"promoted",
        r"إعلان", r"publicité", r"anzeige", r"werbung", r"publicidad", r"publicidade", r"pubblicità",
        r"реклама", r"广告", r"広告", r"reklam", r"विज्ञापन", r"scroll to continue with content",
    ],
    "read more": [
        r"read more", r"read more[:>»›].{0,150}", r"continue reading", r"read the full (?:story|article)",
        r"read: .{1,150}", r"source link",
        r"(?:more|latest) (?:stories|news|articles) from .{1,60}",
        r"listen to the full (?:episode|interview|podcast|story).{0,60}", r"قد يهمك (?:أيضا|أيضاً|ايضا)",
        # a teaser with its age glued on: "27m agoTesla recalls thousands of cars"
        r"\d{1,2} ?(?:s|m|mins?|h|hrs?|d) ago(?-i:[A-Z]).{0,150}",
        r"(?:read also|also read|see also|related|more on this story|you may also like|recommended)"
        r"(?:[:>»›].{0,150})?",
        r"related (?:articles|stories|content|coverage|topics)", r"most (?:read|popular|viewed)",
        r"latest posts by .{1,60}", r"read related(?: also)?:? .{1,150}",
        r"[اإ]قرأ (?:أيضا|أيضاً|المزيد)", r"lire (?:aussi|la suite|plus)", r"weiterlesen", r"mehr lesen",
        r"mehr zum thema", r"leer más", r"lee también", r"leia (?:mais|também)", r"leggi anche",
        r"читайте также", r"подробнее", r"阅读更多", r"相关阅读", r"続きを読む",
    ],
    "sign up": [
        r"sign up(?: (?:now|here|for (?:our|the) .{0,60}newsletters?))?", r"subscribe(?: now| here| today)?",
        r"(?:get|join) (?:our|the) .{0,40}newsletter", r"newsletter sign[- ]?up", r"log ?in", r"sign in",
        r"register", r"sign up (?:to|for) (?:our|the) .{0,40}newsletters?", r"view all newsletters",
        # a paywall's form: "Sign in to continue", "Trouble signing in?", "Take a 30-day trial", "Choose a package"
        r"sign in to (?:continue|read|comment|keep reading).{0,40}", r"trouble (?:signing|logging) in\??",
        r"(?:reset|forgot(?: your)?) password.{0,40}", r"already (?:a subscriber|have an account)\??.{0,40}",
        r"(?:take|start|begin) (?:a|your) (?:free )?(?:\d+[- ]day )?(?:free )?trial.{0,20}",
        r"choose (?:a|your) (?:package|plan|subscription)", r"try [\w ]{1,20} ?- ?free",
        # a sign-in wall: "Create a free account to read this article", "Continue with Google"
        r"create (?:a |an )?(?:free )?account to (?:read|continue|keep reading).{0,40}",
        r"(?:log ?in|sign ?in) or (?:sign ?up|register) to (?:continue|read|keep reading).{0,30}",
        r"continue with (?:e-?mail|google|apple|facebook|microsoft|linkedin)",
        r"support \d+ years of independent journalism\.?", r"your support (?:helps us|makes all the difference).{0,60}",
        r"s'abonner", r"abonnez-vous", r"abonnieren", r"suscríbete", r"assine",
        r"подписаться", r"订阅", r"اشترك",
    ],
    "follow us": [r"follow us(?: on .{0,40})?", r"suivez-nous(?: sur .{0,40})?", r"folgen sie uns.{0,40}",
                  r"síguenos.{0,40}", r"تابعونا.{0,40}"],
    "comments": [r"comments?", r"\d+ comments?", r"comments?: ?\d+", r"leave a (?:comment|reply)", r"show comments",
                 r"your email address will not be published\.?.{0,60}", r"comments are closed\.?",
                 r"(?:sorry,? )?we are not (?:currently )?accepting comments.{0,40}",
                 r"view comments", r"add a comment", r"تعليقات", r"commentaires", r"kommentare", r"comentarios"],
    "navigation": [r"skip to (?:main )?content", r"skip navigation", r"back to top", r"top of page",
                   r"click here.{0,60}", r"home", r"menu", r"close", r"x", r"next (?:article|story)",
                   r"expand ?/ ?collapse search", r"watch (?:tv|live)", r"live tv", r"start reading",
                   r"icon \w+", r"\w+ icon it indicates .{1,160}", r"fact-?box(?: text)?",  # an icon's alt text
                   r"scroll (?:down|up) (?:to|for) .{1,80}",
                   r"key posts", r"latest posts",  # a live blog's tabs
                   r"previous (?:article|story)", r"use (?:the )?arrow keys.{0,40}", r"loading(?:\.{3}|…)?",
                   r"(?:a[-+]?\s*){2,3}",  # font-size buttons: "A A A"
                   r"home ?[/>»›|] ?.{1,200}",  # a breadcrumb trail: "Home / Politics / Story"
                   # a menu in one line: "Local | National News | Politics | Search" (no digits: not a table row)
                   r"[^|\d]{1,30}(?:\|[^|\d]{1,30}){3,}"],
    "timestamp": [r"(?:date|published|updated|posted|first posted)(?: on)?",
                  r"(?:reported|posted|published|updated|added) (?:\d+|an?|one) (?:second|minute|hour|day|week|month|"
                  r"year)s? ago"],
    "section label": [r"(?:media|press) release", r"news release"],  # the label alone, its date on another line
    "tags": [r"(?:tags?|topics?|categories|category|كلمات دلالية|الكلمات المفتاحية|وسوم): ?[^.!?]{1,150}",
             r"(?:filed under|posted in|published in):? ?[^.!?,]{1,40}",
             r"(?-i:[a-z]*(?:[A-Z][a-z]+){3,})"],  # a page's categories glued: "budgetBusinessNewsSenate"
    "author box": [r"author", r"about the author", r"رئيس التحرير",  # Arabic: "editor-in-chief"
                   r"(?:more )?about (?:the )?(?:author|writer|reporter)s?"],
    "error message": [r"oops!?", r"something went wrong\.?", r"please try again(?: later)?\.?",
                      r"(?:this )?(?:video|content|media) (?:is )?(?:not available|unavailable).{0,60}"],
    "image": [r"image", r"photo", r"video", r"gallery", r"image \d+ of \d+",
              r"[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|svg)"],  # an image's file name: "Story-Page-B.gif"
    "reading time": [r"\d+ min(?:ute)?s?", r"time to read", r"reading time:? ?\d* ?min(?:ute)?s?"],
    "copyright": [r"(?:copyright )?(?:©|\(c\)) ?\d{4}.{0,100}", r"all rights reserved\.?.{0,40}",
                  r"copyright \d{4}.{0,100}"],
}

# Wire and photo agencies, as credits and datelines name them
_AGENCIES = (r"getty images|ap photo|ap|associated press|reuters|afp|aap|epa|pa(?: wire| media)?|bloomberg|"
             r"pti|ani|ians|uni|shutterstock|istock|alamy|supplied|file|handout")

# a photographer's credit: a name of two to four words (particles allowed), a slash, an agency or a paper
_CREDIT = (r"(?-i:[A-Z][\w'’-]+(?: (?:van|de|da|von|la|le|del|di))?(?: [A-Z][\w'’-]+){1,3}) ?/ ?"
           rf"(?:{_AGENCIES}|stuff|nzme|rnz|(?-i:[A-Z]{{2,6}}))(?: images)?")

# Lines a story's own text file may carry between its paragraphs: notices, photo captions with their credit,
# a byline. Checked on every article (`find_furniture`); the pasted-page reader (`helpers.load.pasted`) has its
# own way with captions and bylines, which these rules would upset, so it uses `FURNITURE_LABELS` only.
STORY_LINE_LABELS: dict[str, list[str]] = {
    "notice": [
        r"we(?:'|’)re sorry, this feature is currently unavailable\..{0,120}",
        r"this (?:article|story|page)? ?was (?:first )?published (?:more than )?(?:\d+|an?|one|two|three|four|five|"
        r"six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?|hours?) ago",
        r"listen to (?:this|the) (?:article|story)(?: \(?\d+ min(?:ute)?s?\)?)?", r"\d+ min(?:ute)?s? read",
        r"(?:javascript|cookies) (?:is|are) (?:disabled|required|not enabled).{0,120}",
    ],
    # a photo caption ending with its credit: "... last week.Credit: Dominic Lorrimer", "(Image: Charlotte Bond)"
    "caption": [r".{0,180}(?:\.|\s)(?:credit|picture|photo|photograph|image)s?: ?(?-i:[A-Z])[^.!?:]{1,60}",
                r"(?:.{0,180}\s)?(?:photo|picture|image) credit: ?(?-i:[A-Z])[^.!?:]{1,60}\.",  # "... Photo credit: X."
                # the photographer and the paper in brackets: "... in four instalments. (Asha Rao/City Times)"
                r".{10,250}\((?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) ?/ ?(?-i:[A-Z])[\w .'’-]{1,40}\)",
                r"(?:follow us on )?image source ?: ?.{1,250}",  # Indian style: "Image Source : PTI/FILE Name"
                r".{0,180}\((?:image|photo|picture|credit)s?: [^)]{1,60}\)",
                # "Credit...Jane Doe/The Daily", "Image caption The minister ...", "Media caption Who is ...?"
                r".{0,250}\bcredit ?(?:\.\.\.|…) ?(?-i:[A-Z]).{1,80}",
                r"(?:media|image|video) (?:caption|copyright|source),? .{1,250}",
                # New Zealand Herald style: "... delivered 48 recommendations. Photo / WCC"
                r".{1,250}[.!?”] ?(?:photo|picture|image|video)s? ?/ ?(?-i:[A-Z])[^.!?]{1,60}",
                # (a credit alone, "Photo: Sam Reid", stays: the quotation reader takes it and the line before it
                # for a picture's caption and credit, and goes on with the voice before them)
                # a caption ending with its credit in brackets: "(AAP: Dan Himbrechts)", "(Getty Images)"
                rf".{{0,250}}\((?:(?-i:[A-Z]{{2,6}})(?: news)?|{_AGENCIES})(?: ?/ ?[^:)]{{1,40}})?: [^)]{{1,60}}\)",
                r".{0,250}\((?:getty images|ap photo[^)]{0,60}|supplied|file(?: photo)?|handout|shutterstock|istock|"
                r"alamy)\)",
                # or "Photographer Name/Agency" at its end or its start: "... Chuck Lee Mark Hale/Getty Images",
                # "Ann van Dijk/Stuff Opponents of the plan packed the gallery"
                rf".{{10,250}}[\w,)] {_CREDIT}",
                rf"{_CREDIT} (?-i:[A-Z]).{{10,250}}",
                # or with "Supplied" after its last sentence (New Zealand and Australian papers)
                r".{1,250}[.!?)”] ?(?-i:Supplied|SUPPLIED|File photo|Handout)\.?",
                # or with the photographer and the outlet's initials, either way round: "... the court. Kim Baker
                # Wilson / RNZ", "... Mt Wellington. RNZ / Felix Walton"
                r".{1,250}[.!?”] (?-i:(?:[A-Z][\w'’-]+ ){1,3}/ ?[A-Z]{2,6}|[A-Z]{2,6} ?/ (?:[A-Z][\w'’-]+ ?){1,3})"],
    # a wire agency and the place it filed from, or the source of a press release
    "agency": [rf"(?:\w+-\w+ )?(?:{_AGENCIES}|press trust of india)(?:\s+(?-i:[A-Z][\w-]+)){{0,3}}"
               r"(?:\s*[|,]?\s*(?:last )?updated\s*:?.{0,60})?",
               r"source: (?-i:[A-Z])[\w .&'’()-]{1,60}", r"(?-i:[A-Z])[\w ]{1,30} news service",
               # a wire story's credits: "(Reporting by Jo Bell; Editing by Tom Hale)"
               r"\((?:additional )?(?:reporting|writing|editing|compiled|edited) by [^()]{1,160}\)",
               # where a reposted story comes from: "News from WCC", "Report from RNZ", "Newspapers from Australia"
               r"(?:news|report|release|statement|newspapers) (?:from|in) (?-i:[A-Z])[\w.&'’ -]{1,30}",
               r"المصدر: ?[^.!?:]{1,60}"],
    # a link between paragraphs: "GET CITY NEWS ON THE GO BY CLICKING HERE" (here, not in FURNITURE_LABELS: the
    # pasted-page reader would weigh it as a label and end the story's stretch above it)
    "navigation": [r"(?:get|read|watch|download|listen|find|see|follow|sign)\b[^.!?]{1,60} by clicking here"],
    # (an embedded post and its signature, "— The Desk (@thedesk) October 24, 2021", stay: the article-extraction
    # benchmark's readers count them as the article's text)
    "byline": [r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) by",  # "Jane Doe By" (the label after the name)
               # the name glued to its byline: "Jane DoeBy Jane Doe"
               r"(?-i:(?P<glued>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))\s*by (?P=glued)",
               # a kind of piece and its writer: "Opinion by Jane Doe", "COMMENTARY by Jo Bell – on the rates"
               r"(?:opinion|commentary|analysis|comment|column|review|explainer|editorial|perspective) by "
               r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?: [-–—] .{1,80})?",
               r"by:? (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
               r"september|october|november|december)(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
               r"(?:,? (?:and|&) (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}))?"
               r"(?: for (?-i:[A-Z])[\w.&'’-]+(?: [\w.&'’-]+){0,4})?"  # "By Jo Bell for RNZ"
               r"(?: ?\| ?(?-i:[A-Z])[\w .&'’-]{1,40})?"],  # and the outlet: "By Jane Doe | City News"
}

_TRAILING = " \t:：|•·›»>-–—"  # "Share:", "Menu |"
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)$")  # "Continue reading...", "Loading…" (a single stop stays: a sentence's)
_LEADING = " \t|•·‹«<"


def _compiled(*tables: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for all the rules, a named group each, tried in order (so one match per line, not one
    per rule), and the rule's name for each group's."""
    names = {f"r{i}": name for i, name in enumerate(name for table in tables for name in table)}
    labels = [labels for table in tables for labels in table.values()]
    pattern = "|".join(f"(?P<{group}>" + "|".join(rule) + ")" for group, rule in zip(names, labels))
    return re.compile(pattern, re.IGNORECASE | re.DOTALL), names


_RULES = _compiled(FURNITURE_LABELS)
# A caption's patterns scan the whole line for its credit; only a line with a word a credit has is scanned.
_CAPTION_CUE = re.compile(r"c(?:redit|aption|opyright)|p(?:hoto|ictur)|image|video|supplied|handout| / |[a-z]/[a-z]")
_STORY_LINE_RULES = (
    (None, _compiled(FURNITURE_LABELS, {"notice": STORY_LINE_LABELS["notice"]})),
    (_CAPTION_CUE, _compiled({"caption": STORY_LINE_LABELS["caption"]})),
    (None, _compiled({name: labels for name, labels in STORY_LINE_LABELS.items()
                      if name not in ("notice", "caption")})),
)
MAX_FURNITURE_LINE = 200  # longer lines are text, whatever they start with


def furniture_rule(line: str, *, story_lines: bool = False) -> str | None:
    """The rule a whole line matches as page furniture, or None when the line is article text
    (`story_lines`: the notices, captions and bylines of `STORY_LINE_LABELS` too).

    >>> furniture_rule("مشاركة :")
    'share'
    >>> furniture_rule("He did not share the view.") is None
    True
    >>> furniture_rule("By Lucy Stone", story_lines=True)
    'byline'
    """
    label = line.strip().strip(_TRAILING).strip(_LEADING)
    if label.endswith(("...", "…")):
        label = _ELLIPSIS.sub("", label).strip(_TRAILING)
    if not label or len(label) > MAX_FURNITURE_LINE:
        return None
    if not story_lines:
        pattern, names = _RULES
        match = pattern.fullmatch(label)
        return names[match.lastgroup] if match else None
    for cue, (pattern, names) in _STORY_LINE_RULES:  # in the order of the tables
        if cue is None or label[-1] == ")" or cue.search(label.lower()):
            match = pattern.fullmatch(label)
            if match:
                return names[match.lastgroup]
    return None
