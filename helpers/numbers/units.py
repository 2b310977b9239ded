"""Units of measure, their spellings and dimensions, from pint's unit registry.

News writes a few dozen units (cooking: cups, tablespoons, pints; area: hectares, acres; speed: mph, knots;
temperature; length, mass, volume, energy, data). Which units count is our choice (`NEWS_UNITS`: pint's
names); how each is spelt (name, plural, British "-re" spelling, pint's aliases and symbol), the symbol
reported and its dimension come from pint's registry. Loading pint takes about a second, so the table is
derived once and cached as JSON under `.nltk_data/derived/` (`helpers.language.derived`), keyed on pint's
version and this module's source.

Symbols that are also English words or letters ("in", "t", "l", "g", "m") are accepted only written against
the digits ("5m", "2.3ha"), which `helpers.numbers.patterns.MEASURE_ATTACHED` reads; after a space only
spellings of two or more letters that are no common word count.
"""
from __future__ import annotations

from helpers.language.derived import cached, source_key

# pint's names of the units news articles write, in the dimension groups they belong to.
NEWS_UNITS = (
    # length
    "kilometer", "meter", "centimeter", "millimeter", "micrometer", "nanometer", "mile", "nautical_mile", "yard",
    "foot", "inch", "light_year",
    # area
    "hectare", "acre", "square_mile", "square_foot", "square_yard",
    # volume (cooking ones too)
    "liter", "milliliter", "centiliter", "gallon", "barrel", "cup", "tablespoon", "teaspoon", "pint", "quart",
    "fluid_ounce", "cubic_foot",
    # mass
    "kilogram", "gram", "milligram", "microgram", "metric_ton", "ton", "pound", "ounce", "stone", "carat",
    # speed
    "mile_per_hour", "kilometer_per_hour", "knot",
    # temperature
    "degree_Celsius", "degree_Fahrenheit",
    # power and energy
    "watt", "kilowatt", "megawatt", "gigawatt", "terawatt", "kilowatt_hour", "megawatt_hour", "gigawatt_hour",
    "terawatt_hour", "calorie", "kilocalorie", "joule", "kilojoule", "megajoule", "horsepower", "volt",
    # data
    "kilobyte", "megabyte", "gigabyte", "terabyte", "petabyte",
)
# Spellings left out although pint knows them: common words, letters and codes ("in", "cup"'s symbol "cp").
_NOT_AFTER_A_SPACE = {"in", "at", "cp", "pt", "kn", "kt", "ct", "cal", "hp", "st", "B", "W", "V", "J", "t", "l",
                      "L", "g", "m", "mi", "qt", "cl", "gal", "floz", "ly", "μg", "µg", "µm", "μm", "nm"}
# Names of dimensions by their base dimensionality (pint's exponents of length, mass, time, temperature).
_DIMENSIONS = {
    (("[length]", 1),): "length", (("[length]", 2),): "area", (("[length]", 3),): "volume", (("[mass]", 1),): "mass",
    (("[length]", 1), ("[time]", -1)): "speed", (("[temperature]", 1),): "temperature",
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): "power", (("[length]", 2), ("[mass]", 1), ("[time]", -2)): "energy",
    (("[current]", -1), ("[length]", 2), ("[mass]", 1), ("[time]", -3)): "voltage", (): "data",
}
# Written in news but not in pint (or not as news writes them): spelling -> (unit reported, dimension).
EXTRA_UNITS = {
    "square metres": ("m²", "area"), "square meters": ("m²", "area"), "square kilometres": ("km²", "area"),
    "square kilometers": ("km²", "area"), "sq km": ("km²", "area"), "sq m": ("m²", "area"),
    "cubic metres": ("m³", "volume"), "cubic meters": ("m³", "volume"), "kilos": ("kg", "mass"),
    "kgs": ("kg", "mass"), "kilogrammes": ("kg", "mass"), "grammes": ("g", "mass"), "gm": ("g", "mass"), "gms": ("g", "mass"), "lbs": ("lb", "mass"), "tonnes": ("t", "mass"), "tons": ("ton", "mass"),
    "microns": ("µm", "length"), "micron": ("µm", "length"), "km/h": ("km/h", "speed"), "kmh": ("km/h", "speed"),
    "kph": ("km/h", "speed"), "km/hr": ("km/h", "speed"), "kmph": ("km/h", "speed"), "km per hour": ("km/h", "speed"), "miles an hour": ("mph", "speed"), "miles per hour": ("mph", "speed"),
    "kilometres an hour": ("km/h", "speed"), "kilometres per hour": ("km/h", "speed"),
    "kilometers an hour": ("km/h", "speed"), "kilometers per hour": ("km/h", "speed"),
    "degrees Celsius": ("°C", "temperature"), "degrees Fahrenheit": ("°F", "temperature"),
    "degrees centigrade": ("°C", "temperature"), "degrees C": ("°C", "temperature"),
    "degrees F": ("°F", "temperature"), "°C": ("°C", "temperature"), "°F": ("°F", "temperature"),
    "megalitres": ("ML", "volume"), "megaliters": ("ML", "volume"), "gigalitres": ("GL", "volume"),
    "gigaliters": ("GL", "volume"), "megalitre": ("ML", "volume"), "gigalitre": ("GL", "volume"),
    "degrees": ("degree", "angle"), "degree": ("degree", "angle"),
    "C": ("°C", "temperature"), "F": ("°F", "temperature"),  # only with "°" or "degrees" before them
    "kms": ("km", "length"), "bpd": ("bbl per day", "flow"), "b/d": ("bbl per day", "flow"),  # oil output
}


