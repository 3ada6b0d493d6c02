"""A newcomer's alerts, without an account: the token of any of their mails opens them."""

from django_ratelimit.decorators import ratelimit

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from alerts import subscriptions
from alerts.forms import AlertForm
from alerts.models import Alert, Frequency
from alerts.queries import describe
from foundation.forms import public_form_rate
from foundation.views import private_page


def alert_or_404(pk, token):
    alert = Alert.objects.filter(pk=pk).first()
    if alert is None or not alert.has_token(token):
        raise Http404
    return alert


@require_POST
@ratelimit(key="ip", rate=public_form_rate, method="POST", block=False)
def subscribe_view(request):
    """The form of the search and of the offers' index, sent; its errors on a page of their
    own (the results page holds another form); then "check your mailbox", whatever happens."""
    form = AlertForm(request.POST)
    status = 400
    context = {"form": form, "ALERT_CONFIRMATION_DAYS": settings.ALERT_CONFIRMATION_DAYS}
    if getattr(request, "limited", False):
        context["rate_limited"] = True
        status = 429
    elif form.is_valid():
        if not form.is_spam():
            subscriptions.subscribe(form.alert())
        return redirect("alert_sent")
    query = form.data.get(form.add_prefix("query"), "")
    context["search"] = search_lines(query)
    return private_page(TemplateResponse(request, "alerts/subscribe.html", context, status=status))


def search_lines(query):
    """The search the form was sent with, in words, however it was typed."""
    return describe(query.lstrip("?")[:4000], get_language())


def sent_view(request):
    return private_page(TemplateResponse(request, "alerts/sent.html", {}))


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_view(request, pk, token):
    """The link of the confirmation mail asks first: mail scanners follow links on their own."""
    alert = alert_or_404(pk, token)
    confirmed_now = False
    if request.method == "POST" and not alert.confirmed:
        subscriptions.confirm(alert)
        confirmed_now = True
    return private_page(
        TemplateResponse(
            request,
            "alerts/confirm.html",
            {
                "alert": alert,
                "search": describe(alert.query, alert.language),
                "confirmed_now": confirmed_now,
            },
        )
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage_view(request, pk, token):
    """Every alert of the address the link was sent to: how often, and delete."""
    alert = alert_or_404(pk, token)
    alerts = list(subscriptions.alerts_of(alert.email).order_by("created_at", "pk"))
    if request.method == "POST":
        chosen = next((a for a in alerts if str(a.pk) == request.POST.get("alert")), None)
        action = request.POST.get("action")
        if chosen is not None and action == "delete":
            subscriptions.delete(chosen)
            rest = [a for a in alerts if a.pk != chosen.pk]
            if chosen.pk == alert.pk:
                # This link's own alert is gone: the page goes on under another one's.
                if not rest:
                    return redirect("alert_sent_none")
                return redirect("alert_manage", rest[0].pk, rest[0].token)
        elif chosen is not None and action == "frequency":
            frequency = request.POST.get("frequency")
            if frequency in Frequency.values:
                Alert.objects.filter(pk=chosen.pk).update(frequency=frequency)
        elif chosen is not None and action == "confirm":
            subscriptions.confirm(chosen, timezone.now())
        return redirect("alert_manage", alert.pk, alert.token)
    return private_page(
        TemplateResponse(
            request,
            "alerts/manage.html",
            {
                "alerts": [(a, describe(a.query, a.language)) for a in alerts],
                "frequencies": Frequency.choices,
                "email": alert.email,
            },
        )
    )


def none_left_view(request):
    return private_page(TemplateResponse(request, "alerts/none_left.html", {}))


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, pk, token):
    """The List-Unsubscribe address: a POST (``List-Unsubscribe=One-Click``, RFC 8058, sent
    by the mail program without a cookie nor a CSRF token) deletes the alert; a GET asks first.
    The token is the proof, as for a one-click: no CSRF token can be asked of a mail program.
    Once deleted, the address answers that there is nothing left to unsubscribe."""
    alert = Alert.objects.filter(pk=pk).first()
    if alert is not None and not alert.has_token(token):
        raise Http404
    unsubscribed = alert is None
    if request.method == "POST" and alert is not None:
        subscriptions.delete(alert)
        unsubscribed = True
    context = {"unsubscribed": unsubscribed}
    if alert is not None:
        context["search"] = describe(alert.query, alert.language)
    return private_page(TemplateResponse(request, "alerts/unsubscribe.html", context))
