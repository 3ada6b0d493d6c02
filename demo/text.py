"""Trilingual demo texts and the glossary that feeds them to wagtail-localize.

Every text of the demo is written once in French, English and Dutch (``T``). Pages are created
from the French side; the glossary remembers every French string with its counterparts, so the
translation machinery can fill each segment it extracts from a page.
"""

import re
from html import escape
from typing import NamedTuple

from django.utils.text import slugify

LANGUAGES = ("fr", "en", "nl")
THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[ ,.](?=\d{3}(?!\d))")
DECIMAL_MARK = re.compile(r"(?<=\d)[,.](?=\d)")


class T(NamedTuple):
    """One text in the portal's three languages."""

    fr: str
    en: str
    nl: str

    def get(self, language):
        return getattr(self, language)

    def format(self, **params):
        """Fill the placeholders of each language, taking the matching side of ``T`` values."""
        return T(
            *(
                text.format(**{name: _side(value, language) for name, value in params.items()})
                for language, text in zip(LANGUAGES, self, strict=True)
            )
        )


def _side(value, language):
    return value.get(language) if isinstance(value, T) else value


def same(text):
    """A text that reads the same in every language: a name, a phone number, an address."""
    return T(text, text, text)


def make_slug(text, max_length=80):
    """A readable ASCII slug, keeping the ligatures and elisions French titles are full of.

    Numbers survive too: "1 100 m²" gives "1100-m2" and "8,5 hectares" gives "8-5-hectares".
    """
    for ligature, replacement in (("œ", "oe"), ("Œ", "Oe"), ("æ", "ae"), ("'", "-"), ("’", "-")):
        text = text.replace(ligature, replacement)
    text = THOUSANDS_SEPARATOR.sub("", text)
    text = DECIMAL_MARK.sub("-", text)
    slug = slugify(text)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug.strip("-")


def slug_of(title):
    return T(*(make_slug(text) for text in title))


FRENCH_VOWELS = "AEIOUYÂÉÈÊÎÔ"


def fr_at(name):
    """« à Ambert », « au Brugeron »: French contracts the preposition with the article."""
    if name.startswith("Le "):
        return f"au {name[3:]}"
    if name.startswith("Les "):
        return f"aux {name[4:]}"
    return f"à {name}"


def fr_of(name):
    """« d'Ambert », « de Thiers », « du Brugeron »."""
    if name.startswith("Le "):
        return f"du {name[3:]}"
    if name.startswith("Les "):
        return f"des {name[4:]}"
    if name[0] in FRENCH_VOWELS:
        return f"d'{name}"
    return f"de {name}"


def place(name):
    """The placeholders every template may use to name a commune."""
    return {
        "name": name,
        "at": T(fr_at(name), f"in {name}", f"in {name}"),
        "of": T(fr_of(name), name, name),
    }


def number(value):
    """A whole number with each language's thousands separator."""
    if value < 1000:
        return same(str(value))
    grouped = f"{value:,}"
    return T(grouped.replace(",", " "), grouped, grouped.replace(",", "."))


def decimal(value):
    """A number with at most one decimal, with each language's decimal mark."""
    text = f"{value:.1f}".removesuffix(".0")
    return T(text.replace(".", ","), text, text.replace(".", ","))


class Glossary:
    """Every French string of the demo with its English and Dutch counterparts."""

    def __init__(self):
        self.entries = {}

    def add(self, text):
        """Remember ``text`` and return its French side, ready to be saved on a page."""
        if not isinstance(text, T):
            return text
        self.entries.setdefault(text.fr, text)
        return text.fr

    def rich(self, blocks):
        """Rich text from paragraphs (``T``), headings ``("h2", T)`` and lists ``("ul", [T])``.

        Texts are stored HTML-escaped: that is how wagtail-localize extracts them as segments.
        """
        html = []
        for block in blocks:
            if isinstance(block, T):
                html.append(f"<p>{self.add(_escaped(block))}</p>")
            elif block[0] == "ul":
                items = "".join(f"<li>{self.add(_escaped(item))}</li>" for item in block[1])
                html.append(f"<ul>{items}</ul>")
            else:
                tag, text = block
                html.append(f"<{tag}>{self.add(_escaped(text))}</{tag}>")
        return "".join(html)

    def translate(self, text, language):
        entry = self.entries.get(text)
        return entry.get(language) if entry else None


def _escaped(text):
    return T(*(escape(side, quote=False) for side in text))
