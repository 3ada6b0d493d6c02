import uuid

from django.conf import settings
from django.db import migrations


def name_existing_tags(apps, schema_editor):
    """Every tag already there gets its French name, ready to be translated."""
    Tag = apps.get_model("taggit", "Tag")
    TagName = apps.get_model("foundation", "TagName")
    Locale = apps.get_model("wagtailcore", "Locale")
    source = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source is None:
        return
    named = set(TagName.objects.filter(locale=source).values_list("tag_id", flat=True))
    TagName.objects.bulk_create(
        TagName(tag=tag, locale=source, name=tag.name, translation_key=uuid.uuid4())
        for tag in Tag.objects.exclude(pk__in=named)
    )


class Migration(migrations.Migration):
    dependencies = [("foundation", "0003_tag_names")]

    operations = [migrations.RunPython(name_existing_tags, migrations.RunPython.noop)]
