"""Reading a spreadsheet, CSV or XLSX, within the limits of a structure's offers."""

import csv
import datetime
import io

import openpyxl

from django.conf import settings
from django.utils.translation import gettext as _

from listings.importing.columns import PICTURE_COLUMNS, REQUIRED_COLUMNS, columns


class ImportRefused(Exception):
    """The file as a whole cannot be imported; the message says why, translated."""


def read_file(uploaded):
    """The header and the rows of an uploaded CSV or XLSX file, as lists of strings."""
    name = (getattr(uploaded, "name", "") or "").lower()
    if uploaded.size > settings.LISTING_IMPORT_MAX_BYTES:
        raise ImportRefused(
            _("The file is too large: at most %(size)d MB.")
            % {"size": settings.LISTING_IMPORT_MAX_BYTES // (1024 * 1024)}
        )
    data = uploaded.read()
    if name.endswith(".xlsx"):
        header, rows = read_xlsx(data)
    elif name.endswith(".csv"):
        header, rows = read_csv(data)
    else:
        raise ImportRefused(_("Choose a CSV or XLSX file."))
    header = check_header(header)
    if not any(str(cell).strip() for row in rows for cell in row):
        raise ImportRefused(_("The file has no rows below its columns."))
    return header, rows


def read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRefused(
            _(
                "The file is not in UTF-8 (error at byte %(position)d). In your spreadsheet, "
                "save it as “CSV UTF-8”, or as XLSX."
            )
            % {"position": error.start}
        ) from None
    if "\x00" in text:
        raise ImportRefused(_("This is not a text file: choose a CSV or XLSX file."))
    first_line = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)
    # A long cell is reported on its row, not taken for a broken file.
    csv.field_size_limit(settings.LISTING_IMPORT_MAX_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        rows, counter = [], RowCounter()
        for row in reader:
            rows.append(row)
            counter.add(row)
    except csv.Error as error:
        raise ImportRefused(
            _("The file cannot be read as CSV (line %(line)d): %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from None
    return header, rows


def read_xlsx(data):
    if not data.startswith(b"PK\x03\x04"):
        raise ImportRefused(_("This is not an XLSX file: choose a CSV or XLSX file."))
    workbook = None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        lines = sheet.iter_rows()
        header = [_cell_text(cell) for cell in next(lines, [])]
        rows, counter = [], RowCounter()
        for line in lines:
            rows.append([_cell_text(cell) for cell in line])
            counter.add(rows[-1])
    except ImportRefused:
        raise
    except Exception:  # noqa: BLE001 - whatever openpyxl or the zip module meet, the file is bad
        raise ImportRefused(_("The XLSX file cannot be read: save it again and retry.")) from None
    finally:
        if workbook is not None:
            workbook.close()
    return header, rows


def _cell_text(cell):
    value = cell.value
    if value is None:
        return ""
    if getattr(cell, "data_type", "") == "f":
        # Formulas are not evaluated: flagged as such on their row.
        text = str(value)
        return text if text.startswith("=") else f"={text}"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RowCounter:
    """Refuses a file of too many rows as it is read; blank rows (formatted, often, in XLSX)
    do not count, up to fifty times the limit."""

    def __init__(self):
        self.filled = self.read = 0

    def add(self, row):
        self.read += 1
        self.filled += any(str(cell).strip() for cell in row)
        limit = settings.LISTING_IMPORT_MAX_ROWS
        if self.filled > limit or self.read > 50 * limit:
            raise ImportRefused(
                _("The file has more than %(max)d rows: split it into several files.")
                % {"max": limit}
            )


def check_header(header):
    header = [str(name).strip().lower() for name in header]
    while header and not header[-1]:
        header.pop()
    pictures = [name for name in header if name in PICTURE_COLUMNS]
    if pictures:
        raise ImportRefused(
            _(
                "Pictures cannot be imported (column “%(column)s”): add them in the admin "
                "once the listings exist."
            )
            % {"column": pictures[0]}
        )
    known = set(columns())
    unknown = [name or f"#{number}" for number, name in enumerate(header, 1) if name not in known]
    if unknown:
        raise ImportRefused(
            _("Unknown columns: %(columns)s. Use the names of the template.")
            % {"columns": ", ".join(unknown)}
        )
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        raise ImportRefused(
            _("Columns given twice: %(columns)s.") % {"columns": ", ".join(duplicated)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportRefused(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    return header
