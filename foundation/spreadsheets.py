"""Spreadsheets the portal writes: a cell typed by the public is never read as a formula.

A name or a search typed as ``=HYPERLINK(...)`` would otherwise run in the coordinator's
spreadsheet program when the export is opened (CSV injection).
"""

# The signs that make a spreadsheet program read a cell as a formula. A minus sign, a tab or a
# carriage return start one too, but also a negative number or an indented line: exports guard
# them all; imports refuse only the unmistakable ones.
FORMULA_SIGNS = ("=", "+", "@")
FORMULA_START = (*FORMULA_SIGNS, "-", "\t", "\r")


def safe_text(value):
    """``value`` as a spreadsheet shows it, with a leading quote before a formula's sign."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def text_only(row):
    """Keep the cells openpyxl has just taken for formulas as the text they are."""
    for cell in row:
        if cell.data_type == "f":
            cell.data_type = "s"


class SafeCsvExportMixin:
    """For Wagtail's index views: their XLSX export guards formulas, their CSV export does not."""

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: safe_text(value) for field, value in row_dict.items()}
        )
