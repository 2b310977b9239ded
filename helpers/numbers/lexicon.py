"""Word lists and patterns for number finding, kept in one place (used by `helpers.numbers`).

The lists come with examples that must match and examples that must not (`EXAMPLES_MATCH` and
`EXAMPLES_NO_MATCH` at the end), which `tests/test_numbers.py` checks, so a change to a list shows its
effect on real phrasing at once.
Conventions follow the MUC/IE-ER guidelines where they are explicit: ranges are split into two figures,
"20-year-old" is a measure (an age), "two-day" is a duration, "$18bn (£14bn)" is two linked amounts.
"""
from __future__ import annotations

import re

from helpers.language.name_lists import HOLIDAY_NAMES
from helpers.numbers.units import UNIT_SPELLINGS

# --------------------------------------------------------------------------- spelled-out numbers

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SMALL_NUMBERS = {**UNITS, **TEENS, **TENS}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
            "thousandth": 1000}
# Fractions written as words ("nine-tenths", "two-thirds"): denominator words.
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourths": 4,
             "fifth": 5, "fifths": 5, "sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9, "tenth": 10,
             "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000}

# Magnitudes written after a number: "$18bn", "1.2 million", "$5m", "£3k".
MAGNITUDES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9,
              "bln": 1e9, "b": 1e9, "billion": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12}
# Indian numbering: a lakh is 100,000 and a crore 10 million ("Rs 25 lakh", "Rs 3.4 lakh crore" = 3.4e12);
# digits are grouped in twos above the thousands ("4,52,100"), which the number pattern reads as written.
INDIAN_MAGNITUDES = {"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
                     "lakh crore": 1e12, "lakh crores": 1e12, "cr": 1e7, "lakh cr": 1e12, "lakhs cr": 1e12}
MAGNITUDES.update(INDIAN_MAGNITUDES)
SHORT_MAGNITUDES = ("bn", "bln", "mn", "mln", "tn", "trn", "k", "b", "m", "mm", "t", "tr")
# Shorthand written against the digits -> its value; "MM" is the finance and sports desks' million ("$230.5MM"),
# read only after a currency and in capitals (not in MAGNITUDES: "mm" alone is a millimetre, a word to count)
# "$1T", "NZ$1.1t", "$2.5tr": a trillion, after a currency only ("5t" alone is five tonnes)
SHORT_MAGNITUDE_VALUES = {**{short: MAGNITUDES[short] for short in SHORT_MAGNITUDES if short in MAGNITUDES},
                          "mm": 1e6, "t": 1e12, "tr": 1e12}

# Counts that name no exact number ("thousands of laborers"): cardinals with no value.
VAGUE_COUNTS = ("tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores", "lakhs",
                "crores")


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_W99 = rf"(?:(?:{_alternation(TENS)})(?:[- ](?:{_alternation(UNITS)}))?|{_alternation(TEENS)}|{_alternation(UNITS)})"
_W999 = rf"(?:(?:{_W99}|a)[- ]hundred(?:[- ](?:and[- ])?{_W99})?|{_W99})"
_SCALE = _alternation(SCALES)
_HALF = r"(?:[- ]and[- ]a[- ]half)"
# "two", "twenty-five", "a hundred and five", "one million", "two and a half", "half a million", "a dozen"
WORD_NUMBER = (rf"(?:half[- ]a[- ](?:{_SCALE}|dozen)"
               rf"|(?:{_W999}{_HALF}?|a)(?:[- ](?:{_SCALE}|dozen))+(?:,?[- ](?:and[- ])?{_W999})?"
               rf"|{_W999}{_HALF}?|dozen)")
VAGUE_NUMBER = (rf"(?:(?:several|a[- ]few|few|many)[- ](?:{_SCALE}|hundred|dozen)"
                rf"|(?:tens|hundreds)[- ]of[- ](?:thousands|millions|billions)"
                rf"|(?:scores|tens)(?=[- ](?:of|upon)\b)|{_alternation(set(VAGUE_COUNTS) - {'scores', 'tens'})})")  # "scores" alone is a verb
