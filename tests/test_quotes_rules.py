"""The attribution rules of helpers.quotes, each tried alone on a sentence: the rule that must decide
decides (with the expected speaker), and a rule that does not apply passes (None or False)."""
from __future__ import annotations

import pytest

from helpers.language.segment import Document
from helpers.load.article import from_text
from helpers.quotes import attribution as A
from helpers.quotes import find_quotes
from quote_checks import speaker_of as _speaker_of
from helpers.quotes import kinds as K
from helpers.quotes import nouns as N
from helpers.quotes.marks import quote_spans
from helpers.quotes.reading import Reading


def _reading(text: str) -> Reading:
    doc = Document(from_text(text))
    return Reading(doc, quote_spans(doc))


def _cue(r: Reading, word: str) -> A.CueAt:
    t = r.tokens.index(word)
    s = r.doc.sentences[r.doc.token_sentence[t]]
    return A.CueAt(r, t, r.cue_lemmas[t], s.first_token, s.last_token)


CUE_RULES = [
    ("according to X", A._according_to, "The plan will fail, according to Senator Lindsey Graham.", "according",
     "Lindsey Graham"),
    ("to say: the clause's subject", A._to_infinitive, "Donald Trump was prompted to say, “We will win.”", "say",
     "Donald Trump"),
    ("..., writing: the clause's subject", A._participle,
     "Hillary Clinton responded on Facebook, writing “We are stronger together.”", "writing", "Hillary Clinton"),
    ("a sign that read: the sentence's subject", A._relative_that,
     "Anna White hoisted a sign that read “Fifteen now!” at the rally.", "read", "Anna White"),
    ("and joked: the first verb's subject", A._coordinated,
     "Sarah Silverman was joined by Al Franken and joked, “This is fun.”", "joked", "Sarah Silverman"),
    ("“…,” said X", A._inverted, "“So far, it is working,” said Michael Baselice, a pollster.", "said",
     "Michael Baselice"),
    ("X said", A._subject_before, "Vladimir Putin said the talks were “warm and comradely”.", "said",
     "Vladimir Putin"),
    ("Said X, “…”", A._fronted, "Said Dorothy Poynter, who grew up with Ali, “He was kind.”", "Said",
     "Dorothy Poynter"),
]


@pytest.mark.parametrize("name, rule, text, cue, speaker", CUE_RULES, ids=[row[0] for row in CUE_RULES])
def test_cue_rule_decides_alone(name, rule, text, cue, speaker):
    assert rule(_cue(_reading(text), cue)) == speaker


PASSES = [
    ("according to passes on said", A._according_to, "Vladimir Putin said “no”.", "said"),
    ("to-infinitive passes on said", A._to_infinitive, "Vladimir Putin said “no”.", "said"),
    ("inverted passes on X said", A._inverted, "Vladimir Putin said the talks were “warm and comradely”.", "said"),
    ("fronted passes on X said", A._fronted, "Vladimir Putin said the talks were “warm and comradely”.", "said"),
]


@pytest.mark.parametrize("name, rule, text, cue", PASSES, ids=[row[0] for row in PASSES])
def test_cue_rule_passes_when_it_does_not_apply(name, rule, text, cue):
    assert rule(_cue(_reading(text), cue)) is None


NAMING = [
    ("he resolves to the last man", "Donald Trump spoke in Ohio. He said “we will win.”", "He", "Donald Trump"),
    ("a date names nobody", "On Monday, Xi Jinping said “yes.”", "Monday", None),
    ("a common noun phrase is itself", "A spokeswoman for the ministry said “no.”", "spokeswoman",
     "A spokeswoman for the ministry"),
    ("everyone names nobody", "Everyone said “no.”", "Everyone", None),
]


@pytest.mark.parametrize("name, text, head, speaker", NAMING, ids=[row[0] for row in NAMING])
def test_name_of_noun_phrase(name, text, head, speaker):
    r = _reading(text)
    assert N.name_of_np(r, r.tokens.index(head)) == speaker


