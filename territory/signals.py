from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from foundation.page_cache import SITE, purge
from territory.models import Commune, CommunityOfCommunes


@receiver(post_save, sender=Commune)
@receiver(post_delete, sender=Commune)
@receiver(post_save, sender=CommunityOfCommunes)
@receiver(post_delete, sender=CommunityOfCommunes)
def territory_changed(sender, raw=False, **kwargs):
    # A commune's name or centre is on every offer, service, event and area of it.
    if not raw:
        purge(SITE)
