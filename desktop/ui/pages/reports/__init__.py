"""The Reports page: the evaluation-report register."""
