"""How text becomes search terms, the same way for SQLite and PostgreSQL.

Both database backends index what these functions return: words folded to ASCII lower case,
stop words dropped, each word reduced to its Snowball stem in the language of the text. The
query goes through the same steps in the reader's language, and every term matches as a prefix
of an indexed stem: "boulanger" (stem "boulang") finds "Boulangerie" (stem "boulanger"),
"creche" finds "Crèche", "cafe" finds "Café-restaurant".

PostgreSQL's own "french" configuration runs the same Snowball algorithm, but one
configuration serves the whole index: English and Dutch pages would be stemmed as French, and
SQLite would answer differently. Analysing in Python gives every language its own stemmer
and both databases the same answers.
"""

import functools
import re
import unicodedata

import snowballstemmer

STEMMERS = {"fr": "french", "en": "english", "nl": "dutch"}

# The words too common to tell two offers apart, folded like the text they are taken from.
STOP_WORDS = {
    "fr": set(
        "a au aux avec ce ces c d dans de des du elle en et est il ils j je l la le les leur "
        "lui m ma mais me mes mon n ne nos notre nous on ou par pas pour qu que qui s sa se "
        "ses son sur t ta te tes ton tu un une vos votre vous y".split()
    ),
    "en": set(
        "a an and are as at be by for from has have in is it its of on or that the their "
        "this to was were with".split()
    ),
    "nl": set(
        "aan als bij de den der des die dit door een en er het hij in is je met na naar niet "
        "of om op te ten ter tot uit van voor wat we wij ze zij".split()
    ),
}

# Letters and digits only: the tokenisers of SQLite's FTS5 and PostgreSQL split on the rest.
WORD = re.compile(r"[^\W_]+")

MIN_PREFIX_LENGTH = 3


def fold(text):
    """Lower case without accents: "Crèche" and "creche" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "french"))


def words(text, *languages):
    """The folded words of ``text`` that carry meaning in any of ``languages``, in order."""
    stop_words = set().union(
        *(STOP_WORDS.get(language, STOP_WORDS["fr"]) for language in languages)
    )
    return [word for word in WORD.findall(fold(text or "")) if word not in stop_words]


def stems(text, language):
    return _stemmer(language).stemWords(words(text, language))


def analyse(text, language):
    """The text as the index stores it: its stems, separated by spaces."""
    return " ".join(stems(text, language))


def stemmer(language):
    return _stemmer(language)


def query_words(text, languages):
    """The words of a query, once each.

    A word that is a stop word in any of the languages is dropped: the French pages an
    English reader is shown are indexed without "de" or "la".
    """
    return list(dict.fromkeys(words(text, *languages)))


def query_terms(text, languages):
    """The terms of a query, each as the set of its stems in ``languages``.

    A page not yet translated is shown, and indexed, in French: a query in English or Dutch
    tries both its own language's stem and the French one.
    """
    return [
        {_stemmer(language).stemWord(word) for language in languages}
        for word in query_words(text, languages)
    ]
