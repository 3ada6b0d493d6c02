"""What a confidential offer may tell the public about where it is, decided in one place.

A confidential takeover is published without its commune: a seller whose staff or customers
learn of the sale too early can lose the business. Every public channel of an offer asks its
``Disclosure`` what to show (the page and its meta tags, the API, the search document and its
card, the services around it, its tags), and a confidential offer is refused at save when an
editor's text, tag or photo description names the place in any of the ways ``PlaceNames``
knows. Photo files say nothing either: ``foundation.image_files`` names them at random and
strips their metadata.
"""

from html import unescape

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from search.analysis import WORD, fold, words

# How French writes place names short: "St-Dier", "Ste-Agathe", "Celles s/ Durolle".
ABBREVIATIONS = {"st": "saint", "ste": "sainte", "s": "sur", "sr": "sur"}
ARTICLES = {"le", "la", "les", "l"}


def place_tokens(text):
    """The folded words of ``text``, abbreviations spelt out: "St-Dier" is "saint dier"."""
    return [ABBREVIATIONS.get(word, word) for word in WORD.findall(fold(str(text or "")))]


class PlaceNames:
    """Every way an editor may write a commune: its name with or without accents, hyphens,
    article or abbreviations, its postcodes and its INSEE code.

    The whole name is what names a place: "Auvergne" alone does not name
    Saint-Dier-d'Auvergne, nor "celles" (also a pronoun) Celles-sur-Durolle. The search, which
    must not find the offer by any word of its town, uses the stricter ``giveaways``.
    """

    def __init__(self, commune):
        self.commune = commune
        name = place_tokens(commune.name)
        self.names = {" ".join(name)}
        if len(name) > 1 and name[0] in ARTICLES:
            # "La Chaise-Dieu" is also written "Chaise-Dieu".
            self.names.add(" ".join(name[1:]))
        self.codes = {code for code in (*commune.postcodes, commune.insee_code) if code}

    def found_in(self, text):
        said = f" {' '.join(place_tokens(text))} "
        return any(f" {name} " in said for name in self.names | self.codes)

    @cached_property
    def giveaways(self):
        """Each word of the name that means something ("celles", "durolle", not "sur")."""
        return set(words(self.commune.name, "fr")) | self.codes

    def without_giveaways(self, text):
        kept = (word for word in WORD.findall(fold(str(text))) if word not in self.giveaways)
        return " ".join(kept)


def editable_texts(listing):
    """Every text an editor can type or choose for ``listing`` that the public may read:
    titles and meta texts, each free-text field of the type, the description (its source,
    with links, and its words without the markup that could split a name, read apart), and
    the tags; each as a tuple of texts. The photos' texts are read by
    ``Disclosure.gallery_refusal``, which points at each photo's field."""
    texts = {
        name: (getattr(listing, name),)
        for name in ("title", "slug", "seo_title", "search_description")
    }
    for field in type(listing)._meta.concrete_fields:
        if field.model._meta.app_label == "wagtailcore" or field.choices:
            continue
        if field.get_internal_type() in ("CharField", "TextField"):
            value = getattr(listing, field.attname) or ""
            # Rich text: its source (links, descriptions) and its text, where a name split by
            # formatting ("Celles-sur-<b>Durolle</b>") reads whole again.
            texts[field.name] = (value, unescape(strip_tags(value)))
    # The tags the form is about to save, when there is a form; else the saved ones.
    tags = getattr(listing, "tags_to_save", None)
    if tags is None:
        tags = [tag.name for tag in listing.tags.all()]
    texts["tags"] = (" , ".join(tags),)
    return texts


class Disclosure:
    """What the public may know of where ``listing`` is: for a confidential offer, its area."""

    def __init__(self, listing):
        self.listing = listing
        self.confidential = listing.confidential
        self.community = listing.commune.community

    @cached_property
    def commune(self):
        return None if self.confidential else self.listing.commune

    @cached_property
    def place_names(self):
        return PlaceNames(self.listing.commune)

    @cached_property
    def place_label(self):
        if self.commune:
            return str(self.commune.name)
        return self.community.name if self.community else ""

    @cached_property
    def point(self):
        return None if self.confidential else self.listing.own_point

    @property
    def api_place(self):
        if self.confidential:
            return {"community": self.place_label}
        point = None
        if self.point:
            point = {"latitude": self.point[0], "longitude": self.point[1]}
        return {
            "commune": self.commune.name,
            "insee_code": self.commune.insee_code,
            "community": self.community.name if self.community else "",
            "point": point,
        }

    def search_point(self):
        """Where the map of results puts the offer: its own point, else its commune's centre."""
        return self.point or (self.commune.centre if self.commune else None)

    def public_tags(self, tags):
        if not self.confidential:
            return list(tags)
        giveaways = self.place_names.giveaways
        return [tag for tag in tags if not giveaways & set(words(tag.name, "fr"))]

    def public_words(self, names):
        """``names`` (of keywords, in any language) without those naming the place."""
        if not self.confidential:
            return list(names)
        giveaways = self.place_names.giveaways
        return [name for name in names if not giveaways & set(words(name, "fr"))]

    def searchable_texts(self, texts):
        """What the search may find the offer by: no word of a confidential offer's town."""
        if not self.confidential:
            return list(texts)
        return [self.place_names.without_giveaways(text) for text in texts]

    def area_services(self):
        """The services a confidential offer may show: its area's own, for the whole area (a
        service of its commune, or of another, would tell where it stands)."""
        return Q(community=self.community, commune__isnull=True)

    def refusal(self, text):
        """What to tell an editor whose ``text`` names a confidential offer's place, if it does."""
        if not self.confidential or not self.place_names.found_in(text):
            return None
        return _(
            "This offer is confidential: do not name its commune (%(commune)s) or give its "
            "postcode or INSEE code here, in any spelling. Speak of the area instead."
        ) % {"commune": self.listing.commune.name}

    def refusals(self):
        """The editor's fields that name a confidential offer's place, with what to do."""
        if not self.confidential:
            return {}
        refusals = {}
        for field, texts in editable_texts(self.listing).items():
            for text in texts:
                if message := self.refusal(text):
                    refusals[field] = message
        if gallery := self.gallery_refusal():
            refusals["gallery"] = gallery
        return refusals

    def gallery_refusal(self):
        """The photos whose text alternative or caption names the place, each field marked
        in the editor as a block error."""
        block_errors = {}
        for index, block in enumerate(self.listing.gallery.raw_data):
            value = block.get("value") or {}
            errors = {
                name: ValidationError(message)
                for name, text in value.items()
                if name != "image" and (message := self.refusal(str(text)))
            }
            if errors:
                block_errors[index] = StructBlockValidationError(block_errors=errors)
        return StreamBlockValidationError(block_errors=block_errors) if block_errors else None
