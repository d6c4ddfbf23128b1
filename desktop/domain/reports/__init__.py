"""The evaluation-report register (Act Art. 31-5; Decree Art. 14-5): the reports designated institutes filed."""
