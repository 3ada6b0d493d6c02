from django.db import transaction
from django.dispatch import receiver

from wagtail.signals import page_published

from portal.models import EventPage


@receiver(page_published, sender=EventPage)
def give_new_seats_to_those_waiting(sender, instance, **kwargs):
    """More seats published, or no limit any more: the waiting list moves up at once."""
    from network.notifications import send_after_commit
    from portal.events import fill_seats, source_event

    if source_event(instance).pk != instance.pk or not instance.takes_registrations():
        return
    with transaction.atomic():
        send_after_commit(fill_seats(instance))
