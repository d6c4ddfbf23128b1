"""The Sample surveys page (표본조사, Act Art. 31-4 ④)."""