FRACTION_WORD = (rf"a[- ](?:third|quarter|fifth|tenth)(?=\s+of\b)|(?:{_W99}|a|one)[- ](?:{_alternation(set(FRACTIONS) - {'half', 'halves', 'fifth', 'third', 'quarter', 'tenth'})})"
                 rf"(?:[- ]of[- ]a[- ]percentage[- ]point)?|(?:{_W99}|a|one)-(?:{_alternation(set(FRACTIONS) - {'half', 'halves'})})"
                 rf"(?:[- ]of[- ]a[- ]percentage[- ]point)?|one\s(?:third|quarter|fifth|tenth)(?=\s+of\b|\s*[,.;:!?)])|half")
ORDINAL_WORD = _alternation(ORDINALS)


def words_to_number(text: str) -> float | None:
    """The value of a spelled-out number ("twenty-five" -> 25, "half a million" -> 500000, "a dozen" -> 12).

    Returns None for text that is not a number. Written by hand because no library in the project does
    it, and "a" must count as one only before a scale word.
    """
    words = [w for w in re.split(r"[\s,-]+", text.lower()) if w and w != "and"]
    total, current, seen = 0.0, 0.0, False
    for index, word in enumerate(words):
        if word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word == "a":
            nxt = words[index + 1] if index + 1 < len(words) else ""
            if nxt == "half":
                continue
            if current == 0 and (nxt in SCALES or nxt in ("hundred", "dozen")):
                current = 1
            continue
        elif word == "half":
            current = current + 0.5 if (current or total) else 0.5
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def fraction_value(text: str) -> float | None:
    """The value of a word fraction: "nine-tenths" -> 0.9, "half" -> 0.5, "one-hundredth" -> 0.01."""
    text = re.sub(r"[- ]of[- ]a[- ]percentage[- ]point$", "", text.lower())
    if text == "half":
        return 0.5
    numerator, _, denominator = re.sub(r"\s+", "-", text).partition("-")
    top = 1 if numerator in ("a", "one") else SMALL_NUMBERS.get(numerator)
    bottom = FRACTIONS.get(denominator)
    return top / bottom if top and bottom else None


# --------------------------------------------------------------------------- money

# Symbols and letter prefixes written before the amount, longest first: "US$5m", "HK$3", "RM50,000".
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "US $": "USD", "$US": "USD", "$A": "AUD", "$AU": "AUD", "$NZ": "NZD", "$C": "CAD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
    "CA$": "CAD", "CAN$": "CAD", "Cdn$": "CAD", "NZ$": "NZD", "NT$": "TWD", "S$": "SGD", "R$": "BRL", "$": "USD",
    "£": "GBP", "€": "EUR", "¥": "JPY",
    "₽": "RUB", "₹": "INR", "₩": "KRW", "RM": "MYR", "Rs.": "INR", "Rs": "INR", "dlrs": "USD",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "RUB": "RUB",
    "INR": "INR", "CHF": "CHF", "SFr": "CHF", "CAD": "CAD", "AUD": "AUD", "HKD": "HKD",
}
# Currency words and codes written after the amount: "6bn euros", "135.42 yen", "50 cents".
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "dlrs": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB", "rupees": "INR", "rupee": "INR",
    "ringgit": "MYR", "francs": "CHF", "pesos": "MXN", "won": "KRW", "lira": "TRY", "rand": "ZAR",
    "shillings": "KES", "naira": "NGN", "riyals": "SAR", "dirhams": "AED", "marks": "DEM",
    "deutsche marks": "DEM", "rupiah": "IDR", "baht": "THB", "lire": "ITL", "pesetas": "ESP", "guilders": "NLG",
    "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF",
    "shekels": "ILS", "drachmas": "GRD", "escudos": "PTE", "hryvnias": "UAH", "lei": "RON",
    "cents": "USD", "cent": "USD", "pence": "GBP", "p": "GBP",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "RUB": "RUB",
    "INR": "INR", "CHF": "CHF",
}
# Currency words that are also ordinary words: money only in lower case right after digits ("5 won").
AMBIGUOUS_CURRENCY_WORDS = ("won", "marks", "rand", "p", "cent")
# Currency nouns in hyphenated adjectives ("a trillion-dollar law", "a 10-pound note").
CURRENCY_SINGULARS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY", "rouble": "RUB",
                      "ruble": "RUB", "rupee": "INR", "yen": "JPY", "franc": "CHF", "peso": "MXN",
                      "cent": "USD", "penny": "GBP"}  # "a 2-cent rise": hundredths (SUBUNITS)
