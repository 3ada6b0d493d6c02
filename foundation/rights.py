"""The rights each room grants over its own records, gathered by the directory.

A structure's editors group and the coordinators' group are given the rights the rooms
register through these Wagtail hooks, each a list of ``(app_label, codename)``.
"""

STRUCTURE_PERMISSIONS_HOOK = "register_structure_editor_permissions"
COORDINATOR_PERMISSIONS_HOOK = "register_coordinator_permissions"


def managing(app_label, model_name):
    """The rights to add, change and delete the records of one model."""
    return [(app_label, f"{action}_{model_name}") for action in ("add", "change", "delete")]
