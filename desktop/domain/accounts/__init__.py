"""accounts area: who a user is (models) and what each role may do (permissions); every other area builds on it."""
