"""trail area: the audit trail as people read it (field labels, record names, changes in words); it reads every
area's labels, so it sits above them all, while recording stays in the audit area below them."""
