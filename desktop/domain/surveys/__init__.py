"""Sample surveys of filed evaluation reports (표본조사, Act Art. 31-4 ④): design, draw, collection, analysis."""
