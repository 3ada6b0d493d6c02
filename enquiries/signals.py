from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from enquiries.models import Enquiry
from foundation.page_cache import purge


@receiver(post_save, sender=Enquiry)
@receiver(post_delete, sender=Enquiry)
def enquiry_changed(sender, raw=False, **kwargs):
    # The home page's key figures count the project holders met and those settled.
    if not raw:
        purge("figures")
