from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = _("Enquiries")

    def ready(self):
        from django.db.models.signals import post_delete

        from enquiries.models import Enquiry, EnquiryEvent
        from enquiries.privacy import forget_document
        from foundation.page_cache import purge_on_change

        post_delete.connect(forget_document, sender=EnquiryEvent, dispatch_uid="forget_document")

        # The home page's key figures count the project holders met and those settled.
        purge_on_change(Enquiry, tags=("figures",))
