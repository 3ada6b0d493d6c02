from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = _("Enquiries")

    def ready(self):
        from enquiries.models import Enquiry
        from foundation.page_cache import purge_on_change

        # The home page's key figures count the project holders met and those settled.
        purge_on_change(Enquiry, tags=("figures",))
