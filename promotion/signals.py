from django.db import transaction
from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from wagtail.signals import page_published

from foundation.i18n import source_of
from foundation.outbox import send_after_commit
from foundation.page_cache import purge, purge_on_change
from promotion.events import fill_seats
from promotion.models import EventPage, Testimonial


@receiver(page_published, sender=EventPage)
def give_new_seats_to_those_waiting(sender, instance, **kwargs):
    """More seats published, or no limit any more: the waiting list moves up at once."""
    if source_of(instance).pk != instance.pk or not instance.takes_registrations():
        return
    with transaction.atomic():
        send_after_commit(fill_seats(instance))


purge_on_change(Testimonial, tags=("testimonials",))


@receiver(m2m_changed, sender=Testimonial.structures.through)
def testimonial_structures_changed(sender, **kwargs):
    purge("testimonials")
