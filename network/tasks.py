from django_tasks import task

from network.notifications import deliver


@task()
def deliver_notification(notification_id):
    """Background delivery of one stored notification (see ``network.notifications``)."""
    return deliver(notification_id)