# Hundredths of a currency: the value is stored in the main unit ("50 cents" -> 0.5 USD).
SUBUNITS = {"cents": 0.01, "cent": 0.01, "pence": 0.01, "p": 0.01, "penny": 0.01}
# A country adjective before "dollars"/"francs" names another currency.
CURRENCY_ADJECTIVES = {
    ("australian", "dollars"): "AUD", ("canadian", "dollars"): "CAD", ("hong kong", "dollars"): "HKD",
    ("singapore", "dollars"): "SGD", ("new zealand", "dollars"): "NZD", ("taiwan", "dollars"): "TWD",
    ("zimbabwe", "dollars"): "ZWD", ("us", "dollars"): "USD", ("u.s.", "dollars"): "USD",
    ("french", "francs"): "FRF", ("swiss", "francs"): "CHF", ("german", "marks"): "DEM",
    ("mexican", "pesos"): "MXN", ("indian", "rupees"): "INR", ("pakistani", "rupees"): "PKR",
    ("chinese", "yuan"): "CNY", ("russian", "roubles"): "RUB", ("russian", "rubles"): "RUB",
}
# Countries whose currency is written with a bare "$": an article about one of them means its own dollar
# by "$5m" or "40 dollars" (Wikinews, the ABC, the Herald and the Globe and Mail write "$" for AUD, NZD, CAD).
# Each counts the country's names and places in the text, and its own marked amounts ("A$", "NZ$") three times.
LOCAL_DOLLARS = {
    "AUD": (r"\b(?:Australian?s?|Aussie|Queensland|New South Wales|NSW|Victorian|Tasmanian?|Sydney|Melbourne|"
            r"Brisbane|Adelaide|Canberra|Perth|Darwin|ASX|RBA|MYEFO|Centrelink|mid-year economic and fiscal outlook|"
            r"Hobart|Gold Coast|Geelong|Cairns|Townsville|Wollongong|Ballarat|Bendigo|Fremantle|Parramatta|"
            r"Northern Territory|ACCC|ASIC|APRA|Fair Work Commission|"
            r"(?:Howard|Rudd|Gillard|Abbott|Turnbull|Morrison|Albanese) [Gg]overnment)\b", r"\b(?:AU?\$|AUD\b)"),
    "NZD": (r"\b(?:New Zealand(?:ers?)?|Kiwis?|Auckland|Wellington|Christchurch|Dunedin|Hamilton|Aotearoa|REINZ|"
            r"KiwiSaver|RBNZ|Stats NZ|NZX|Tauranga|Rotorua|Palmerston North|Queenstown|Invercargill|Whang[aā]rei|"
            r"Waikato|Otago|Bay of Plenty|Hawke's Bay|Northland|M[aā]ori|MetService|Waka Kotahi|Te Whatu Ora)\b",
            r"\b(?:NZ\$|NZD\b)"),
    "CAD": (r"\b(?:Canad(?:a|ian|ians)|Ottawa|Ontario|Quebec|Toronto|Montreal|Vancouver|Alberta|Manitoba|"
            r"Saskatchewan|British Columbia|Nova Scotia|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon|Mississauga|"
            r"Brampton|Gatineau|TSX|RCMP|Ontarians|Quebecers|Albertans)\b", r"\b(?:C\$|CA\$|CAN\$|CAD\b|Cdn\$)"),
    "SGD": (r"\bSingapor(?:e|ean|eans)\b", r"\b(?:S\$|SGD\b)"),
    "HKD": (r"\bHong Kong(?:ers?)?\b", r"\b(?:HK\$|HKD\b)"),
    "TWD": (r"\bTaiwan(?:ese)?\b", r"\b(?:NT\$|TWD\b)"),
}
# A page's own country, from its address: a bare "$" on an Australian or New Zealand site is that country's
# dollar unless the text is plainly about another. Country domains, then outlets of those countries on ".com".
DOLLAR_DOMAINS = {".au": "AUD", ".nz": "NZD", ".ca": "CAD", ".sg": "SGD", ".hk": "HKD", ".tw": "TWD",
                  "theglobeandmail.com": "CAD", "nationalpost.com": "CAD", "thestar.com": "CAD",
                  "straitstimes.com": "SGD", "scmp.com": "HKD", "taipeitimes.com": "TWD", "focustaiwan.tw": "TWD"}
