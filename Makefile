# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
MANAGE := $(VENV)/bin/python manage.py
HOST ?= 127.0.0.1
# Tests run on every core; each module (and the demo) goes whole to one worker, in the
# order pytest-django gives: the tests that empty the database (transactional) come last.
TEST_WORKERS ?= auto
PORT ?= 8000

.PHONY: install install-production run test lint smoke messages benchmark benchmark-search benchmark-enquiries benchmark-alerts benchmark-imports lighthouse clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	touch $@

install: $(VENV)/.installed

# A server: the locked dependencies without the development tools (README, "Deploying").
install-production: $(UV)
	$(UV) sync --frozen --no-dev --quiet

run: install
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo
	@echo ""
	@echo "  Site:  http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# Style, then the layers: an app importing from a layer above its own fails (pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: install lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY="$$(head -c 48 /dev/urandom | base64)" \
		ALLOWED_HOSTS=portal.example EMAIL_URL=smtp://mail.example:587 \
		WAGTAILADMIN_BASE_URL=https://portal.example DEFAULT_FROM_EMAIL=portal@portal.example \
		DATABASE_URL=postgres://portal@db.example:5432/portal \
		REDIS_URL=redis://cache.example:6379/0 TASKS_BACKEND=database \
		RATELIMIT_IP_META_KEY=HTTP_X_REAL_IP \
		$(MANAGE) check --deploy --fail-level WARNING
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

# The production stack started for real: deploy/Procfile under honcho, on PostgreSQL, Redis,
# an S3 server and an SMTP server on loopback (deploy/smoke.py). CI runs it after the tests.
smoke: install
	$(VENV)/bin/python deploy/smoke.py

# Rewrites the .po files from the source and compiles them; translate, then commit both.
messages: install
	$(MANAGE) makemessages --locale fr --locale en --locale nl --ignore ".venv/*" --ignore ".tools/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*" --ignore ".tools/*"

# Figures, not tests: per page type, queries, render time and requests per second, cached and
# not, beside a static file, on the production stack with the demo (about six minutes).
benchmark: install
	$(VENV)/bin/python benchmarks/pages.py

# Search latency at 10,000 and 100,000 listings, on SQLite and on PostgreSQL when it answers.
benchmark-search: install
	$(VENV)/bin/python benchmarks/search.py

# 1,000 enquiries posted to gunicorn on PostgreSQL while the mail server is down: none lost.
benchmark-enquiries: install
	$(VENV)/bin/python benchmarks/enquiries.py

# 10,000 search alerts: send_alerts writes their mail, the worker delivers it to aiosmtpd on
# loopback; time, mails per second, peak memory of both (PostgreSQL).
benchmark-alerts: install
	$(VENV)/bin/python benchmarks/alerts.py

# A structure's spreadsheet of 1,000 rows: read, dry run, import, re-import, per database.
benchmark-imports: install
	$(VENV)/bin/python benchmarks/imports.py

# Lighthouse's scores (mobile) of the home page, a search, an offer and the project form, on
# the production stack with the demo; needs npx (Node 20) and Chromium (CHROME_PATH).
lighthouse: install
	$(VENV)/bin/python benchmarks/lighthouse.py

clean:
	rm -rf $(VENV) $(TOOLS) db.sqlite3 media collected-static
