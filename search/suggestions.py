"""Help for a newcomer still typing, or who typed a word the portal does not know."""

import difflib

from django.core.cache import cache

from search.analysis import WORD, fold
from search.models import SearchDocument

VOCABULARY_VERSION_KEY = "search:vocabulary-version"
VOCABULARY_TIMEOUT = 60 * 60
MIN_WORD_LENGTH = 3
SIMILARITY = 0.75


def vocabulary_changed():
    """Called whenever documents change: the next correction reads the titles again."""
    try:
        cache.incr(VOCABULARY_VERSION_KEY)
    except ValueError:
        cache.set(VOCABULARY_VERSION_KEY, 1, None)


def vocabulary(language):
    """The folded words of the titles a reader of ``language`` is shown."""
    version = cache.get_or_set(VOCABULARY_VERSION_KEY, 1, None)
    key = f"search:vocabulary:{language}:{version}"
    words = cache.get(key)
    if words is None:
        headings = SearchDocument.objects.filter(**{f"shown_{language}": True}).values_list(
            "heading", flat=True
        )
        words = sorted(
            {
                word
                for heading in headings.iterator()
                for word in WORD.findall(fold(heading))
                if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
            }
        )
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def corrected(text, language):
    """``text`` with each unknown word replaced by the nearest known one, or ``None``."""
    known = vocabulary(language)
    known_set = set(known)
    changed = False
    words = []
    for word in WORD.findall(fold(text)):
        if len(word) < MIN_WORD_LENGTH or word in known_set or word.isdigit():
            words.append(word)
            continue
        matches = difflib.get_close_matches(word, known, n=1, cutoff=SIMILARITY)
        if matches:
            words.append(matches[0])
            changed = True
        else:
            words.append(word)
    return " ".join(words) if changed else None
