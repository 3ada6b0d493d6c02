from django.conf import settings

from foundation.attribution import campaign_of


def portal(request):
    return {
        "SOURCE_LANGUAGE": settings.LANGUAGE_CODE,
        "ENQUIRY_RETENTION_YEARS": max(settings.ENQUIRY_RETENTION_DAYS // 365, 1),
        # The campaign a visitor came by travels in the links that lead to the forms.
        "campaign_key": campaign_of(request),
    }