# What the United States' dollar scores against them: the country named, and "US$" or "USD" written.
# The whole text weighs: its states, big cities and federal bodies count as the country does ("Toronto-based Alias"
# bought by a company "based in San Rafael, California" is a US story).
US_DOLLAR_EVIDENCE = (r"\b(?:United States|U\.S\.|US|USA|America|Americans?|Washington|Wall Street|"
                      r"California|Texas|Florida|New York|New Jersey|Illinois|Ohio|Michigan|Pennsylvania|Massachusetts|"
                      r"Virginia|Arizona|Colorado|Oregon|Nevada|Minnesota|Wisconsin|Missouri|Tennessee|Kentucky|"
                      r"Louisiana|Alabama|Oklahoma|Connecticut|Maryland|Indiana|Iowa|Kansas|Utah|Alaska|Hawaii|"
                      r"Los Angeles|San Francisco|Chicago|Houston|Seattle|Boston|Philadelphia|Detroit|Atlanta|Dallas|"
                      r"Silicon Valley|Nasdaq|NASDAQ|NYSE|SEC|Federal Reserve|Congress|White House|Pentagon|IRS)\b",
                      r"(?:\bUS ?\$|\bU\.S\.\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b)")

# Regex alternations, longest first so "US$" wins over "$" and "pounds sterling" over "pounds".
# "Pound" is money or weight by its context: weight after these words nearby ("weighs 200 pounds", "lost 50
# pounds") or before "of" + a noun that is no money ("12 million pounds of cargo"); "a 300-pound bear" is a
# weight unless a money noun follows ("a 10-pound note") or the amount has a magnitude ("a million-pound deal").
WEIGHT_CUES = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)|lost|los(?:e|es|ing)|"
                         r"gain(?:s|ed|ing)?|shed(?:ding|s)?|overweight|obese|scales?|lbs?|cargo|freight|payload)\b",
                         re.IGNORECASE)
MONEY_NOUNS = ("money", "cash", "funding", "funds", "fund", "investment", "investments", "taxpayers", "public",
               "aid", "spending", "savings", "debt", "debts", "losses", "profit", "profits", "revenue", "sales",
               "note", "notes", "coin", "coins", "fine", "fines", "bill", "bills", "deal", "deals", "contract",
               "fee", "fees", "loan", "loans", "prize", "bonus", "budget", "project", "scheme", "ticket", "tickets",
               "payout", "payment", "price", "reward", "grant", "bid", "bet", "salary", "wage", "cheque",
               "settlement", "transfer", "takeover", "package", "bailout", "purchase", "stake", "voucher",
               "donation", "donations", "tax", "levy", "subsidy", "compensation", "damages", "ransom", "worth")
CURRENCY_PREFIX_PATTERN = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
CURRENCY_WORD_PATTERN = _alternation(CURRENCY_WORDS)

# --------------------------------------------------------------------------- percentages, units, time

PERCENT_UNITS = {"%": "%", "percent": "%", "per cent": "%", "pc": "%", "percentage points": "percentage point",
                 "percentage point": "percentage point", "basis points": "basis point",
                 "basis point": "basis point", "points": None}
PERCENT_PATTERN = r"%|per\s?cent(?!age)|pct\b|(?-i:pc)\b|percentage[- ]points?|basis[- ]points?"

# Units of measure (every spelling -> the unit reported), from pint's registry (`helpers.numbers.units`).
MEASURE_UNITS = {spelling: unit for spelling, (unit, _dimension) in UNIT_SPELLINGS.items()}
MEASURE_DIMENSIONS = {unit: dimension for unit, dimension in UNIT_SPELLINGS.values()}
MEASURE_PATTERN = _alternation(MEASURE_UNITS)

TIME_UNITS = {"seconds": "S", "second": "S", "minutes": "M", "minute": "M", "hours": "H", "hour": "H",
              "days": "D", "day": "D", "weeks": "W", "week": "W", "fortnights": "W2", "fortnight": "W2",
              "months": "MO", "month": "MO", "years": "Y", "year": "Y", "decades": "Y10", "decade": "Y10",
              "centuries": "Y100", "century": "Y100", "nights": "N", "night": "N"}
