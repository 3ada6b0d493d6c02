"""The Content-Security-Policy breaks nothing: public pages and Wagtail's admin, used in a real
browser, report no violation."""

import re

import pytest

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.browser


@pytest.fixture
def watched(page):
    """The page, with every policy violation it meets written down."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url} {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', (event) => console.error("
        "`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));"
    )
    page.violations = violations
    # Scripts that fail, whatever the reason, are written down too.
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(f"{page.url} {error}"))
    return page


def test_public_pages_meet_no_violation(world, live_server, watched):
    page = watched
    for name in ("home", "listing_index", "premises", "business", "service_index", "area"):
        page.goto(live_server.url + world.__dict__[name].url)
        page.wait_for_load_state("networkidle")
    page.locator("#header-search").fill("bout")
    page.wait_for_selector("[role=listbox] [role=option], .suggestions li", timeout=5_000)

    assert page.violations == []
    assert page.errors == []
    assert page.evaluate("document.querySelector('link[rel=stylesheet]').sheet !== null")


def test_the_admin_editor_meets_no_violation(world, live_server, watched):
    get_user_model().objects.create_superuser("admin", "admin@example.org", "mot de passe sûr")
    page = watched
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "mot de passe sûr")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    for address in (
        f"/admin/pages/{world.business.pk}/edit/",
        f"/admin/pages/{world.childcare.pk}/edit/",
        "/admin/images/",
        f"/admin/pages/{world.cci.pk}/",
        f"/admin/listings/{world.business.pk}/availability/",
    ):
        page.goto(live_server.url + address)
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/admin/pages/{world.business.pk}/edit/")
    # The editor's rich text, the gallery's image chooser and the live preview.
    page.locator(".Draftail-Editor").first.wait_for()
    page.locator('[data-contentpath="gallery"] button.c-sf-add-button').first.click()
    page.locator('[data-contentpath="gallery"] [data-chooser-action-choose]:visible').first.click()
    page.locator(".modal-dialog").wait_for()
    page.locator(".modal-dialog").get_by_role("button", name=re.compile("Close|Fermer")).click()
    page.locator('[data-side-panel-toggle="preview"]').click()
    page.locator("iframe#w-preview-iframe").wait_for()
    page.wait_for_load_state("networkidle")
    assert page.violations == []
    assert page.errors == []
