"""users area: logging in and administering the user accounts (create, disable, re-role, passwords); above audit,
which records it, while the accounts area below both holds who a user is and what each role may do."""
