"""Whatever a query string holds, the search answers 200 with what it could apply, and says
what it left out, in the reader's language; never a server error, never an unescaped echo."""

from urllib.parse import quote, quote_from_bytes

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from search.forms import MAX_QUERY_LENGTH
from tests.builders import build_world, text_of
from tests.search.test_search import search_url

PARAMETERS = [
    "q", "type", "category", "area", "commune", "transaction", "price", "surface",
    "availability", "energy", "tag", "price_min", "price_max", "sort", "page",
]  # fmt: skip
# A fragment of markup that must never come back as markup.
MARKUP = "<b>zq"

values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["business", "rent", "200070712", "63430", "A", "-1", "0", "99999"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.just(MARKUP),
    st.just("' OR 1=1 --"),
    st.text(min_size=1, max_size=3).map(lambda text: text * 4000),
)
raw_values = st.one_of(values.map(lambda text: quote(text, safe="")), st.binary(max_size=30))
pairs = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=10)), raw_values),
    max_size=8,
)


def query_string(items):
    parts = []
    for name, value in items:
        encoded = quote_from_bytes(value) if isinstance(value, bytes) else value
        parts.append(f"{quote(name, safe='')}={encoded}")
    return "&".join(parts)


class BadInputTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.world = build_world(translated=False)

    def get(self, raw_query, language="fr"):
        return self.client.get(search_url(language), QUERY_STRING=raw_query)

    def assertAnswers(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertNotIn(MARKUP, response.content.decode())

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(pairs, st.sampled_from(["fr", "en", "nl"]))
    def test_any_query_string(self, items, language):
        self.assertAnswers(self.get(query_string(items), language))

    def notices(self, response):
        return [text_of(item) for item in self.get_soup(response).select(".notice li")]

    def get_soup(self, response):
        from bs4 import BeautifulSoup

        return BeautifulSoup(response.content, "html.parser")

    def test_unknown_values_are_named_and_the_rest_applied(self):
        response = self.get("type=castle&type=land&energy=Z", "en")
        self.assertAnswers(response)
        self.assertEqual(
            self.notices(response),
            [
                "“castle” is not a choice of “Type”: it was left out.",
                "“Z” is not a choice of “Energy class”: it was left out.",
            ],
        )
        titles = [text_of(a) for a in self.get_soup(response).select(".results__list h2 a")]
        self.assertEqual(titles, [self.world.land.title])

    def test_many_unknown_values_give_a_short_message(self):
        response = self.get("&".join(f"type=bad{number}" for number in range(40)))
        self.assertAnswers(response)
        notices = self.notices(response)
        self.assertEqual(len(notices), 6)
        self.assertEqual(notices[-1], "35 autres valeurs inconnues ont été ignorées.")

    def test_control_characters_are_dropped_and_the_words_kept(self):
        response = self.get("q=bout%00ique%07")
        self.assertAnswers(response)
        box = self.get_soup(response).select_one('.search__box input[name="q"]')
        self.assertEqual(box["value"], "boutique")
        self.assertIn("Boutique sur la place", response.content.decode())

    def test_numbers_that_are_not_prices(self):
        for raw, message in [
            ("price_min=abc", "Saisissez un nombre entier."),
            ("price_max=-5", "Assurez-vous que cette valeur est supérieure ou égale à 0."),
            ("price_max=1e99", "Saisissez un nombre entier."),
            ("price_min=900&price_max=100", "ne peut pas être inférieur au plus bas"),
        ]:
            with self.subTest(raw=raw):
                response = self.get(raw)
                self.assertAnswers(response)
                errors = self.get_soup(response).select(".facet__number .form-error")
                self.assertIn(message, " ".join(text_of(error) for error in errors))
                field = self.get_soup(response).select_one('[aria-invalid="true"]')
                self.assertIsNotNone(field)

    def test_a_very_long_query_is_shortened_and_said_so(self):
        response = self.get("q=" + "boutique%20" * 1000)
        self.assertAnswers(response)
        self.assertEqual(
            self.notices(response),
            [f"Votre recherche a été réduite à ses {MAX_QUERY_LENGTH} premiers caractères."],
        )
        self.assertIn("Boutique sur la place", response.content.decode())

    def test_pages_out_of_range(self):
        for number in ("99999", "0", "-3", "9" * 30):
            with self.subTest(page=number):
                response = self.get(f"page={number}")
                self.assertAnswers(response)
                self.assertEqual(
                    self.notices(response),
                    [f"Il n’y a pas de page {number[:10]} : voici la dernière."],
                )
                # The last page is shown, with its results.
                self.assertIn("Boutique sur la place", response.content.decode())
        response = self.get("page=x")
        self.assertEqual(
            self.notices(response),
            ["Le numéro de page n’a pas été compris : voici la première page."],
        )

    def test_invalid_utf8_nul_and_markup(self):
        for raw in ["q=%ff%fe%00boutique", "q=%00", f"q={quote(MARKUP)}", "q=%3Cscript%3E"]:
            with self.subTest(raw=raw):
                response = self.get(raw)
                self.assertAnswers(response)
                self.assertNotIn("<script>", response.content.decode())
