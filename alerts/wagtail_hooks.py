from wagtail import hooks

from alerts import privacy
from foundation.privacy import HOOK as PERSONAL_DATA_HOOK

hooks.register(PERSONAL_DATA_HOOK, privacy.personal_data, order=300)
