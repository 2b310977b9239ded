"""Word lists for names: titles, organisation and place words, words that are never names, and first names
(nltk's `names` corpus). Shared by `helpers.language.entities` (finding names), `helpers.language.name_kinds`
(their kinds) and the quotes."""
from __future__ import annotations

import re
from functools import lru_cache

from helpers.resources import require, use_project_nltk_data


# Titles and honorifics written before a name. "President Xi" -> person, title "president".
# Must match: "President", "Sen.", "Mr.", "Secretary". Must not match: "White", "House", "China".
PERSON_TITLES: frozenset[str] = frozenset("""
president vice-president prime minister premier chancellor king queen prince princess pope emperor
senator sen sen. rep rep. representative congressman congresswoman gov gov. governor lt lt. mayor
secretary speaker leader chairman chairwoman chair director chief ceo executive judge justice attorney
general gen gen. col col. sgt sgt. capt capt. adm adm. lt. commander officer ambassador envoy spokesman
spokeswoman spokesperson adviser advisor aide minister dr dr. mr mr. mrs mrs. ms ms. miss sir dame lord
lady rev rev. reverend father bishop sheikh ayatollah professor prof prof. candidate nominee chairperson
commissioner deputy assistant press strategist analyst economist pollster host anchor correspondent
columnist editor founder manager coach sheriff detective inspector councilman councilwoman
treasurer admiral secretary-general lieut lieut. brig brig. cpl cpl. colonel lieutenant sergeant captain
corporal supervisor councillor alderman assemblyman assemblywoman justices shri smt smt. magistrate coroner
superintendent constable nurse emir administrator councilmember councilperson selectman selectwoman alderwoman
freeholder collector governor-general attorney-general solicitor-general director-general
inspector-general auditor-general major-general lieutenant-general brigadier-general cm
""".split())
MALE_TITLES = frozenset({"mr", "mr.", "sir", "king", "prince", "lord", "father", "congressman", "councilman",
                          "chairman", "spokesman", "emperor", "pope", "shri", "selectman", "alderman"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "queen", "princess", "lady",
                            "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "smt", "smt.", "selectwoman",
                            "alderwoman"})
# Honorifics that are not useful as a later "the ..." mention.
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "shri", "smt",
                         "smt."})

# A capitalised word that makes a name an organisation. Must match "Carnegie Russia Eurasia Center",
# "Fox Business Network", "White House", "Republican National Committee"; must not match "Xi Jinping".
ORG_WORDS: frozenset[str] = frozenset("""
party committee council ministry department university college school center centre institute agency
news times post journal network bank fund corp corp. corporation inc inc. co co. company association union
commission house senate congress parliament kremlin pentagon court administration campaign foundation
group office bureau service services police army navy force forces board authority organization
organisation federation league club team press media magazine television tv radio airlines church
assembly cabinet government trust partners society coalition alliance caucus tribune herald guardian
""".split())
# Words that head a place name, and may take "of": "Sea of Japan", "Gulf of Oman", "State of Texas".
GEO_WORDS: frozenset[str] = frozenset("""
sea gulf bay river lake mount mountains island islands isle cape strait state republic city county
province region valley desert ocean coast peninsula district square street avenue park dam grounds forest
canal harbor harbour reservoir falls boulevard road highway motorway freeway plaza lane terrace vale
maidan chowk marg territory close grove mews
""".split())
# the last word of a street's name that is no surname: "Fred Taylor Drive", "Martin Luther King Jr Boulevard"
# name a street after a person, and are places (not "Jane Street": `name_kinds._SURNAME_GEO_WORDS`)
STREET_ENDS: frozenset[str] = frozenset("drive boulevard avenue road highway parkway freeway motorway".split())
# ISO 4217 codes of the currencies news quotes most; next to a figure ("USD 250 billion", "97.27 USD") a code
# is a unit, no name.
CURRENCY_CODES: frozenset[str] = frozenset("""
USD EUR GBP JPY CNY RMB INR AUD NZD CAD CHF HKD SGD SEK NOK DKK ISK RUB BRL MXN ZAR KRW TWD THB IDR MYR PHP
PKR BDT LKR NPR AED SAR QAR KWD EGP NGN KES GHS TRY PLN CZK HUF ILS ARS CLP COP PEN UAH VND
""".split())
# Written against a figure, codes, magnitudes and the rupee's sign name no one: "USD 250 billion", "$5.3 Mln",
# "4 Bln yen", "Rs 5 Cr" (the numbers stage reads them; see helpers/numbers/lexicon.py MAGNITUDES).
FIGURE_CODES: frozenset[str] = CURRENCY_CODES | frozenset(
    w for word in "Mn Mln Bn Bln Tn Trn Cr Rs Lakh Lakhs Crore Crores".split() for w in (word, word.upper()))
