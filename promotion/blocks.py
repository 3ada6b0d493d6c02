import datetime

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class ProgrammeStepBlock(blocks.StructBlock):
    day = blocks.DateBlock(
        label=_("day"), required=False, help_text=_("For an event of several days.")
    )
    starts_at = blocks.TimeBlock(label=_("time"), required=False)
    title = blocks.CharBlock(label=_("what"), max_length=200)
    text = blocks.TextBlock(label=_("details"), required=False, max_length=600)

    class Meta:
        icon = "time"
        label = _("step of the programme")
        template = "components/programme_step.html"
        description = _("One moment of the day: a time, what happens, and who speaks.")
        preview_value = {
            "starts_at": datetime.time(10, 0),
            "title": "Accueil et présentation du territoire",
            "text": "Par le Parc naturel régional Livradois-Forez.",
        }


class ProgrammeBlock(blocks.StreamBlock):
    step = ProgrammeStepBlock()

    class Meta:
        template = "components/programme.html"
