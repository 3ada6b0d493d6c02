"""Words that mean the same thing to a newcomer, kept as data the park edits in the admin.

A group joins a trade and its activity (menuisier, menuiserie), an everyday word and the
offers' vocabulary (coworking, tiers-lieu), and the English and Dutch words for them
(joinery, schrijnwerkerij): a French page not translated yet is found by its reader's words.

The database backends apply a group at both ends. A document whose text holds one of the
group's expressions is indexed with the group's token too; a query holding one of them also
asks for that token. Expressions are analysed like the text they are looked for in (folded,
stop words dropped, stemmed in the text's language), so "maisons de santé" matches the group
of "maison de santé". Elasticsearch applies the same groups with a synonym filter in each
language's search analyser (``search.backends.elasticsearch``).
"""

import re
from pathlib import Path

from django.core.cache import cache

from search.analysis import STEMMERS, query_words, stemmer, stems

STARTING_LIST = Path(__file__).resolve().parent / "data" / "synonyms.txt"
VERSION_KEY = "search:synonyms-version"
GROUP_MARK = "zsyn"


def split_terms(text):
    """The expressions of a group as the park types them: one per line or comma-separated."""
    return [term.strip() for term in re.split(r"[\n,;]", text or "") if term.strip()]


def starting_list():
    """The groups shipped with the portal: one per line of ``data/synonyms.txt``."""
    groups = []
    for line in STARTING_LIST.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            groups.append(split_terms(line))
    return groups


def token(group_id):
    return f"{GROUP_MARK}{group_id}"


def synonyms_changed(**kwargs):
    """Called whenever a group changes: every process reads the groups again."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


# The groups this process read, and the version of the list they are.
_read = {}


def groups():
    """(id, expressions) of every group, read again when the shared version changes."""
    from search.models import SynonymGroup

    version = cache.get_or_set(VERSION_KEY, 1, None)
    if _read.get("version") != version:
        rows = SynonymGroup.objects.order_by("pk").values_list("pk", "terms")
        _read["groups"] = tuple((pk, tuple(split_terms(terms))) for pk, terms in rows)
        _read["stemmed"] = {}
        _read["version"] = version
    return _read["groups"]


def _stemmed(language):
    """Each group's expressions as stem sequences in ``language``, indexed by first stem.

    Worked out once per language and version of the groups.
    """
    current = groups()
    stemmed = _read["stemmed"]
    if language not in stemmed:
        by_first = {}
        for pk, terms in current:
            for term in terms:
                sequence = tuple(stems(term, language))
                if sequence:
                    by_first.setdefault(sequence[0], []).append((sequence, token(pk)))
        stemmed[language] = by_first
    return stemmed[language]


def matches(stem_list, language):
    """(start, end, token) of each group expression found in ``stem_list``, stemmed in
    ``language``."""
    by_first = _stemmed(language if language in STEMMERS else "fr")
    found = []
    for start, stem in enumerate(stem_list):
        for sequence, group_token in by_first.get(stem, ()):
            end = start + len(sequence)
            if tuple(stem_list[start:end]) == sequence:
                found.append((start, end, group_token))
    return found


def indexed(text, language):
    """``text`` as the database backends index it: its stems, then the token of a group for
    each time it speaks of it.

    Tokens are counted as often as the text names the group, as its words are: a page about
    bakeries ranks above a page that mentions one.
    """
    stem_list = stems(text, language)
    tokens = [group_token for _start, _end, group_token in matches(stem_list, language)]
    return " ".join(stem_list + tokens)


def query_tokens(text, languages):
    """For each term of a query (``search.analysis.query_terms``), the groups it belongs to.

    An expression of several words gives its group's token to each of its words: a page
    indexed with the token matches them all.
    """
    word_list = query_words(text, languages)
    tokens = [set() for _word in word_list]
    for language in languages:
        stem_list = [stemmer(language).stemWord(word) for word in word_list]
        for start, end, group_token in matches(stem_list, language):
            for position in range(start, end):
                tokens[position].add(group_token)
    return tokens
