"""The tests' Redis cache: every test process keeps to its own keys.

django-redis clears a cache by flushing its whole Redis database, which would wipe the rate
limit counters of the other processes running tests at the same time.
"""

from django_redis.cache import RedisCache


class OwnKeysRedisCache(RedisCache):
    def clear(self):
        self.delete_pattern("*")
