"""Gunicorn, as deploy/Procfile starts it: ``gunicorn --config deploy/gunicorn.conf.py``.

Every value can be changed from the environment without editing this file.
"""

import multiprocessing
import os

# Behind the reverse proxy, on this host only; PORT is set by honcho (and most platforms).
bind = f"{os.environ.get('BIND_HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
wsgi_app = "portal.wsgi"
# Synchronous workers: two per core and one more, unless WEB_CONCURRENCY says otherwise.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# A request is answered well under this; mail and imports run in the worker process.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# A worker is replaced after this many requests, so a slow leak never grows for long.
max_requests = 2000
max_requests_jitter = 200
# The proxy's own X-Forwarded-Proto is trusted from these addresses only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# One line per request on standard output, with the client's address as the proxy saw it.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%({x-real-ip}i)s "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
