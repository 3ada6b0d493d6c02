"""Security headers the settings cannot say alone: the admin's own Content-Security-Policy and
Cross-Origin-Resource-Policy on every response.

Public pages get ``settings.SECURE_CSP``, strict: no inline script or style anywhere. Wagtail's
admin sets its date choosers up in inline scripts, draws its editor with inline styles and
shows previews in a frame: it gets the same policy with exactly those additions
(``settings.ADMIN_CSP_ADDITIONS``), proven in a real browser by
tests/e2e/test_security_headers.py.
"""

import functools

from django.conf import settings


@functools.cache
def admin_policy():
    policy = dict(settings.SECURE_CSP)
    for directive, values in settings.ADMIN_CSP_ADDITIONS.items():
        policy[directive] = [*policy.get(directive, []), *values]
    return policy


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.admin_prefix) and settings.SECURE_CSP:
            response._csp_config = admin_policy()
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
