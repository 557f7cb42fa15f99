from django import forms
from django.utils.translation import gettext_lazy as _


class UploadForm(forms.Form):
    """The hints apply to every file of the upload whose text does not say them."""

    township = forms.CharField(label=_("乡镇（正文未写明时）"), max_length=64, required=False)
    county = forms.CharField(label=_("县（区、市）（正文未写明时）"), max_length=64, required=False)
    year = forms.IntegerField(label=_("年度（正文未写明时）"), min_value=1990, max_value=2100, required=False)
    replace = forms.BooleanField(label=_("替换同一乡镇同一年度的已有报告"), required=False)


class CorrectionForm(forms.Form):
    indicator = forms.SlugField(max_length=64)
    # "accept", "typed", "cleared" or "candidate:<index>" (the button pressed).
    action = forms.RegexField(regex=r"^(accept|typed|cleared|candidate:\d{1,3})$")
    value = forms.CharField(label=_("数值"), max_length=32, required=False)
    approximate = forms.BooleanField(label=_("约数"), required=False)
    note = forms.CharField(label=_("备注"), max_length=1000, required=False)