# Places a tagger cannot tell from people. Must match "China", "Beijing", "Texas"; not "Putin".
PLACES: frozenset[str] = frozenset("""
afghanistan albania algeria america argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil britain bulgaria cambodia canada chile china colombia congo croatia
cuba cyprus czechia denmark egypt england estonia ethiopia europe africa asia finland france georgia
germany ghana greece haiti hungary iceland india indonesia iran iraq ireland israel italy japan jordan
kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania mexico moldova mongolia morocco
myanmar nepal netherlands nigeria norway pakistan palestine panama peru philippines poland portugal qatar
romania russia rwanda scotland serbia singapore slovakia somalia spain sudan sweden switzerland syria
taiwan tajikistan thailand tunisia turkey ukraine uganda uzbekistan venezuela vietnam wales yemen
zimbabwe alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
vermont virginia washington wisconsin wyoming carolina dakota hampshire jersey york beijing moscow
london paris berlin brussels tokyo kyiv kiev tehran baghdad damascus jerusalem gaza cairo delhi shanghai
harbin hong kong seoul pyongyang chicago boston houston dallas atlanta miami milwaukee detroit
philadelphia seattle angeles francisco denver phoenix iowa manhattan brooklyn baltimore orlando tampa
cleveland las vegas new city san los st. north south west east republic us u.s. usa u.s.a. uk u.k. nsw qld
""".split())
# Capitalised words that are never a name by themselves (sentence openers, days, months).
NOT_NAMES: frozenset[str] = frozenset("""
the a an and but or if in on at of for to by with from as it its he she they we i you his her their our
this that these those there here when while after before since monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
mr mr. mrs mrs. ms ms. dr dr. said says according yes no not so also however meanwhile still then
how what why where which
""".split())
# Quantifiers opening a sentence before a name, no part of it: "Many Han Chinese", "Several Democrats"; inside a
# name they stay ("Christmas Every Day").
QUANTIFIERS: frozenset[str] = frozenset("""
many several some few both each every any such other former
""".split())


@lru_cache(maxsize=1)
def first_names() -> dict[str, str | None]:
    """First name -> "male"/"female" (None when the corpus lists it for both), from nltk's names."""
    require("names")
    use_project_nltk_data()
    from nltk.corpus import names

    male = {n.lower() for n in names.words("male.txt")}
    female = {n.lower() for n in names.words("female.txt")}
    out: dict[str, str | None] = {n: "male" for n in male}
    for n in female:
        out[n] = None if n in male else "female"
    return out


# A surname written with its particle against it: "el-Sisi", "al-Assad", "bin-Talal", "ibn-Saud", "d'Estaing":
# a name word though it begins in lower case.
NAME_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|d)[-'’][A-Z][a-z]+(?:-[A-Z][a-z]+)?$")

# Holidays: names of days, "other" among names, dates among numbers (helpers/numbers/holidays.py gives their days).
HOLIDAY_NAMES = ("Christmas Day", "Christmas Eve", "Christmas", "New Year's Day", "New Year's Eve", "Easter Sunday",
                 "Easter", "Good Friday", "Thanksgiving", "Memorial Day", "Labor Day", "Labour Day",
                 "Independence Day", "Fourth of July", "Veterans Day", "Boxing Day", "Halloween", "Ramadan",
                 "Eid al-Fitr", "Eid al-Adha", "Hanukkah", "Passover", "Yom Kippur", "Rosh Hashanah",
                 "Lunar New Year", "Chinese New Year", "May Day", "Victory Day", "Valentine's Day",
                 "St Patrick's Day", "Martin Luther King Day", "Presidents' Day", "Jewish Sabbath")
# the names as a regex alternation, either apostrophe ("New Year’s Eve"), longest listed first
HOLIDAY_PATTERN = "|".join(re.escape(name).replace("'", "['’]") for name in HOLIDAY_NAMES)

# title words that are offices, never surnames ("President said" is no name)
OFFICE_WORDS = frozenset("""
president vice-president premier chancellor senator sen rep representative congressman congresswoman
governor gov mayor secretary speaker leader chairman chairwoman chair director ceo executive justice attorney
general commander officer ambassador envoy spokesman spokeswoman spokesperson adviser advisor aide minister
professor prof candidate nominee chairperson commissioner deputy assistant press strategist analyst economist
pollster host anchor correspondent columnist editor founder manager coach sheriff detective inspector
councilman councilwoman pope emperor queen prince princess sheikh ayatollah reverend rev lt capt sgt col gen adm
""".split())
