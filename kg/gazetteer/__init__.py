"""The bundled gazetteer: countries, places, organisations and well-known persons.

The data lives in ``kg/gazetteer/data/*.jsonl`` (written for this project and
checked by ``tests/test_gazetteer_data.py``, country Q-ids against the shared
territories reference). This module turns it into lookup tables the NLP stage
uses: surface form -> entry, demonym -> country, metonym seat -> country.
Entity knowledge lives here, never in extraction rules.

>>> gaz = load_gazetteer()
>>> gaz.entry("kazakhstan").qid
'Q232'
>>> gaz.demonym_country("Kazakh").name
'Kazakhstan'
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import KGError

DATA_DIR = Path(__file__).resolve().parent / "data"

#: gazetteer file -> default class of its entries
FILES = {
    "countries.jsonl": "Country",
    "places.jsonl": "Place",
    "organizations.jsonl": "Organization",
    "persons.jsonl": "Person",
}


@dataclass(frozen=True)
class GazEntry:
    """One entity the gazetteer knows."""

    id: str
    name: str
    cls: str
    qid: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str = ""  # id of the country it belongs to / is based in
    capital: str = ""  # for countries: id of the capital
    metonym: bool = False  # a seat of government that news uses for the state
    members: tuple[str, ...] = ()
    region: str = ""
    subregion: str = ""
    historical: bool = False
    until: str = ""  # for a historical state: the ISO day it ended
    territory: bool = False  # a dependent territory (Puerto Rico, Gibraltar): its governor leads it
    #: a state's or province's postal abbreviation, a name only after "<Town>,": "Horsham, Pa.", "Guelph, Ont."
    postal: tuple[str, ...] = ()
    #: for a region: the region of the same state it lies in ("Oxfordshire" in "England"), which a sibling is not
    within: str = ""
    #: for a historical state: the state it went on as, under a new name or in new borders (West Germany -> Germany);
    #: before ``until`` the successor's name means it ("Germany" in a 1987 story is West Germany)
    successor: str = ""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    """Lookup tables over the gazetteer entries."""

    entries: dict[str, GazEntry] = field(default_factory=dict)
    by_form: dict[str, str] = field(default_factory=dict)  # exact surface form -> entry id
    by_demonym: dict[str, str] = field(default_factory=dict)  # demonym -> country id
    by_postal: dict[str, str] = field(default_factory=dict)  # postal abbreviation ("Pa.", also "Pa") -> entry id
    by_surname: dict[str, set[str]] | None = field(default=None, repr=False)  # built on first use
    central_banks: dict[str, str] | None = field(default=None, repr=False)  # state id -> entry id, built on first use
    bodies: dict[str, list[str]] | None = field(default=None, repr=False)  # state id -> its government bodies' ids, built on first use
    predecessors: dict[str, GazEntry] | None = field(default=None, repr=False)  # state id -> the state it went on from
    #: entry id -> the entries named like it with a qualifier ("Georgia" -> "Georgia (U.S. state)"), built at load
    namesakes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def entry(self, entry_id: str) -> GazEntry:
        return self.entries[entry_id]

    def lookup(self, form: str) -> GazEntry | None:
        """The entry whose name or alias is exactly ``form`` (also tried without a leading "the ")."""
        entry_id = self.by_form.get(form) or self.by_form.get(fold(form))
        if entry_id is None and form.lower().startswith("the "):
            entry_id = self.by_form.get(form[4:])
        return self.entries.get(entry_id) if entry_id else None

    def demonym_country(self, word: str) -> GazEntry | None:
        entry_id = self.by_demonym.get(word)
        return self.entries[entry_id] if entry_id else None

    def state_at(self, place: GazEntry, country_id: str, date: str | None) -> str:
        """The state a capital or seat of government stood for on ``date`` (ISO).

        "Moscow" or "the Kremlin" in a 1987 story is the Soviet Union, "Belgrade" in
        1990 Yugoslavia: a historical state whose capital is this place (or, for a seat
        of government that is no city, such as the Kremlin, its country's capital) and
        which still existed then. A city that is not its country's capital stands for
        no other state ("Bonn" in 1985 is Germany, not East Germany, whose capital
        was Berlin). Without a date, today's country.
        """
        if not date:
            return country_id
        capitals = {place.id}
        if place.cls != "City" and country_id in self.entries:
            capitals.add(self.entries[country_id].capital)
        older = sorted((e.until, e.id) for e in self.entries.values() if e.until and e.capital in capitals and date[:10] < e.until)
        return older[0][1] if older else country_id

    def as_of(self, entry_id: str, date: str | None) -> str:
        """The state ``entry_id`` was on ``date``: the predecessor it went on from, while that existed.

        >>> load_gazetteer().as_of("germany", "1987-03-02")
        'west-germany'
        >>> load_gazetteer().as_of("germany", "2019-03-02")
        'germany'
        """
        if not date:
            return entry_id
        if self.predecessors is None:
            self.predecessors = {e.successor: e for e in self.entries.values() if e.successor and e.until}
        before = self.predecessors.get(entry_id)
        return before.id if before is not None and date[:10] < before.until else entry_id

    def person_by_surname(self, surname: str) -> GazEntry | None:
        """The one well-known person with this surname ("Reagan" -> Ronald Reagan), if exactly one.

        For a titled bare surname ("President Reagan") in an article that never gives the full
        name; two people with the surname (Ronald and Nancy Reagan) give none.
        """
        if self.by_surname is None:
            index: dict[str, set[str]] = {}
            for entry in self.entries.values():
                if entry.cls == "Person":
                    for form in entry.surface_forms:
                        words = fold(form).split()
                        if len(words) >= 2:
                            index.setdefault(words[-1], set()).add(entry.id)
            self.by_surname = index
        found = self.by_surname.get(fold(surname), set())
        return self.entries[next(iter(found))] if len(found) == 1 else None

    def state_named_like(self, form: str, city: GazEntry) -> GazEntry | None:
        """The region of the city's country named like the city ("New York" -> New York State), or None.

        >>> gaz = load_gazetteer()
        >>> gaz.state_named_like("New York", gaz.entries["new-york-city"]).name
        'New York State'
        """
        state = self.lookup(f"{form} State")
        return state if state is not None and state.cls == "Place" and state.country == city.country else None

    def central_bank(self, country_id: str) -> GazEntry | None:
        """The central bank the gazetteer gives a state ("the Peruvian central bank" -> Central Reserve Bank of Peru).

        Read from the bodies' own names: "Central Bank of X", "Reserve Bank of X", "Bank of <the state>",
        "National Bank of X", or "central bank" among their aliases.
        """
        if self.central_banks is None:
            index: dict[str, str] = {}
            for entry in self.entries.values():
                state = self.entries.get(entry.country)
                if entry.cls != "GovernmentBody" or state is None or state.cls != "Country":
                    continue
                forms = [f.lower() for f in (entry.name, *entry.aliases)]
                own = {f"bank of {f.lower()}" for f in state.surface_forms}
                if any("central bank" in f or "reserve bank" in f or "national bank of" in f or "bundesbank" in f or f in own or f == "federal reserve"
                       for f in forms):
                    index.setdefault(state.id, entry.id)
            self.central_banks = index
        found = self.central_banks.get(country_id)
        return self.entries[found] if found else None

    def chamber(self, country_id: str, name: str) -> GazEntry | None:
        """The state's body named ``name`` ("senate", "house of representatives"), if the gazetteer has exactly one.

        The body's name ends with it, or names it "of" its state: "United States Senate", "Senate (France)",
        "House of Commons of the United Kingdom"; not "... Senate Committee on ...".
        """
        if self.bodies is None:
            index: dict[str, list[str]] = {}
            for entry in self.entries.values():
                if entry.cls == "GovernmentBody" and entry.country:
                    index.setdefault(entry.country, []).append(entry.id)
            self.bodies = index
        found = [e for e in (self.entries[i] for i in self.bodies.get(country_id, ()))
                 if (own := e.name.lower().split(" (")[0]).endswith(name) or own.startswith(f"{name} of ")]
        return found[0] if len(found) == 1 else None

    def country_of(self, entry_id: str) -> GazEntry | None:
        """The country an entry belongs to (itself for a country)."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        if entry.cls == "Country":
            return entry
        return self.entries.get(entry.country)


def fold(text: str) -> str:
    """The text without diacritics ("Erdoğan" -> "Erdogan"), for matching names written either way.

    Only accents are removed; letters of other scripts are kept as they are.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.replace("’", "'").replace("‘", "'"))


def _entry(record: dict, default_cls: str, source: Path, line: int) -> GazEntry:
    try:
        return GazEntry(
            id=record["id"],
            name=record["name"],
            cls=record.get("class", default_cls),
            qid=record.get("qid", "") or "",
            aliases=tuple(record.get("aliases", ())),
            demonyms=tuple(record.get("demonyms", ())),
            country=record.get("country", "") or "",
            capital=record.get("capital", "") or "",
            metonym=bool(record.get("metonym", False)),
            members=tuple(record.get("members", ())),
            region=record.get("region", "") or "",
            subregion=record.get("subregion", "") or "",
            historical=bool(record.get("historical", False)),
            until=record.get("until", "") or "",
            territory=bool(record.get("territory", False)),
            postal=tuple(record.get("postal", ())),
            within=record.get("within", "") or "",
            successor=record.get("successor", "") or "",
        )
    except (KeyError, TypeError) as exc:
        raise KGError(f"{source}:{line}: gazetteer entry lacks {exc}") from exc


def load_gazetteer_from(directory: Path) -> Gazetteer:
    """Read every gazetteer file of ``directory`` into a :class:`Gazetteer`."""
    gaz = Gazetteer()
    for filename, default_cls in FILES.items():
        path = directory / filename
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise KGError(f"{path}:{number}: not valid JSON ({exc})") from exc
                entry = _entry(record, default_cls, path, number)
                if entry.id in gaz.entries:  # ids are unique per file; keep the first across files
                    entry_id = f"{default_cls.lower()}:{entry.id}"
                    entry = GazEntry(**{**entry.__dict__, "id": entry_id})
                gaz.entries[entry.id] = entry
    # Countries first, so a country keeps its name when a city shares it.
    order = sorted(gaz.entries.values(), key=lambda e: (e.cls != "Country", e.cls == "City", e.id))
    for entry in order:
        for form in entry.surface_forms:
            gaz.by_form.setdefault(form, entry.id)
        for form in entry.surface_forms:
            gaz.by_form.setdefault(fold(form), entry.id)
        for demonym in entry.demonyms:
            gaz.by_demonym.setdefault(demonym, entry.id)
        for form in entry.postal:  # the tokenizer keeps "Pa." whole but splits "Tex." into "Tex" and "."
            gaz.by_postal.setdefault(form, entry.id)
            gaz.by_postal.setdefault(form.removesuffix("."), entry.id)
    for entry in order:  # "Georgia (U.S. state)" is a namesake of Georgia, "New York State" of New York (the city)
        bare, _, qualifier = entry.name.partition(" (")
        if not qualifier and entry.cls == "Place" and entry.name.endswith(" State"):
            bare, qualifier = entry.name.removesuffix(" State"), "State"
        if qualifier and (named := gaz.by_form.get(bare)) is not None and named != entry.id:
            gaz.namesakes[named] = (*gaz.namesakes.get(named, ()), entry.id)
    for entry in order:  # after every entry's own forms, so that a variant never takes another entry's name
        for form in entry.surface_forms:
            for variant in spelling_variants(form):
                gaz.by_form.setdefault(variant, entry.id)
    return gaz


#: British and American spellings that name the same body ("Organisation of Petroleum Exporting Countries")
SPELLINGS = (("Organization", "Organisation"), ("Defense", "Defence"), ("Center", "Centre"))


def spelling_variants(form: str) -> list[str]:
    """Other ways news writes a name: the other spelling of each word of :data:`SPELLINGS`, "of the" as "of"
    ("Organization of Petroleum Exporting Countries"), "&" as "and" ("AT and T") and a typeset apostrophe.

    >>> spelling_variants("Organization of the Petroleum Exporting Countries")
    ['Organization of Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries']
    """
    forms = [form]
    if " of the " in form:
        forms.append(form.replace(" of the ", " of "))
    if "&" in form:  # the wire writes "AT and T", "Procter and Gamble"
        forms.append(" ".join(form.replace("&", " and ").split()))
    if "'" in form:  # typeset apostrophes: "al-Qa’ida", "Côte d’Ivoire"
        forms.append(form.replace("'", "’"))
    for american, british in SPELLINGS:
        for known in list(forms):
            if american in known:
                forms.append(known.replace(american, british))
            elif british in known:
                forms.append(known.replace(british, american))
    return forms[1:]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (read once, cached)."""
    return load_gazetteer_from(DATA_DIR)


@lru_cache(maxsize=1)
def load_given_name_genders() -> dict[str, str]:
    """Given names borne overwhelmingly by women ("f") or men ("m") (``data/given_names_female.txt``,
    ``data/given_names_male.txt``): "her" is not Helmut Kohl. Unisex names are in neither file."""
    genders: dict[str, str] = {}
    for gender, filename in (("f", "given_names_female.txt"), ("m", "given_names_male.txt")):
        path = DATA_DIR / filename
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    genders[line.strip()] = gender
    return genders


@lru_cache(maxsize=1)
def load_given_names() -> frozenset[str]:
    """Common given names of many languages (``data/given_names.txt``): "Morgan Tsvangirai" is a person."""
    path = DATA_DIR / "given_names.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@lru_cache(maxsize=1)
def load_land_borders() -> frozenset[frozenset[str]]:
    """The pairs of states and territories that share a land border (``data/land_borders.tsv``).

    News calls countries "neighbouring" loosely ("Tunisia's neighbouring countries including
    Algeria and Morocco"); a ``borders`` triple between two states the gazetteer knows is kept
    only when they share a land border.

    >>> frozenset({"algeria", "tunisia"}) in load_land_borders()
    True
    """
    path = DATA_DIR / "land_borders.tsv"
    if not path.is_file():
        return frozenset()
    return frozenset(frozenset(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))
