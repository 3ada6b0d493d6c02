"""The demo's content, read from the YAML files of ``data/``.

The texts, offers, people and places are data that anyone can read and correct without touching
code; the Python of the demo only fills templates, draws with a fixed seed and paints. In the
files, a mapping of ``fr``, ``en`` and ``nl`` is a text (``T``); rich text is a list of paragraphs,
``h2`` headings and ``ul`` lists; communities are named by their key in ``structures.yaml``.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .text import LANGUAGES, T, make_slug, number

DATA = Path(__file__).parent / "data"
RICH_TAGS = ("h2", "h3", "ul")


def load(name):
    """The raw content of ``data/<name>.yaml``."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def read(name):
    """The content of ``data/<name>.yaml``, with its texts as ``T`` and rich text as tuples."""
    return texts(load(name))


def texts(node):
    if isinstance(node, list):
        return [texts(item) for item in node]
    if not isinstance(node, dict):
        return node
    if set(node) == set(LANGUAGES):
        return T(**node)
    if len(node) == 1 and next(iter(node)) in RICH_TAGS:
        ((tag, value),) = node.items()
        return (tag, texts(value))
    return {key: texts(value) for key, value in node.items()}


# Structures and their referents ---------------------------------------------------------------


@dataclass
class ReferentSpec:
    first_name: str
    last_name: str
    role: str
    phone: str
    coordinator: bool = False

    @property
    def name(self):
        return f"{self.first_name} {self.last_name}"

    @property
    def email(self):
        first, last = (
            make_slug(part).replace("-", "") for part in (self.first_name, self.last_name)
        )
        return f"{first}.{last}@example.org"


@dataclass
class StructureSpec:
    slug: str
    title: str
    kind: str
    acronym: str
    sectors: list
    communities: list
    summary: T
    body: list
    address: str
    phone: str
    reference_prefix: str
    referents: list = field(default_factory=list)

    @property
    def email(self):
        return f"{self.slug}@example.org"


_network = read("structures")
_communities = _network["communities"]
# SIREN codes by the key the data files give each community of communes.
SIRENS = {key: community["siren"] for key, community in _communities.items()}
ALL_COMMUNITIES = list(SIRENS.values())
AREA_NAMES = {community["siren"]: community["name"] for community in _communities.values()}
# The community of communes structure of each area, by SIREN code.
COMMUNITY_STRUCTURES = {
    community["siren"]: community["structure"] for community in _communities.values()
}
PARK = _network["park"]
STRUCTURES = [
    StructureSpec(
        **{
            **spec,
            "communities": [SIRENS[key] for key in spec["communities"]],
            "referents": [ReferentSpec(**referent) for referent in spec["referents"]],
        }
    )
    for spec in _network["structures"]
]
STRUCTURES_BY_SLUG = {structure.slug: structure for structure in STRUCTURES}
# The network coordinator: the park's referent who holds the coordinator account.
COORDINATOR = next(
    referent for referent in STRUCTURES_BY_SLUG[PARK].referents if referent.coordinator
)

_motifs = read("motifs")["motifs"]
MOTIF_ALT = {motif: spec["alt"] for motif, spec in _motifs.items()}
# The title each generated picture gets in the image library (images are not translated).
MOTIF_TITLE = {motif: spec["title"] for motif, spec in _motifs.items()}

# Site pages -----------------------------------------------------------------------------------

_site = read("site_pages")
HOME = _site["home"]
LISTING_INDEX = _site["listing_index"]
SERVICE_INDEX = _site["service_index"]
NETWORK = _site["network"]
STANDARD_PAGES = _site["standard_pages"]
# What the portal settings get where they are empty.
SETTINGS = _site["settings"]


def area_pages(communities):
    """The presentation of each community of communes, with figures from the imported data."""
    pages = []
    for spec in _site["areas"]:
        siren = SIRENS[spec["community"]]
        communes = list(communities[siren].communes.all())
        figures = {
            "communes": len(communes),
            "population": number(sum(commune.population or 0 for commune in communes)),
        }
        body = [
            block.format(**figures) if isinstance(block, T) else block for block in spec["body"]
        ]
        pages.append({**spec, "siren": siren, "body": body})
    return pages


# Promotion and routing ------------------------------------------------------------------------

_promotion = read("promotion")
CALENDAR = _promotion["calendar"]
CAMPAIGN = _promotion["campaign"]
EVENTS = [
    {
        **event,
        "programme": [
            (*map(int, step["time"].split(":")), step["title"], step["text"])
            for step in event["programme"]
        ],
    }
    for event in _promotion["events"]
]
# Fictional people; real places and structures.
TESTIMONIALS = _promotion["testimonials"]

# (role, sector or "", community SIREN or None, structure slug, priority)
ROUTING_RULES = [
    (
        rule["role"],
        rule.get("sector", ""),
        SIRENS.get(rule.get("community")),
        rule["structure"],
        rule["priority"],
    )
    for rule in load("routing")["rules"]
]
