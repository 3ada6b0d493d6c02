from django import forms


class PublicFilterForm(forms.Form):
    """A form of the public site: a field in error points screen readers to its message."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {
                        "aria-invalid": "true",
                        "aria-describedby": f"{self[name].id_for_label}-error",
                    }
                )
