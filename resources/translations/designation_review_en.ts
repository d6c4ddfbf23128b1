<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>The user name must be letters, digits or punctuation without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{round} · status: {status} · received: {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application in round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is saved as a draft; submit it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: your role may not edit applications, or this application is past the stage where it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving? Your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>The applicant consents to the administrative check of its registry extract / registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trademarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semiconductor layout designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the institute will evaluate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff row {n}: enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff row {n}: years of experience must be between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff row {n}: enter the field of the doctorate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round {code} no longer takes applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already applied in round {code} (application {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application in status &apos;{status}&apos; can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this application meanwhile. Reopen it to see their changes; your edits are still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this application meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round {code} is not open for applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot submit yet: {missing} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of round {code} has passed. A late application can be accepted only with a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening has not found the application eligible yet: run the screening and resolve every failed requirement first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, number or business reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round is planned or open: there is nothing to apply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} {number}: enter the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of round {code} has passed. Enter the reason for accepting {number} late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name}: files of type &apos;{suffix}&apos; cannot be attached. Allowed: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB. Compress or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments can no longer be added at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments can no longer be removed at this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application form (Form 3-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated unit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry extract / registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: saved with the application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here or use Add files. Up to {limit} MB each; types: {types}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search summary, action or user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>You are excluded from this applicant because of a conflict of interest; its file is not available to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member or spouse is a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative of the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly involved in the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent, witness or appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works or worked for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Verify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every stored result from its own score sheets and settings, and check that the figures are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{matching} of {total} stored results match their recomputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {where} is locked by another program. Close the other copy of the application (or wait for it to finish) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {where} is not a readable database (it is damaged or is another kind of file). It was left untouched: restore it from a backup or choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} cannot be opened for writing (missing folder or no permission). Check the path and its permissions, or choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of this application (schema {schema}). It was left untouched: install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>&apos;{text}&apos; is not a decision number; write it like 제2026-0001호 or 2026-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision is drafted after the committee review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reasons for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You drafted this decision; another person must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You inspected or scored this applicant, so you may not approve its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued decision cannot be changed; issue a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issued decision {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued decision can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice {number} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print decision notice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice {number} sent to the printer ({pages} page(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account first; the administrator then creates the accounts of the secretariat, inspectors, committee members and approvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>Only digits and hyphens are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A business registration number has 10 digits (XXX-XX-XXXXX); got {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type code (digits 4–5) cannot be 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number (digits 6–9) cannot be 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corporate registration number has 13 digits (XXXXXX-XXXXXXX); got {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of this corporate registration number is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>No on-site inspection has been recorded for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-site inspection {number} is not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} major finding(s) of inspection {number} are still open; verify the corrective action or record an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>Why the number is right although its check digit fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid number: {brn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match. If the number is right as printed on the certificate, enter the reason to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>The institution no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the representative&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of {brn} does not match. If the number is right as printed on the certificate, record why to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private institution needs its business registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already registered with this registration number; choose it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National/public research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-funded research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private research institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patent law firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation review of IP valuation institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Designation review of IP valuation institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role}) · {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} records to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation review of IP valuation institutes, version {version}.

Supports the designation of IP valuation institutes under Article 28 of the Invention Promotion Act: receipt, document screening, on-site inspection, committee review, decision and registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {title} ({status}, deadline {deadline})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An institution already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search by name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the institution from the list, or register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declare conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve and issue decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}{more} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {n}{more} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trademarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout designs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public/private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} designated institutes: {public} public, {private} private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round needs a code and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline lies before the period starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round with the code {code} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned round can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round goes planned → open → closed → completed; it cannot go from {a} to {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The aggregate {total} is below the pass mark {mark}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id} ({name}) scored {score}, below {floor} (40% of {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted score sheets for {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>patent attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-estate appraiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the {required} required qualified staff: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the {required} required staff with {years}+ years of evaluation experience: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of the {required} distinct people needed when nobody may count in both groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated evaluation unit: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dedicated evaluation unit is described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and equipment: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No facilities or equipment are described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application form attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form (Form 3-5) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business plan is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to the administrative check; registry extract attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to the administrative check and no registry extract or business registration certificate attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening runs on applications in status &apos;Screening&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified staff (2 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced staff (3 or more, 3+ years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct people in both staff groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry extract or registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Only applications awaiting screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} (overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to see its screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening of {number}: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {number} {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Requirements: at least 2 permanent staff who are patent attorneys, CPAs, professional engineers or hold a related doctorate, and at least 3 with 3 or more years of evaluation experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>An application in status &apos;{source}&apos; cannot go to &apos;{target}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step needs a reason; enter why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass to inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not designate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
