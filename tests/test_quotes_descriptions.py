"""Speakers named by a description with a proper-noun modifier (`helpers.quotes.descriptions`): "the Labour MP",
"the New Jersey senator", "the former CM" (and a role in a heading: "Opposition leader says …") name a person only
when the text tied those words to that one person (a title run, an apposition, a party-and-state tag); otherwise
the phrase stays as written. Also the speaker grammars added with them: a bare weekday as a time adverbial after a
name, a colon after a trailing subordinate clause, a fixed postmodifier ("the MP in question").

Each row is text written for the test in the style of the articles audited in /work/notes/speakers6_audit.md
(names, places and wording invented) and the speaker `find_quotes` must give the quotation; rows that must keep
the phrase say so in their name.
"""
from __future__ import annotations

import pytest

from quote_checks import speaker_of as _speaker_of

ROWS = [
    ("a title run before the name ties the description (unchanged: `titles.title_holder`)",
     ("Labour MP Tom Harlow has criticised the plan to close the hospital. Ministers say the site is unsafe.\n\n"
      "“It is a disgrace,” the Labour MP said."),
     "It is a disgrace,", "Tom Harlow"),
    ("an apposition after the name ties it, its complement ('for Dunmore') aside",
     ("Tom Harlow, the Labour MP for Dunmore, said the plan had failed. Ministers say the site is unsafe.\n\n"
      "“It is a disgrace,” the Labour MP said."),
     "It is a disgrace,", "Tom Harlow"),
    ("an apposition before the name ties it",
     ("The Labour MP for Dunmore, Tom Harlow, said the plan had failed. Ministers say the site is unsafe.\n\n"
      "“It is a disgrace,” the Labour MP added."),
     "It is a disgrace,", "Tom Harlow"),
    ("an abbreviated title in the run: 'New Jersey Sen.' is 'the New Jersey senator'",
     ("New Jersey Sen. Rob Mendez voted against the bill on Tuesday. The vote was 51 to 49.\n\n"
      "“This bill hurts families,” the New Jersey senator said."),
     "This bill hurts families,", "Rob Mendez"),
    ("a party-and-state tag: 'D-Pa.' is 'the Pennsylvania Democrat'",
     ("Sen. Joan Fetter, D-Pa., told reporters the bill would fail. Her colleagues disagreed.\n\n"
      "“It was not long ago that we said you never shut the government down,” the Pennsylvania Democrat said."),
     "It was not long ago that we said you never shut the government down,", "Joan Fetter"),
    ("initials of a place and a title: 'the former MP CM' for 'Former Madhya Pradesh Chief Minister'",
     ("Former Madhya Pradesh Chief Minister Ravi Chauhan on Tuesday visited Agartala. He met party workers.\n\n"
      "“Loot-raj is unleashed in the state,” the former MP CM said."),
     "Loot-raj is unleashed in the state,", "Ravi Chauhan"),
    ("a title before a comma at the start of the sentence ties 'the former CM'",
     ("Former Haryana Chief Minister, Bhupen Hooda, on Tuesday said the BJP divides people.\n\nAddressing a rally, "
      "Hooda said the BJP had lied.\n\n“Inspector Raj would be abolished,” the former CM said."),
     "Inspector Raj would be abolished,", "Bhupen Hooda"),
    ("the one senator whose state is open, when the others' states differ",
     ("Sen. Lin Graves, R-S.C., said: “Speak with your voice.”\n\nAdded Sen. John McKee, R-Ariz., “We stand ready.”"
      "\n\nGang of Eight member Sen. Rob Mendez spoke on Hardball. “If you insist on a majority of the majority, that "
      "is a minority,” the New Jersey senator explained."),
     "If you insist on a majority of the majority, that is a minority,", "Rob Mendez"),
    ("the nationality tells two prime ministers apart",
     ("During the first meeting between new Estonian Prime Minister Andres Kask and Finnish Prime Minister Matti "
      "Lahti, they praised the ties between their countries.\n\nIn education, the Estonian PM said: "
      "“Experience that Estonians gained in Finland matters.”"),
     "Experience that Estonians gained in Finland matters.", "Andres Kask"),
    ("a party as the head ties only a person given the state too",
     ("House Speaker Paul Ryan, a Republican, urged members to back the bill. He was backed by Sen. Ted Cruz, who said "
      "the Senate would vote soon.\n\n“I have significant concerns,” the Texas Republican said."),
     "I have significant concerns,", "the Texas Republican"),
    ("another party's senator keeps the phrase as written",
     ("Sen. Lin Graves (R-S.C.) voted against the bill. The vote was 51 to 49.\n\n"
      "“This bill hurts families,” the Democratic senator said."),
     "This bill hurts families,", "the Democratic senator"),
    ("two people given the same words: ambiguous, the phrase as written",
     ("Ann Lee, a Labour MP, spoke on Monday. Tom Hart, a Labour MP, spoke too. The Labour MP said the plan was "
      "“a disgrace”."),
     "a disgrace", "The Labour MP"),
    ("a description the text never gave anyone keeps the phrase as written",
     ("Jeremy Colby has insisted his party is united. Ministers say otherwise.\n\n“We are one party,” the Labour "
      "leader said."),
     "We are one party,", "the Labour leader"),
    ("the phrase as written when only a modifier other than a party or state is missing",
     ("Prime Minister Andres Kask met reporters in Tallinn. The talks lasted two hours.\n\n"
      "“It went well,” the Latvian PM said."),
     "It went well,", "the Latvian PM"),
    ("a role without an article in a heading is the one person the paragraphs below give its words",
     ("Opposition leader says budget will take ‘months’ to fix\n\nOpposition leader Mark Brennan says the state "
      "budget is in a mess."),
     "months", "Mark Brennan"),
    ("a role in a heading that nobody below holds stays as written",
     "Federal judge calls the order ‘unlawful’\n\nA ruling on Monday halted the plan across the state.",
     "unlawful", "Federal judge"),
    ("a bare weekday between a name with a party tag and its verb",
     "Senator Tom Carden (R-Arkansas) Thursday said the bill was “dead on arrival”.",
     "dead on arrival", "Tom Carden"),
    ("a colon after a trailing subordinate clause: the main clause's subject, not the name before the colon",
     "Gov. Ann Ruiz released a statement after a meeting with Senator Bill Smith: “We agreed on nothing.”",
     "We agreed on nothing.", "Ann Ruiz"),
    ("a name right before the colon still speaks when no subordinate clause comes between (unchanged)",
     "The night ended with a toast from Senator Bill Smith: “We agreed on nothing.”",
     "We agreed on nothing.", "Bill Smith"),
    ("'the MP in question' has MP as its head",
     ("Tory MP Jim Lane was suspended on Monday. The MP in question says he was never told about the change. "
      "“I had no idea,” the MP in question said."),
     "I had no idea,", "Jim Lane"),
]


@pytest.mark.parametrize("name, text, quote, speaker", ROWS, ids=[row[0] for row in ROWS])
def test_descriptions(name, text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