TERMS = [
    ("so-called", K._term_marker, "It is a so-called “multipolar” world.", True),
    ("a title after a possessive", K._title, "She spoke on CNN’s “New Day” program.", True),
    ("a quoted modifier", K._quoted_modifier, "He joined the “Never Trump” movement.", True),
    ("speech is not a term", K._term_marker, "Vladimir Putin said “we are friends.”", False),
    ("a title opening a headline", K._headline_title, "'Sonic' Redesign Cost Paramount Nowhere Near Rumours", True),
    ("a title before a colon", K._headline_title, "'Waves': Why Taylor Russell Is the Breakout Star", True),
    # names, titles, labels and scare quotes that are no one's words (issue 14, attributed precision)
    ("the term, across a comma", K._term_marker, "She avoided the charged term, “radical Islam,” all night.", True),
    ("'in her words,' stays speech", K._term_marker, "In her words, “he knows how to do it.”", False),
    ("'as he was known,' stays speech", K._term_marker, "Freddy, as he was known, “was caught in the middle.”",
     False),
    ("a letter alone is a label", K._single_letter, "Voters pull the lever for “R,” or “D,” by habit.", True),
    ("a word is no letter", K._single_letter, "Tom Baker said “no,” and left.", False),
    ("a quotation hyphenated to a word", K._attached_suffix, "A browse through “moan”-worthy headlines.", True),
    ("a quotation before a dash and a space", K._attached_suffix, "He said “no” - and left.", False),
    ("a piece's title credited by its writer", K._byline_title,
     "“Met accused of whitewashing baby Jesus,” by Post’s Kathianne Boniello: “A man is suing the Met.”", True),
    ("an agent after a verb is no byline", K._byline_title, "The plan was called “a disgrace,” by critics.", False),
    ("a quoted label paragraph", K._label_paragraph, "“Related:”\n\nThe story goes on.", True),
    ("a quoted paragraph of speech is no label", K._label_paragraph, "“We will win.”\n\nThe story goes on.", False),
    ("a nickname between names the lists lack", K._nickname,
     "It was a runoff with Zbygnio “Zibi” Kowalczyk, a commissioner.", True),
    ("an epithet before a full name", K._nickname, "The South voted for “Dixiecrat” Strom Thurmond in 1948.", True),
    ("a capitalised word opening a sentence is no nickname", K._nickname, "“Sad” Trump Tower is empty.", False),
    ("an abbreviation as a modifier", K._quoted_modifier, "They went to a “No-B.S.” barbecue hosted by Scott Brown.",
     True),
    ("three words after a possessive", K._quoted_modifier, "He stood by his “Second Amendment people” remark.", True),
    ("an adjective coordinated with a noun stays speech", K._quoted_modifier,
     "He exposes the rage and “eruptive” behavior of the president.", False),
    ("a sentence ending in a period is no modifier", K._quoted_modifier, "He called it a “disaster.” Critics agreed.",
     False),
    ("a quoted subject before a past verb", K._quoted_subject, "“Stickerboy” placed two stickers over his face.", True),
    ("a title after a year", K._title, "The government stalled on the 2010 “Expulsion Initiative.”", True),
    ("titles in a list of works", K._title, "The band added Latin hits including “La Gozadera” to the mix.", True),
    ("a title in apposition after a dash", K._title, "The party called a referendum — “No to Free Lawyers” — for June.",
     True),
    ("a title after 'for'", K._title, "She spoke to a reporter for “Dateline on Assignment” on Wednesday.", True),
    ("one word after 'for' may be speech", K._title, "Many voted for “Trump” in the end.", False),
    ("a title after 'perform'", K._title, "Paul Simon proceeded to perform “Bridge Over Troubled Water.”", True),
    ("a document in apposition", K._named_document,
     "In his ''commander's intent,'' a document he drew up last year, he set goals.", True),
    ("a spokesman in apposition is no document", K._named_document, "“We will win,” a spokesman said.", False),
    ("a title before a bracketed year", K._dated_title, "“Stop mass naturalization” (2008) was the first.", True),
    ("a number in brackets is no year", K._dated_title, "“We will win” (he said twice) was the line.", False),
    ("a British quote is no headline title", K._headline_title, "'We will win,' said Tom Baker.", False),
]


@pytest.mark.parametrize("name, rule, text, term", TERMS, ids=[row[0] for row in TERMS])
def test_term_rule_alone(name, rule, text, term):
    r = _reading(text)
    span = r.spans[0]
    content = r.doc.text[span.start + span.open_len:span.end - span.close_len].strip()
    assert bool(rule(K.Quoted(r, span, content))) is term


