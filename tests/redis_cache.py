"""The tests' Redis cache: every test process keeps to its own keys.

django-redis clears a cache by flushing its whole Redis database, which would wipe the rate
limit counters of the other processes running tests at the same time. This one deletes its
own keys only, in every version: Wagtail keeps the sites' root paths under a version of their
own, which a page must not find again after its test's sites were rolled back.
"""

from django_redis.cache import RedisCache


class OwnKeysRedisCache(RedisCache):
    def clear(self):
        client = self.client.get_client(write=True)
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
