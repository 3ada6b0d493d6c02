from django.conf import settings


def portal(request):
    return {"SOURCE_LANGUAGE": settings.LANGUAGE_CODE}
