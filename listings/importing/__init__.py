"""Listings imported from a structure's spreadsheet, CSV or XLSX, under that structure only.

A file is read whole and checked before anything is written: a file that cannot be read, or
lacks a required column, or holds too many rows, is refused; each row is then tried in the
database and reported as created, updated, unchanged or refused with the reasons, in the
reader's language. The dry run rolls everything back. The import itself runs the same code in
one transaction, and only when no row is refused: a file is never half-imported.

Re-importing a file updates the listings that have the same reference under the structure.
"""

from .columns import column_documentation, columns
from .reading import ImportRefused, check_header, read_file
from .rows import RowResult, run_import

__all__ = [
    "ImportRefused",
    "RowResult",
    "check_header",
    "column_documentation",
    "columns",
    "read_file",
    "run_import",
]
