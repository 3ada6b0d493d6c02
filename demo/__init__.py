"""The demo territory: the Livradois-Forez natural park and its Cap'Actif network.

Everything here is demo data loaded by ``manage.py load_demo``; nothing in the portal's own code
depends on it. The people are fictional, the structures and communes are real.
"""