TIME_UNIT_PATTERN = _alternation(TIME_UNITS)

# --------------------------------------------------------------------------- calendar words

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
          "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
          "oct": 10, "nov": 11, "dec": 12}
MONTH_PATTERN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                 r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
# Before a day number the abbreviations may lack their full stop ("Jan 1", "Sept 30").
MONTH_BEFORE_DAY_PATTERN = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
                            r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6, "mon": 0, "tues": 1, "tue": 1, "wed": 2, "thurs": 3, "thur": 3, "thu": 3, "fri": 4,
            "sat": 5, "sun": 6}
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|(?:Tues|Thurs)\."
# Abbreviated weekdays, read only before a date ("Mon 14 Feb 2021"): alone, "Sun" and "Wed" are words.
WEEKDAY_ABBREVIATION_PATTERN = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
# Months abbreviated without a full stop, read after a day number ("14 Feb 2021", "3 Sept").
MONTH_AFTER_DAY_PATTERN = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
                           r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
# Dates named by their numbers: never fractions.
NAMED_DATES = {"9/11": "2001-09-11", "7/7": "2005-07-07", "26/11": "2008-11-26"}
# Days that name an event when written before one of its nouns ("the September 11 attacks", "the 7 July
# bombings"): (month, day) -> the date, and the nouns.
NAMED_EVENT_DAYS = {(9, 11): "2001-09-11", (7, 7): "2005-07-07"}
NAMED_EVENT_NOUNS = ("attacks", "attack", "attackers", "terrorist", "terror", "hijackers", "hijackings", "bombings",
                     "bombers", "bombing", "commission", "victims", "memorial", "anniversary", "era")
# Makers and product lines whose number is a model, not a figure: "Boeing 737-800", "Windows 7", "Falcon 9".
MODEL_MAKERS = ("Boeing", "Airbus", "Embraer", "Bombardier", "Cessna", "Tupolev", "Tu", "Ilyushin", "Il", "Antonov",
                "An", "Sukhoi", "Su", "Fokker", "Dash", "Learjet", "Gulfstream", "Beechcraft", "Yakovlev", "Yak", "MiG",
                "Lockheed", "Douglas", "ATR", "Saab", "Windows", "iPhone", "iPad", "PlayStation", "Xbox", "Galaxy",
                "Apollo", "Soyuz", "Falcon", "Ariane", "Atlas", "Titan", "Pentium", "Android", "Mac OS",
                "Challenger", "CRJ", "ERJ", "Global", "Citation", "Phenom", "Superjet", "MD", "DC", "Mi", "Ka")
# Rankings and stock indexes named by their size: "the Fortune 500", "the FTSE 100", "S&P 500", "Russell 2000".
NAMED_LISTS = {"Fortune Global": (500,), "Fortune": (50, 100, 500, 1000), "Forbes Global": (2000,),
               "Forbes": (400, 500, 2000), "Inc.": (500, 5000), "FTSE": (100, 250, 350), "FTSE AIM": (100,),
               "S&P/ASX": (20, 50, 200, 300), "S&P/TSX": (60,), "S&P": (100, 400, 500, 600, 1500),
               "Standard & Poor's": (100, 400, 500, 600, 1500), "Standard & Poor’s": (100, 400, 500, 600, 1500),
               "Standard and Poor's": (500,), "Wilshire": (5000,),
               "Russell": (1000, 2000, 3000), "Nasdaq": (100,), "NASDAQ": (100,), "Nikkei": (225,), "DAX": (30,),
               "CAC": (40,), "ASX": (200, 300), "Euro Stoxx": (50,), "STOXX Europe": (600,), "Stoxx": (50, 600),
               "IBEX": (35,), "FTSE MIB": (40,), "Nifty": (50,), "Hot": (100,)}
# Plural nouns after a year that make it no count: "below 1990 levels", "in 2008 prices".
YEAR_NOUNS = ("levels", "prices", "figures", "standards", "elections", "floods", "riots", "protests", "attacks",
              "bombings", "championships", "highs", "lows", "earthquakes", "emissions")
