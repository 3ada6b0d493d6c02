from django_tasks import task

from django.core.management import call_command

from search.documents import rebuild
from search.models import uses_elasticsearch


@task()
def apply_synonyms():
    """Index every document again with the synonym groups as they are now.

    Elasticsearch reads the groups in its analysers, which only a new index takes: Wagtail's
    ``update_index`` builds one and switches to it. The database backends index each
    document with the tokens of its groups: rewriting the documents does it.
    """
    if uses_elasticsearch():
        call_command("update_index", verbosity=0)
    else:
        rebuild()
