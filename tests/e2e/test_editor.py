"""A structure's editor in a real browser: logs in, creates an offer with a photo, publishes it,
and finds it in the public search."""

import pytest
from PIL import Image

from directory.permissions import editors_group_of
from listings.models import PremisesListingPage
from tests.directory.test_permission_matrix import PASSWORD, make_user

pytestmark = pytest.mark.browser

UNSAVED = "window.wagtail.app.queryController('w-unsaved')"
AUTOSAVED = f"""() => {{
    const autosave = window.wagtail.app.queryController('w-autosave');
    const unsaved = {UNSAVED};
    return autosave.stateValue === 'saved' && unsaved.initialFormData === unsaved.formData;
}}"""


def test_an_editor_publishes_an_offer_with_a_photo_and_finds_it(
    world, live_server, page, tmp_path
):
    make_user("cci", editors_group_of(world.cci))
    photo = tmp_path / "vitrine.png"
    Image.new("RGB", (640, 480), (190, 120, 60)).save(photo)

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "cci")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/add/listings/premiseslistingpage/{world.cci.pk}/")
    # Wagtail notices edits by comparing the form with what it held two seconds after loading.
    page.wait_for_function(f"() => !!{UNSAVED}?.initialFormData")
    page.fill("#id_title", "Local d'artisan avec vitrine")
    page.fill("#id_reference", "CCI-NAV-1")
    page.select_option("#id_commune", str(world.thiers.pk))
    page.fill("#id_price", "480")
    page.select_option("#id_price_kind", "monthly_rent")
    page.fill("#id_surface", "60")
    page.select_option("#id_kind", "workshop")

    # The place: the map has moved to Thiers' centre, and a click a little east of it sets
    # the point, in the fields that stay editable.
    picker = page.locator(".map-picker")
    picker.scroll_into_view_if_needed()
    box = picker.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2 + 40, box["y"] + box["height"] / 2)
    latitude = float(page.input_value("#id_latitude"))
    longitude = float(page.input_value("#id_longitude"))
    assert latitude == pytest.approx(world.thiers.latitude, abs=0.002)
    assert 0.002 < longitude - world.thiers.longitude < 0.02

    # The gallery: one photo, uploaded through the image chooser, with its alternative text.
    page.locator('[data-contentpath="gallery"] button.c-sf-add-button').first.click()
    page.locator('[data-contentpath="gallery"] [data-chooser-action-choose]').first.click()
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("#tab-label-upload").click()
    modal.locator("#id_image-chooser-upload-file").set_input_files(str(photo))
    modal.locator("#id_image-chooser-upload-title").fill("Vitrine de l'atelier")
    modal.locator("form[data-chooser-modal-creation-form] button[type=submit]").click()
    page.wait_for_selector(".modal-dialog", state="detached")
    page.locator('[data-contentpath="gallery"] input[name$="-value-alt_text"]').fill(
        "La vitrine de l'atelier, sur la rue"
    )

    # Wagtail autosaves the draft, which moves the form to the new page's edit view; publishing
    # while a save is still on its way would post the page twice, so the editor sees it saved.
    page.wait_for_function(AUTOSAVED)
    page.wait_for_url("**/admin/pages/*/edit/**")

    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_url(f"**/admin/pages/{world.cci.pk}/")

    listing = PremisesListingPage.objects.get(reference="CCI-NAV-1")
    assert listing.live
    assert listing.get_parent().pk == world.cci.pk
    assert listing.first_photo["image"].collection_id == world.cci.collection_id
    assert (listing.latitude, listing.longitude) == (latitude, longitude)

    page.goto(live_server.url + "/fr/recherche/?q=local+artisan+vitrine")
    card = page.locator(".results__list .result-card", has_text="Local d'artisan avec vitrine")
    assert card.count() == 1
    # The photo shows on the card, decorative there: the title says what the offer is.
    assert card.locator("img.card__image").count() == 1
    card.get_by_role("link", name="Local d'artisan avec vitrine").click()
    page.wait_for_url(f"**{listing.url}")
    assert page.locator('img[alt="La vitrine de l\'atelier, sur la rue"]').count() >= 1
    # On its map, where the editor placed it, drawn when the reader scrolls to it.
    page.locator("#offer-map").scroll_into_view_if_needed()
    marker = page.locator("#offer-map .leaflet-marker-icon.marker--highlighted")
    assert marker.get_attribute("title") == "Local d'artisan avec vitrine"
