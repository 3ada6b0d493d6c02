from django.conf import settings


def portal(request):
    return {
        "SOURCE_LANGUAGE": settings.LANGUAGE_CODE,
        "ENQUIRY_RETENTION_YEARS": max(settings.ENQUIRY_RETENTION_DAYS // 365, 1),
    }
