from django.db import migrations


def load_starting_list(apps, schema_editor):
    """The synonym groups the portal ships with; the park edits them afterwards."""
    from search.synonyms import starting_list

    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if not SynonymGroup.objects.exists():
        SynonymGroup.objects.bulk_create(
            SynonymGroup(terms="\n".join(terms)) for terms in starting_list()
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_synonym_group")]

    operations = [migrations.RunPython(load_starting_list, migrations.RunPython.noop)]