FULL = [
    ("a sentence after 'said'", "Tom Baker said, “We will win.”", True),
    ("a title ending the writer's sentence after 'from'", "Jackie Chan was missing from ''Rush Hour.''", False),
    ("a title ending the writer's sentence after 'the'", "She praised the “Obama whisperer.”", False),
    ("an exclamation after 'of' stays a sentence", "The crowd broke into chants of “Lock her up!”", True),
]


@pytest.mark.parametrize("name, text, full", FULL, ids=[row[0] for row in FULL])
def test_is_full(name, text, full):
    r = _reading(text)
    span = r.spans[0]
    content = r.doc.text[span.start + span.open_len:span.end - span.close_len].strip()
    assert K.is_full(r.doc, span, content) is full


# --------------------------------------------------------------------------- categories of unseen articles (issue 14)

UNSEEN = [
    # straight single quotes, British style, nesting the other kind
    ("British single quotes", "Maria Lopez spoke at the rally. 'We will be there by noon,' she said.",
     "We will be there by noon,", "Maria Lopez"),
    ("British quote after the cue", "Tom Baker said: 'The council has run out of money.'",
     "The council has run out of money.", "Tom Baker"),
    ("single quotes nest double ones", "Tom Baker said: 'He told me \"never again\" and left.'",
     "He told me \"never again\" and left.", "Tom Baker"),
    ("a plural possessive inside single quotes", "'The students' votes count,' said Maria Lopez.",
     "The students' votes count,", "Maria Lopez"),
    ("rock 'n' roll is no quotation mark", "John Smith sang. 'Rock 'n' roll is here,' he said.",
     "Rock 'n' roll is here,", "John Smith"),
    ("double quotes nest single ones", "John Smith said \"the 'Dreamers' plan isn't dead\" today.",
     "the 'Dreamers' plan isn't dead", "John Smith"),
    # attribution after a dash, and "Name: “…”"
    ("a horizontal bar signature", "“It was the best day of my life.” ― Jane Austen",
     "It was the best day of my life.", "Jane Austen"),
    ("an em dash signature", "“We shall fight on the beaches.” — Winston Churchill",
     "We shall fight on the beaches.", "Winston Churchill"),
    ("a reader's quote with a place", "What readers said:\n\n“I love the new park.” — Maria Lopez, Ohio",
     "I love the new park.", "Maria Lopez"),
    ("a signature on the next line", "Other groups asked too.\n\n“I went to Wall Street.”\n\n- Hillary Clinton",
     "I went to Wall Street.", "Hillary Clinton"),
    ("Name: quote", "Winston Churchill: “We shall never surrender.”", "We shall never surrender.",
     "Winston Churchill"),
    # the right noun phrase
    ("not the place after 'of'", "Governor Greg Abbott of Texas called the plan “a disaster for families”.",
     "a disaster for families", "Greg Abbott"),
    ("not the place after 'in'", "Officials in Kabul said the talks were “very productive”.",
     "very productive", "Officials"),
    ("a chain of complements", ("However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem "
                                "told reporters, “We have suffered the same fate.”"),
     "We have suffered the same fate.", "Archbishop Aris Shirvanian"),
    ("the agent of a passive", "The report was described as “deeply flawed” by the health ministry.",
     "deeply flawed", "the health ministry"),
    ("the agent of a reduced passive the tagger read as a past tense",
     "The team lost on Sunday, a decision described as “heartbreaking” by forward Gabrielle Vittori.",
     "heartbreaking", "Gabrielle Vittori"),
    ("an active 'described as' keeps its subject", "Moss described the search as “exhausting” on Monday.",
     "exhausting", "Moss"),
    ("'they' is the group of people that was the subject before",
     "Prosecutors told the court the boy was dangerous. They said it would be “unfair” to release him.",
     "unfair", "Prosecutors"),
    ("'they' after a subject that is no people names nobody",
     "The rules changed in May. They said it would be “unfair” to others.", "unfair", None),
    ("'they' after two named people names nobody",
     "Ann Smith and Bob Jones met in May. They said it would be “unfair” to others.", "unfair", None),
    ("the agent of 'was asked by'", "Sanders was asked by host Bill Maher, who backs him, “Are you tired of it?”",
     "Are you tired of it?", "Bill Maher"),
    ("a passive without agent names nobody", "Donald Trump was asked, “What is the most dangerous place?”",
     "What is the most dangerous place?", None),
    ("an abstract subject does not speak",
     "The closures have angered parents, with one describing them as ‘a nightmare for families’.",
     "a nightmare for families", None),
    ("'has declared' is no passive", "Glenn Beck spoke for an hour. He has declared Cruz to be “anointed” by God.",
     "anointed", "Glenn Beck"),
    ("a sign's text is not the holder's words", "Protesters held a sign that read “No more wars”.",
     "No more wars", None),
    ("a shirt's text is not the wearer's words", "Kelsey Atkinson wore a shirt reading “Animal liberation now.”",
     "Animal liberation now.", None),
    ("a name before an age and a title", ("''I just don't think she's been truthful,'' Cecelia Purner, 67, a retired "
                                          "customer service representative, said."),
     "I just don't think she's been truthful,", "Cecelia Purner"),
    ("a name after a title in apposition",
     "“It's about time,” exhorted Clinton's introducer, actress Jamie Lee Curtis.", "It's about time,",
     "Jamie Lee Curtis"),
    ("X, who is ..., slammed", ("Linda Moss, who is a pastor at the Reformation Church of Elizabeth, Colorado, "
                                "slammed the plan as “a disgrace.”"), "a disgrace.", "Linda Moss"),
    # pronouns: the last person who fits, not a heading or a caption
    ("she skips a heading", "Sarah Palmer ran the shop for years.\n\nMaria Lopez leaves the council\n\n“We are broke,” she said.",
     "We are broke,", "Sarah Palmer"),
    ("he skips a caption", ("Tom Baker met the press.\n\nJohn Smith (Photo: AFP/Getty Images)\n\n"
                            "“We will appeal,” he said."), "We will appeal,", "Tom Baker"),
    ("he is the last quoted speaker",
     ("As Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told reporters, “We suffered.” "
      "He added, “Israel should have been one of the first.”"), "Israel should have been one of the first.",
     "Archbishop Aris Shirvanian"),
    # two people with one surname
    ("Smith is the Smith last introduced", ("Mary Smith and her daughter Anne Smith run the shop. Anne Smith opened "
                                            "it in 2010.\n\n“We love it here,” says Smith."),
     "We love it here,", "Anne Smith"),
    ("Smith is the Smith last named", ("Mary Smith and her daughter Anne Smith run the shop. Anne Smith opened it.\n\n"
                                       "Mary Smith disagrees. “It is hard work,” Smith said."),
     "It is hard work,", "Mary Smith"),
    # grammar of the attribution clause
    ("a title after a dash on its own line", "Reid spoke.\n\n“Great speech.”\n\n-President Obama, tweeting later.",
     "Great speech.", "Obama"),
    ("'known as' gives the name", "“There never was an order,” said the base chief known as Bob, speaking publicly.",
     "There never was an order,", "Bob"),
    ("a person in a place", "“Will he be the next attorney general?” a Democratic staffer in the room wondered.",
     "Will he be the next attorney general?", "a Democratic staffer"),
    ("a cue the tagger calls a noun", "“Let me help you out,” the Republican nominee riffed on the answer.",
     "Let me help you out,", "the Republican nominee"),
    ("'but said' repeats the earlier speaker",
     "Ben Boreing said the members will still meet for drinks, but said, “It’s time we change.”",
     "It’s time we change.", "Ben Boreing"),
    ("'and joked' after a passive", ("As the crowd began to chant, Sarah Silverman was joined on stage by Al Franken "
                                     "and joked, “You are being ridiculous,” drawing jeers."),
     "You are being ridiculous,", "Sarah Silverman"),
    ("the cue of the quotation's own sentence first",
     "Clinton responds to Mills with, “Why now?” Mills then writes back, “You look cute.”", "Why now?", "Clinton"),
    ("a statement noun before the quotation",
     "Immediately after the attacks, Donald Trump issued a statement, “Last night, our nation was attacked.”",
     "Last night, our nation was attacked.", "Donald Trump"),
    ("a possessor's words", "It was held there because, in Forbes’ words, “they are the most entrepreneurial places.”",
     "they are the most entrepreneurial places.", "Forbes"),
    ("the one person before a colon",
     "It traces its roots. Here’s Hillary Clinton in December 1992: “Our new direction must rest on skills.”",
     "Our new direction must rest on skills.", "Hillary Clinton"),
    ("a quotation opening with a bracket is a sentence",
     "“There are a couple of points,” Howard said. “(Cruz) has those values that I appreciate.”",
     "(Cruz) has those values that I appreciate.", "Howard"),
    ("a fragment going on in the next sentence",
     "“He’s supposed to be a cheerleader for this country,” Trump said. Instead, “he just acts like a defeated man.”",
     "he just acts like a defeated man.", "Trump"),
    ("a fragment after another speech verb is not continued",
     "“It was fine,” Trump said. Critics called it “a disaster of the first order for everyone”.",
     "a disaster of the first order for everyone", "Critics"),
    ("a “ typed for ”", ("Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked.\n\n"
                         "“No, I want to be associated with interesting quotes,” Trump insisted."),
     "No, I want to be associated with interesting quotes,", "Trump"),
    ("reacted", "“Is Obama profiling?” reacted Donald Trump.", "Is Obama profiling?", "Donald Trump"),
    ("a spokesperson for an organisation", "A spokesperson for the Met Police said: “A man was arrested.”",
     "A man was arrested.", "A spokesperson for the Met Police"),
    ("a spokesman for a campaign", "A spokesman for the Clinton campaign said the claim was “absurd”.", "absurd",
     "A spokesman for the Clinton campaign"),
    ("British: name, age, town, said:", "Sarah Jones, 45, from Leeds, said: 'It has been a nightmare for us all.'",
     "It has been a nightmare for us all.", "Sarah Jones"),
    # a quotation opened with “ and closed with " (mixed marks, common in PolNeAR's sources) is one quotation, and the
    # quotations after it in its paragraph are still found
    ("“ closed by a straight mark", "“We will win,\" Tom Baker said. “It is over,” he added.", "We will win,",
     "Tom Baker"),
    ("the quotation after a mixed-mark one", "“We will win,\" Tom Baker said. “It is over,” he added.", "It is over,",
     "Tom Baker"),
    ("a straight quote nested in a curly one", "“He said \"no\" to me,” Anna White said.", "He said \"no\" to me,",
     "Anna White"),
    # an aside in brackets after a quotation is no attribution tail
    ("a bracketed aside attributes nothing", ("The team did not want to sit with Martin Shkreli. Something about "
                                             "''optics.'' (Mr. Shkreli has pleaded not guilty.)"), "optics.", None),
    ("a tail in the same sentence still attributes", "Something about “optics,” Martin Shkreli said.", "optics,",
     "Martin Shkreli"),
    # "“…,” said he doesn't ...": the pronoun is the reported clause's subject, not an inverted speaker
    ("'said he doesn't' is no inversion", ("Humphrey, who calls Donald Trump a “sociopath,” said he doesn’t believe "
                                           "the effort needs an alternative."), "sociopath,", "Humphrey"),
    ("'said he.' is an inversion", "Tom Baker came in. “We will win,” said he.", "We will win,", "Tom Baker"),
    # the person after a place or a title used as a modifier; abbreviations inside a noun phrase
    ("a place modifying the speaker", "“It is a price to pay,” explained Los Angeles-based attorney Edgar Martirosyan.",
     "It is a price to pay,", "Edgar Martirosyan"),
    ("a constituent of a senator", "“That is treason,” said Cruz constituent Dan Golvach.", "That is treason,",
     "Dan Golvach"),
    ("an initial inside a phrase", "“We recommended otherwise,” said the former top aide to President George W. Bush.",
     "We recommended otherwise,", "the former top aide to President George W. Bush"),
    ("a speaker phrase stops at a paragraph break", ("UPDATE 10:10 a.m.\n\nA top Donald Trump adviser says the "
                                                     "businessman is on a “glide path” to the nomination."),
     "glide path", "A top Donald Trump adviser"),
    # a title that ends the sentence is the speaker, not an abbreviation before a name
    ("'said the senator.' at a sentence's end", "Critics were unmoved. “We will appeal,” said the senator.",
     "We will appeal,", "the senator"),
    ("'said Sen. Tom Baker' keeps the name", "“We will appeal,” said Sen. Tom Baker.", "We will appeal,", "Tom Baker"),
    # a name that modifies a noun ("the Tom Baker campaign") is not what a later "he" means
    ("a name modifying a noun is no antecedent", ("Steve Adler, the owner, said the Tom Baker campaign has not called "
                                                  "back, though he called its plan “a good deal for everyone.”"),
     "a good deal for everyone.", "Steve Adler"),
    ("a verb the tagger calls a noun keeps its subject", ("On the last day of the convention, Anna White strode across "
                                                          "the stage in a blue dress.\n\n“We are ready,” she said."),
     "We are ready,", "Anna White"),
    # a cue that cannot govern the quotation: in a fronted time clause, in brackets apart from it, in the next
    # sentence when the quotation did not end its own
    ("a cue in a fronted time clause", ("As Tom Baker spoke to the delegates on Thursday, the company became the first "
                                        "to buy a “promoted trend” on the site."), "promoted trend", None),
    ("a participle in a fronted clause", ("After blasting the paper for its story, Tom Baker recited a passage about "
                                          "“boasters” and “blasphemers” to the crowd."), "boasters", None),
    ("'As X put it,' comments on the main clause", "As Anna White put it, the plan is “dead on arrival.”",
     "dead on arrival.", "Anna White"),
    ("'As X told reporters,' too", "As Tom Baker told reporters, the plan is “dead on arrival.”", "dead on arrival.",
     "Tom Baker"),
    ("a cue after the fronted clause's comma is the main clause's",
     "If the law was never tested, Tom Baker said, there is “a simple explanation for it.”",
     "a simple explanation for it.", "Tom Baker"),
    ("a cue in brackets apart from the quotation", ("She shone at the Gridiron (a club of reporters who sing songs "
                                                   "about politicians), when she went from “Queen Nancy” to “Bag Lady” "
                                                   "overnight."), "Queen Nancy", None),
    ("no tail sentence after a quotation inside its sentence",
     ("The party launched the “expulsion of criminal foreigners initiative” in 2010. This initiative called for the "
      "deportation of offenders."), "expulsion of criminal foreigners initiative", None),
    ("a month as a surname", "Tory leader Theresa May said the deal was “a good one”.", "a good one", "Theresa May"),
    ("a place before a participle says nothing", ("Tom Baker issued a statement at his club outside Washington, D.C. "
                                                  "saying, “The election is far from over.”"),
     "The election is far from over.", "Tom Baker"),
    # headlines "X on Y: ‘…’": X speaks, Y is the topic
    ("a headline's speaker before 'on'", "Newt Gingrich on Donald Trump: ‘He Is the Nominee.’\n\nGingrich spoke.",
     "He Is the Nominee.", "Newt Gingrich"),
    ("a title before 'On'", "CNN President On Trump: ‘We Do Not Pay Candidates.’\n\nThe network paid nothing.",
     "We Do Not Pay Candidates.", "CNN President"),
    ("'spoke on Fox News:' keeps its subject", "Tom Baker spoke on Fox News: “This is wild.”", "This is wild.",
     "Tom Baker"),
    # terms keep no speaker, even with a speech verb in the sentence
    ("a title ending a sentence does not go on with the last speaker",
     ("David Lynch agreed to return. (''We've persuaded the original creators,'' he said.) Jackie Chan was "
      "missing from ''Rush Hour.''"), "Rush Hour.", None),
    ("a letter chosen is no one's words", ("Voters have no idea who their senator is, so they push the button for "
                                          "“R,” or “D,” according to their instinctive preference."), "R,", None),
    ("a song title is not the performer's words", ("Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon,” "
                                                    "who proceeded to perform “Bridge Over Troubled Water.”"),
     "Bridge Over Troubled Water.", None),
    # a quoted section heading keeps no speaker
    ("a quoted heading", "“We can do more,” said Carly Fiorina.\n\n'A fight to the finish.'\n\nThe merger was hers.",
     "A fight to the finish.", None),
]


