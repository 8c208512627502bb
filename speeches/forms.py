from django import forms


class QuoteFilterForm(forms.Form):
    """The quote bank's filters: who is quoted (part of the name will do), words in the quotation."""

    speaker = forms.CharField(label="引用对象", required=False, max_length=100)
    text = forms.CharField(label="引文内容", required=False, max_length=100)

    def filter(self, quotes):
        if not self.is_valid():
            return quotes
        if speaker := self.cleaned_data["speaker"].strip():
            quotes = quotes.filter(speaker__icontains=speaker)
        if text := self.cleaned_data["text"].strip():
            quotes = quotes.filter(text__icontains=text)
        return quotes


class SloganFilterForm(forms.Form):
    text = forms.CharField(label="提法内容", required=False, max_length=100)

    def filter(self, quotes):
        if self.is_valid() and (text := self.cleaned_data["text"].strip()):
            quotes = quotes.filter(text__icontains=text)
        return quotes