# Units whose pint symbol reads poorly in a table ("cp", "sq_ft"): the name is reported instead.
_REPORT_NAME = {"cup", "pint", "quart", "gallon", "acre", "stone", "carat", "fluid_ounce", "cubic_foot", "square_foot",
                "square_mile", "square_yard", "light_year", "ton", "horsepower"}


def _spellings(name: str, symbol: str, aliases: tuple[str, ...]) -> set[str]:
    """How a unit is written: its name and its word aliases with spaces for "_", the plurals of words, British
    "-re" spellings, and its symbol when it is no common word."""
    words = {w.replace("_", " ") for w in (name, *aliases)
             if w.replace("_", "").isalpha() and w.islower() and len(w) >= 3
             and not any(part in w for part in ("international", "avdp", "avoirdupois", "liquid", "thermo", "short",
                                                "imperial", "hydraulic", "lightyear", "_th"))}
    words |= {w.replace("meter", "metre").replace("liter", "litre") for w in words}
    plurals = set()
    for word in words:
        head, _, rest = word.partition(" per ")
        if head.endswith(("inch", "foot", "feet", "s", "celsius", "fahrenheit", "horsepower")):
            continue
        plural = head + ("es" if head.endswith("ch") else "s")
        plurals.add(f"{plural} per {rest}" if rest else plural)
    words |= plurals
    words |= {a for a in (symbol, *aliases) if len(a) >= 2 and "_" not in a and not a.isalpha() or a in ("kts", "kph")}
    if len(symbol) >= 2 and "_" not in symbol:
        words.add(symbol)
    return {w for w in words if w not in _NOT_AFTER_A_SPACE and len(w) >= 2}


def _build() -> dict[str, tuple[str, str]]:
    import pint

    registry = pint.UnitRegistry()
    table: dict[str, tuple[str, str]] = {}
    for name in NEWS_UNITS:
        unit = registry.parse_units(name)
        dims = tuple(sorted(dict(unit.dimensionality).items()))
        dimension = _DIMENSIONS.get(dims, "other")
        definition = registry._units.get(name)  # the definition's aliases; pint has no public accessor for them
        aliases = tuple(definition.aliases or ()) if definition is not None else ()
        symbol = registry.get_symbol(name)
        reported = "km/h" if name == "kilometer_per_hour" else name.replace("_", " ") if name in _REPORT_NAME else symbol
        for spelling in _spellings(name, symbol, aliases):
            table.setdefault(spelling, (reported, dimension))
    table.update(EXTRA_UNITS)
    return table


def _key() -> str:
    import importlib.metadata

    return f"pint {importlib.metadata.version('pint')}; {source_key('helpers.numbers.units')}"


def unit_table() -> dict[str, tuple[str, str]]:
    """Every spelling of a unit -> (the unit reported, its dimension): "tablespoons" -> ("tbsp", "volume")."""
    return cached("news_units", _key(), _build, encode=lambda t: {k: list(v) for k, v in t.items()},
                  decode=lambda v: {k: tuple(u) for k, u in v.items()})


UNIT_SPELLINGS = unit_table()