@pytest.mark.parametrize("name, text, quote, speaker", UNSEEN, ids=[row[0] for row in UNSEEN])
def test_unseen_categories(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


NOT_QUOTES = [
    ("apostrophes are no quotation", "Don't go to the '90s party with 'em, said John Smith's sister."),
    ("a plural possessive alone", "The voters' anger and the students' fees rose."),
]


def test_american_style_keeps_straight_singles_for_headlines():
    """An article that quotes with double marks uses straight singles as American style does (headline shorthand,
    quotes within quotes): a headline's fragment so quoted is a term, said by nobody the grammar can tell (it may be
    anyone's words); a British-style article's singles open quotations everywhere."""
    american = ("Obama rips rhetoric over 'radical Islam'\n\n“We will not be divided,” Barack Obama said. "
                "“Never.”\n\n“It is a distraction,” he added.")
    found = find_quotes(Document(from_text(american)))
    assert found[found["text"] == "radical Islam"][["speaker", "kind"]].values.tolist() == [[None, "term"]]
    british = "Council 'out of money'\n\n'We have nothing left,' said Tom Baker. 'Nothing at all.'"
    assert {"out of money", "We have nothing left,", "Nothing at all."} <= set(
        find_quotes(Document(from_text(british)))["text"])


@pytest.mark.parametrize("name, text", NOT_QUOTES, ids=[row[0] for row in NOT_QUOTES])
def test_apostrophes_open_no_quotation(name, text):
    assert find_quotes(Document(from_text(text))).empty


# speakers on unseen Wikinews articles (issue 14): the name in apposition, not the title or the group it describes
APPOSITION = [
    ("a name after a title in apposition, with an honorific",
     "The finance minister of Kenya, Sheikh Omar Baraka, said, “We will cut taxes this year.”",
     "We will cut taxes this year.", "Omar Baraka"),
    ("a name after a title in apposition, with Dr.",
     "A spokeswoman for the council, Dr. Anna White, said: “The roads will reopen on Monday.”",
     "The roads will reopen on Monday.", "Anna White"),
    ("the group a person is from is no speaker",
     "Housing campaigner, Tom Baker, from the Sydney-based charity Fair Go Now says: “Nobody should sleep rough.”",
     "Nobody should sleep rough.", "Tom Baker"),
    ("the group a person is from is no speaker, no comma",
     "Tom Baker from the housing charity Shelter Scotland said: “Nobody should sleep rough.”",
     "Nobody should sleep rough.", "Tom Baker"),
    ("a title running into a name: the person", "Speaker of the House Paul Ryan said: “We will vote.”",
     "We will vote.", "Paul Ryan"),
    ("a name right before a common noun is a modifier, not a descriptor",
     "The emails were sent in a way FBI Director James Comey described as “extremely careless”.",
     "extremely careless", "James Comey"),
    ("'she' is the person, not the party in her title",
     ("Liberal Democrats have called for “green public transport” instead.\n\nThe lack of bids was “worrying”, "
      "commented Jenny Randerson, Welsh Liberal Democrats transport spokesperson.\n\n“This does suggest the "
      "service is not viable,” she said."),
     "This does suggest the service is not viable,", "Jenny Randerson"),
    ("a person named right after an organisation is a name of her own",
     ("Convenor of the Hill Street Residents Association Louise Byrne says the group left. “The border has "
      "tightened,” she said."), "The border has tightened,", "Louise Byrne"),
    ("a broadcaster before a host's name", "Fox News Sean Hannity said: “We will be back tomorrow.”",
     "We will be back tomorrow.", "Sean Hannity"),
]


@pytest.mark.parametrize("name, text, quote, speaker", APPOSITION, ids=[row[0] for row in APPOSITION])
def test_apposition_speakers(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


# a paragraph that is a quotation after one that reports a person's speech (issue 14, unseen Wikinews)
REPORTED_BEFORE = [
    ("the person the paragraph before reports",
     "Speaking to the media, Mr Tom Baker said he could not stay on.\n\n“I offered a plan. That was not accepted.”",
     "I offered a plan. That was not accepted.", "Tom Baker"),
    ("a report by an organisation gives no person", ("CNN reported that night that Tom Baker testifies about the attack.\n\n"
                                                    "“The hearing was closed to the public.”"),
     "The hearing was closed to the public.", None),
    ("'according to a statement' gives no person", ("According to the statement, Anna White met Tom Baker.\n\n"
                                                   "“The chairman has spoken to him a few times.”"),
     "The chairman has spoken to him a few times.", None),
    ("a transcript has voices of its own", ("Tom Baker and Anna White argued that the plan was naive.\n\n"
                                           "“Tom Baker: Seriously, who pays for it?”"),
     "Tom Baker: Seriously, who pays for it?", None),
    ("a heading in capitals", "Anna White said the plan would fail.\n\n“DIVISIVE AND WRONG”\n\nThe vote is today.",
     "DIVISIVE AND WRONG", None),
]


@pytest.mark.parametrize("name, text, quote, speaker", REPORTED_BEFORE, ids=[row[0] for row in REPORTED_BEFORE])
def test_quotation_paragraph_after_reported_speech(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