# Slashed numbers that are no fraction and no figure ("open 24/7").
NOT_FRACTIONS = ("24/7", "24/7/365")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
HOLIDAYS = HOLIDAY_NAMES  # dates with a name (helpers/numbers/holidays.py gives their days)
# Words that put a month name, season or weekday in a date ("in May", "last fall", "since March").
DATE_PREPOSITIONS = ("in", "on", "since", "until", "till", "by", "from", "to", "through", "of", "before",
                     "after", "during", "early", "late", "mid", "last", "next", "this", "that", "the",
                     "at", "every", "each", "between", "and", "or", "around", "throughout", "past", "coming")
RELATIVE_UNITS = ("week", "weekend", "month", "year", "quarter", "season", "spring", "summer", "autumn",
                  "fall", "winter")
TIMES_OF_DAY = {"noon": "T12:00", "midday": "T12:00", "midnight": "T00:00", "sundown": None, "sunset": None,
                "sunrise": None, "dawn": None, "dusk": None, "daybreak": None, "nightfall": None}

# --------------------------------------------------------------------------- not numbers

# "one" used as a pronoun or in a fixed phrase: never a count. Checked on the text around "one". ("one of the
# strongest" counts one of a group: MUC annotates it as a cardinal, and so do we.)
NOT_A_COUNT = re.compile(
    r"\b(?:no|any|every|some)[- ]one\b|\bone[- ](?:another|by[- ]one|on[- ]one)\b"
    r"|\bone(?:['’]s)\b|\bthe one\b(?!\s+(?:and|or)\b)"
    # "seized 4.5 lakh from one Sandeep Ahuja": "one" before a full name is "a certain" (Indian English)
    r"|\b(?:from|by|to|with)\s(?-i:one\s(?=[A-Z][a-z]+\s[A-Z]))"
    # "One day, he hopes to return", "one day soon": some day, no length of time
    r"|(?-i:(?<![\w,] )One day)(?=,|\s+(?:he|she|they|we|I|you|it|this|that|soon)\b)|\bone day soon\b",
    re.IGNORECASE,
)
# "the first half of the year", "the second half": a part of a period or match, no figure
HALF_OF_A_WHOLE = re.compile(r"\b(?:first|second|1st|2nd|opening|closing|latter|former|back|front|better)[- ]$",
                             re.IGNORECASE)
# After "won"/"rand"/"marks": words that show the verb ("won't", "won the", "marks the"), not the money.
CURRENCY_WORD_A_VERB = re.compile(r"['’]t\b|\s+(?:the|his|her|their|its|our|my|your|over|against|by|back)\b")
# Hyphenated adjectives that start with a number but count nothing ("a one-way ticket", "a one-off payment").
NOT_COUNT_COMPOUNDS = ("way", "off", "sided", "liner", "liners", "stop", "size", "on", "armed", "eyed", "horse",
                       "upmanship", "fold", "wheeler", "wheelers")  # "a two-wheeler": Indian English for a motorbike
# Titles that contain an ordinal ("the First Lady", "the Second World War") are names, not ordinals:
# a capitalised ordinal inside a sentence followed by a capitalised word.
TITLE_ORDINAL = re.compile(rf"\b(?:{ORDINAL_WORD.title()})\s+[A-Z][a-z]")

# Examples that must (and must not) be found, with kind and value; tests/test_numbers.py checks them all.
EXAMPLES_MATCH: list[tuple[str, str, str, object]] = [
    # sentence, figure text, kind, value
    ("tariffs on $18bn of goods", "$18bn", "money", 18e9),
    ("a record $240.1bn last year", "$240.1bn", "money", 240.1e9),
    ("about 6bn euros to its budget", "6bn euros", "money", 6e9),
    ("up to one million dollars", "one million dollars", "money", 1e6),
    ("a fine of RM50,000 or jail", "RM50,000", "money", 50000.0),
    ("the dlrs 220 million loan", "dlrs 220 million", "money", 220e6),
    ("the US$5.4m deal", "US$5.4m", "money", 5.4e6),
    ("a $8-billion auction", "$8-billion", "money", 8e9),
    ("the dollar surged to 135.42 yen", "135.42 yen", "money", 135.42),
    ("prices rose 29% last month", "29%", "percent", 29.0),
    ("it fell 3.9 percent", "3.9 percent", "percent", 3.9),
    ("only 21.3 per cent of houses", "21.3 per cent", "percent", 21.3),
    ("down 3 basis points", "3 basis points", "percent", 3.0),
    ("10,000 troops were sent", "10,000", "cardinal", 10000.0),
    ("some 1.2 million people", "1.2 million", "cardinal", 1.2e6),
    ("killing nine people", "nine", "cardinal", 9.0),
    ("more than a dozen protesters", "a dozen", "cardinal", 12.0),
    ("twenty-five members", "twenty-five", "cardinal", 25.0),
    ("Thousands of laborers marched", "Thousands", "cardinal", None),
    ("with nine-tenths of the cases", "nine-tenths", "cardinal", 0.9),
    ("the 75th anniversary", "75th", "ordinal", 75.0),
    ("his first foreign trip", "first", "ordinal", 1.0),
    ("a 5km run", "5km", "quantity", 5.0),
    ("2.5 tonnes of rice", "2.5 tonnes", "quantity", 2.5),
    ("the 32-game tournament", "32-game", "quantity", 32.0),
    ("a 20-year-old student", "20-year-old", "quantity", 20.0),
    ("70 miles south of the city", "70 miles", "quantity", 70.0),
    ("The two-day visit", "two-day", "duration", "P2D"),
    ("for three years", "three years", "duration", "P3Y"),
    ("a six-and-a-half-year low", "six-and-a-half-year", "duration", "P6.5Y"),
    ("in a time of 4:07.13 flat", "4:07.13", "duration", "PT4M7.13S"),
    ("talks at 3pm in Beijing", "3pm", "time", "T15:00"),
    ("the show at 9 p.m. on Thursdays", "9 p.m.", "time", "T21:00"),
    ("born July 26, 1962, in Sochi", "July 26, 1962", "date", "1962-07-26"),
    ("a lifeline since February 2022", "February 2022", "date", "2022-02"),
    ("ran second in the 1992 election", "1992", "date", "1992"),
    ("their good times in the 1950s", "1950s", "date", "195"),
    # Indian numbering, finance shorthand, signed values
    ("a budget of Rs 3.4 lakh crore", "Rs 3.4 lakh crore", "money", 3.4e12),
    ("he paid Rs 25 lakh for it", "Rs 25 lakh", "money", 2.5e6),
    ("a town of 4,52,100 voters", "4,52,100", "cardinal", 452100.0),
    ("profit of $5.3 Mln", "$5.3 Mln", "money", 5.3e6),
    ("shares fell −3.2% on Monday", "−3.2%", "percent", -3.2),
    ("it dropped to minus 3 overnight", "minus 3", "cardinal", -3.0),
    # pounds of weight, millions of visitors, units from pint's registry
    ("a 300-pound bear wandered in", "300-pound", "quantity", 300.0),
    ("12 million pounds of cargo", "12 million pounds", "quantity", 12e6),
    ("the museum drew 2.5m visitors", "2.5m", "cardinal", 2.5e6),
    ("add 3 tablespoons of sugar", "3 tablespoons", "quantity", 3.0),
    ("a farm of 2.3ha", "2.3ha", "quantity", 2.3),
    ("at night it was -5°C", "-5°C", "quantity", -5.0),
    # dates written day-month-year, fiscal years, named dates
    ("the attack on 14 Feb 2021", "14 Feb 2021", "date", "2021-02-14"),
    ("the 2016-17 season", "2016-17", "date", "2016/2017"),
    ("the victims of 9/11", "9/11", "date", "2001-09-11"),
]
EXAMPLES_NO_MATCH: list[tuple[str, str]] = [
    # sentence, text that must not be reported as a figure
    ("No one was hurt", "one"),
    ("someone said it was over", "one"),
    ("they met the First Lady on Friday", "First"),
    ("the Covid-19 pandemic", "19"),
    ("the G20 summit", "20"),
    ("you may go now", "may"),
    ("they love one another", "one"),
    ("Xi won the vote", "won"),
    ("He drove across the Seven Mile Bridge.", "Seven"),
    ("The Airbus A320 landed safely.", "320"),
    ("Read it in the Saturday Review section.", "Saturday"),
    ("Children joined an Easter egg hunt.", "Easter"),
    ("Call 020 7946 0958 for details.", "7946"),
    ("The helpline is open 24/7.", "24/7"),
]
