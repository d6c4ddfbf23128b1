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
        <source>The user name may have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title may have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.kr, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a telephone number of digits and hyphens, e.g. 042-481-5000, or leave it empty.</source>
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
        <source>On the server your password is that of your PostgreSQL role: change it with \password in psql, or ask the administrator to reset it; then log in again.</source>
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
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator: create or activate another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password with File → Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server the user name may have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Affiliation of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (consulting, advice, research)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (as registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the answer on {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}, received {received}, answer due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s): the answer is recorded and marked late.</source>
        <translation>
            <numerusform>Late by %n day: the answer is recorded and marked late.</numerusform>
            <numerusform>Late by %n days: the answer is recorded and marked late.</numerusform>
        </translation>
    </message>
    <message>
        <source>In time.</source>
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
        <source>Checklist</source>
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
        <source>This institution&apos;s data is shared with its other applications: {list}. Changes on the Institution tab apply to them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet: Save keeps it, Cancel discards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already registered with this registration number. Apply with the registered institution (its data is shared by all its applications)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution already registered</source>
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
    <name>ApplicationList</name>
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
        <source>Corporate reg. no.</source>
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
        <source>Received (KST)</source>
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
    <message>
        <source>Prepared {n} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
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
        <source>Application {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application is decided only by issuing a decision.</source>
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
    <message>
        <source>The application changed after its last screening: run the screening again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement is requested on the Screening page, with its deficiencies and deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the supplement as received on the Screening page; the screening then runs again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsDossier</name>
    <message>
        <source>Case dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case dossier of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case dossiers (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case dossier of {number} written to {path}: {files}, {documents}, {events}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the case dossier of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no case dossier was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsExport</name>
    <message>
        <source>No application is shown: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export applications to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting applications</source>
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
        <source>Search by name, application number, business or corporate reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
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
        <source>Case dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document, file, record and audit event of the application in one ZIP file with a signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n application(s)</source>
        <translation>
            <numerusform>{shown} of %n application</numerusform>
            <numerusform>{shown} of %n applications</numerusform>
        </translation>
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
        <source>{name} is not a readable {type} file: it is damaged or of another type.</source>
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
        <source>Documents are reviewed only while the application is submitted, in screening or waiting for a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why the document is rejected; the applicant will read it in the supplement request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document {file}</source>
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
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
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
        <source>What it proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
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
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it proves (optional), e.g. 김변리: employment insurance record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files prove (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
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
    <message>
        <source>Only PDF files can be previewed here; {name} is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the members present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} of {seats} present; {required} needed: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Institution registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution&apos;s details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round opened for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round&apos;s status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application waiting for a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application passed to on-site inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application sent to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application not designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application declared ineligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached document accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached document rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening requirement judged differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening result confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector&apos;s conflict of interest declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection finding recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s answer to a finding recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open major finding overridden for the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection exported for offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline inspection file imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member&apos;s details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee member&apos;s past affiliation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee of a round seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee meeting scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting agenda changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee meeting opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee meeting closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict of interest declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict declaration confirmed by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict declaration reopened by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge against a member raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote on a challenge cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet returned by the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft decision edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft decision reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft decision discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document content frozen at issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute entered in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry entry corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of a designated institute recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry review date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension or revocation entered in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added to a sanction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior notice of a sanction sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion on a prior notice recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing record made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction disposition drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft sanction disposition discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction disposition issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed evaluation reports imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample survey designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample drawn from its seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample redrawn from its seed and compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled report reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample survey closed and its report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of a filed report requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a correction request recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity check opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of a validity check sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of a validity-check notice recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on a validity check recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity check concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction case opened from a validity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity check withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public list published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting reset to its default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database exported as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case dossier made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action refused: not allowed for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action refused: account disabled or given another role since logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole database transferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>#{sequence} ({time}, {user}, {action})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} was changed after it was recorded: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: its number is not the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events {earlier} and {later} are out of order: {later} was recorded after {earlier} but is stored before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between {before} and {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: another event already has its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} was moved: it follows {other}, which now comes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: {next} follows {earlier} directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} was changed after it was recorded and given a new hash: the event after it no longer follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail was rewritten: event {event} is not the one {source} recorded as the last event when it was issued; the change lies between event #{since} and this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event #{sequence}, which {source} recorded, is missing: the trail ends at #{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: it was added after the last event the application wrote (#{head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {event} is not the last event the application wrote: it was changed and given a new hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the first event that does not match…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
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
        <source>Business registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for accepting the registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
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
        <source>Parent institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded on</source>
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
        <source>Consent to the ministry&apos;s own check of the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates inventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates trademarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates trade secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates layout designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation of the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria sheet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
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
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficiencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold the challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members entitled to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
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
        <source>Possible conflict found by the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for going to the committee anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period as counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed non-working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items taken from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items kept as in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissue of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the register unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum per stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the stored sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria fallen short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found inappropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified share inappropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground of the sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presiding officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls short on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search by action, user or number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
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
        <source>No.</source>
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
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled before the end; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was tampered with. {problem} Search for #{number} to see the events around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every event&apos;s hash and its link to the one before: shows the first event that was edited, deleted, inserted or moved since it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}): {action} — {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actor} ({role}): {action}</source>
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
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>decision {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft decision on {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number} ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screening of application {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement request {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector&apos;s conflict {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliation {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict declaration {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} on {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against {member} on {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score sheet {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {member} on {application}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result of application {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public notice {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry entry of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry disposition {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction case {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanction evidence {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prior notice {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample survey {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled report {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity check {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity-check notice {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published list {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction request on report {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register of filed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user name {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {reason} ({by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion {n}: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(judged differently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({qualification}, {years} years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absorbed the other institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into the other institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (consulting, advice, research)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup {file} is damaged ({detail}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of this application ({what}); nothing was restored: install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a backup of this application (it is not even an SQLite file); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the backup to the current schema…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file&apos;s structure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is unreadable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a database of this application, not a backup; back it up (`backup` or File → Back up…) and restore the backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an SQLite file of another program, not a backup of this application; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup format {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {schema}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version does not match its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tables do not match its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of {table} do not match its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of {table} refer to records that are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} could not be brought to the current schema ({error}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file for the backup (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a database of this application (it has no schema version); nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} has schema {schema} but this application backs up schema {head}: run `designation-review upgrade` on it first; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} holds tables that are not this application&apos;s ({tables}); a backup is restored only into an empty database, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} already holds data; a backup is restored only into an empty database (a new file, or a new PostgreSQL database), so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring {table}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} could not be restored into {where} ({error}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} does not hold the table {table} as this application defines it; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} fails the audit-trail check ({problem}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same database; nothing was transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of {source} fails its check ({problem}); nothing was transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target {target} does not hold what was copied ({detail}); do not use it, and drop it before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server your connection shows only what your role may see, so a copy would be incomplete: back up or export with the owner&apos;s address (designation-review --database postgresql+psycopg://OWNER@HOST/DB backup -o FILE), or with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a complete, checked copy of the database to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup file into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) to {file}.</source>
        <translation>
            <numerusform>Backed up %n record to {file}.</numerusform>
            <numerusform>Backed up %n records to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The backup was restored into {database}: %n record(s). Open that database now? You will log in to it with its own user names and passwords.</source>
        <translation>
            <numerusform>The backup was restored into {database}: %n record. Open that database now? You will log in to it with its own user names and passwords.</numerusform>
            <numerusform>The backup was restored into {database}: %n records. Open that database now? You will log in to it with its own user names and passwords.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored into {database}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something unexpected went wrong ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason} Work goes on; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is {name}, not a working day. Confirm that it is meant to take place on that day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>Record a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenged member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds given by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengesTab</name>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote to uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vote</source>
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
        <source>Challenged member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uphold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge of {member} is {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Password of {name} ({username}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C conform, N nonconform, A not applicable, 0 to 9 a score, Enter the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: ↑↓/Tab move · C conform · N nonconform · A not applicable · 0–9 score · Del clear · Enter note · T text · E evidence · F finding · M major/minor · Ctrl+Enter complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {answered} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {points} / {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to finish</source>
        <translation>
            <numerusform>%n item to finish</numerusform>
            <numerusform>%n items to finish</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet; it is saved when you leave the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform: write what was found (Enter; the note is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform: attach evidence (E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is answered with C, N or A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} takes a score (0–{max}) or A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} takes a text (T) or A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to item {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.hwp *.hwpx *.docx *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist of required documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of Decree Art. 12 ①. Without consent to the administrative check the registry extract or registration certificate is required too. Add files in the Attachments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing or rejected: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every required document is present.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>The checklist {version} has no item {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object with &apos;ko&apos; and &apos;en&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a number of at least 0 (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;response&apos; must be one of {choices} (got {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;max&apos; of a score item must be a whole number from 1 to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;nonconform_below&apos; cannot exceed &apos;max&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is only for score items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text item is not scored: its &apos;weight&apos; must be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;basis&apos; must be text or an object with &apos;ko&apos; and &apos;en&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}, item {n} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the template must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format {format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must look like 2026.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a short code such as S1 (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: at least one item must carry a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the file cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: declares version {version}; the file name must be {version}.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>This is not a verification payload of this program (it does not begin with {prefix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is damaged and cannot be read: a character may have been mistyped or misread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload was signed with a key that is not trusted here (key {key}): install the authority&apos;s certificate (trust export) or give it with --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is signed by {name}, but that certificate was not valid on the issue date {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s signature is not valid: its content was changed, or it was not signed by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s sealed facts are damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s sealed facts do not match their seal: they were changed after signing.</source>
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
        <source>Only committee members score and declare conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not sit on the committee of round {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are excluded from {number} because of a conflict of interest: you cannot score it or see the other members&apos; scores.</source>
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
    <message>
        <source>The challenge no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the applicant&apos;s grounds for the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenged person does not sit on this committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is already excluded from the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge of this member by this applicant is already pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote on this challenge is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenged member does not vote on their own challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are excluded from this applicant and do not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has voted on this challenge yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service to {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment at {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge is decided by the committee&apos;s vote, not declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ground of the exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the circumstances of the exclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason for withdrawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app found a possible conflict ({suggestion}). Confirm it, or explain why there is no conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your declaration for {number} excludes you; only the chair can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declaration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an exclusion or a recusal is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why the declaration is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put at least one applicant on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applications of round {code} can be on the agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not in committee review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting numbered {number} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} is closed; its record can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members seated on the round&apos;s committee can attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned meeting can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open meeting can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quorum: {present} of {seats} members are present, {required} are needed. Record the attendance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members present at meeting {number} can vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s affiliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation is employment or service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the members of the committee, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair must be one of the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring has started in round {code}; its committee can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria {version}; {method}; pass mark {mark} (frozen when the round opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <source>Conclude and issue the result letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the findings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts in your own words, e.g. when and what you did for the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Declarations of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from this applicant (회피) with a reason, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare, for each applicant, no conflict or the ground before scoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions, recusals and upheld challenges</source>
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
        <source>Your declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an applicant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration for {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you withdraw from {number} {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You withdrew from {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a declaration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection to the server lost. Reconnecting in %n s.</source>
        <translation>
            <numerusform>Connection to the server lost. Reconnecting in %n s.</numerusform>
            <numerusform>Connection to the server lost. Reconnecting in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s own database file (one desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server shared by several desktops (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dbhost.ministry.go.kr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (a server on this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file that signed the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
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
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Request a correction of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the registration number of the patent is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the institute on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (20 days from the day after receipt; a Saturday or holiday moves it to the next working day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected report&apos;s institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · {answered} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details could not be written to a log file; they are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application keeps running. If this happens again, please send the log file to whoever looks after the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected errors since this one: {count} (the log file has them too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a directory, not a database file; choose a database file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is empty (0 bytes), so it is not a database and was left untouched; delete it to have a new database created there, build the demo on it with `demo`, or choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} for the database cannot be created: {reason}; choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is locked by another program. Close the other copy of the application (or wait for it to finish) and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full; nothing was changed: free some space and try again.</source>
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
        <source>The server refused this for your role ({reason}); nothing was changed. If your role should be allowed this, ask the administrator to run designation-review server upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is in use by another program (the application or a command); close it and try again; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} cannot be reached, so nothing was saved; what you typed is kept, and you can save it again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of this application (schema {schema}). It was left untouched: install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>(no number until issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by the correction {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDocuments</name>
    <message>
        <source>Draft decision on {application} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not issued, no number, no verification code. Printing starts once it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {code} has no issued document yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>{title} sent to the printer (%n page).</numerusform>
            <numerusform>{title} sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {number} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) done: {target}.</source>
        <translation>
            <numerusform>%n document done: {target}.</numerusform>
            <numerusform>%n documents done: {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the documents issued so far stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every document of round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the documents of round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every document of round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the documents of round {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDraftDialog</name>
    <message>
        <source>Draft a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct decision {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the committee results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision is corrected (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision is corrected (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the decision (printed on the notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (printed on English notices; empty: the Korean text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the decision corrected? Korean | English (printed on the new notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate {aggregate} (pass mark {mark})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no committee result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee results: {score}; screening {screening}; inspection {inspection}. The text below is a proposal: edit it as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application to decide.</source>
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
        <source>A draft decision for this application already exists; edit that draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must concern the same application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the decision in force can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why the decision is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You drafted this decision; another person must review it.</source>
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
        <source>The committee has not found this applicant passing (no current result, or a fail): it cannot be designated. Draft a decision not to designate, or wait for the committee&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision this draft corrects was already superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is printed only for an issued designation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decision was superseded; print the certificate of the correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice cannot take effect before it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision of round {code} designates an institute yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public notice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no public notice {number}.</source>
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
        <source>Draft from results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish public notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all (ZIP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
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
        <source>Reviewed by</source>
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
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round to publish its notice or print all its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: {issued} ({designated} designated); drafts: {drafts}; awaiting a draft: {undecided}; public notice: {notices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publish the public notice of round {code} listing the %n institute(s) designated and in force? It takes effect 5 days after publication.</source>
        <translation>
            <numerusform>Publish the public notice of round {code} listing the %n institute designated and in force? It takes effect 5 days after publication.</numerusform>
            <numerusform>Publish the public notice of round {code} listing the %n institutes designated and in force? It takes effect 5 days after publication.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application in committee review is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction drafted; it supersedes {number} when issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft decision on {application}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the decision on {application} ({institution}): {outcome}?

It takes the next decision number and cannot be changed afterwards; a mistake needs a correcting decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision {result} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice {number} published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Declare conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app found a possible conflict: {suggestion}. Confirm it, or explain below why there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion (제척): a ground applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recusal (회피): I withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your statement: the circumstances, or why there is no conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare</source>
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
</context>
<context>
    <name>DeclaredDaysEditor</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the declared day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. 임시공휴일 (국군의 날)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove declared day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days that stop a deadline in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the declared day, e.g. 임시공휴일.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is already declared ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>e.g. Sample survey of the reports filed in the third quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the title of the English report (else the title above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum per stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole stratum: fewer reports than the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population N_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight W_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior p_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread S_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample n_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} reports in {strata} strata; shown before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_h = n·N_h·S_h / Σ N_k·S_k with S_h = √(p_h(1−p_h)) and p_h = (late filings + 1)/(N_h + 2), the stratum&apos;s smoothed late-filing rate; at least the minimum per stratum, never more than the stratum holds; rounded by largest remainders to sum to n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n_h = n·N_h / N; at least the minimum per stratum, never more than the stratum holds; rounded by largest remainders to sum to n.</source>
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
    <name>DispositionDialog</name>
    <message>
        <source>Draft the disposition of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {ground}. Intended in the prior notice: {intended}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> of %n month(s)</source>
        <translation>
            <numerusform> of %n month</numerusform>
            <numerusform> of %n months</numerusform>
        </translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension: months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension: days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facts, the legal basis and why this disposition (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons in English, for the English document (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons (행정절차법 Art. 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designation is revoked from {day} on; the registry shows it revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until {end} (both days included; {explained})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>No result selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● a member&apos;s score   ┃ aggregate   ┆ 40% floor (red)   ▬ wide spread (amber)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>PDF documents (*.pdf)</source>
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
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>{file} rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in the application form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required because the applicant did not consent to the administrative check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Unknown document kind: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the on-site inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior notice of a sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of a hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of a validity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of a validity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published list of designated institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published list of sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: the record is not issued yet, so this document can only be previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number} was superseded by {later}: it keeps the documents issued before and gets no new ones. Print the documents of {later}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by its version {version} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>There is no application {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file {sha256} is missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing {document}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify, so no dossier was made: {problem} Run the audit trail&apos;s verification for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is damaged or is not a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest does not match its signature: it was changed after {name} signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} was not valid on {day}, when the dossier says it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is trusted here: give the authority&apos;s certificate with --trust or add it to the trust folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} is not issued by a trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: {file} is listed in the manifest but is not in the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {file} is in the dossier but not in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {file} is not the file the manifest lists (its SHA-256 differs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: {file}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT A DOSSIER: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case dossier of application {application} ({institution}), made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: {what}, signed by {signer}: {files}, {documents} and {events}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID: {what}: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not the audit section of a dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit event in {file} has no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event #{sequence}: its content does not give its hash: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event #{sequence}: the fields listed are not those its content states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events #{first} and #{second} are not linked: the second does not name the first one&apos;s hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event #{sequence} is not the one the chain was verified through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP archive holds no {manifest}, so it is not a case dossier of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} appears more than once in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {manifest} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signature} is missing: nothing proves the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} sealed audit event #{sequence} with another hash than the dossier lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, saved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your form and the stored record hold the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your input and show the stored record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your input over the stored record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 평가보고서 사본, 현장조사 결과</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 타당성-2026-0003, or the record the evidence refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exporting {table}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}; {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission to write in the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary name is free in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsForm</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (why it falls short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the conclusion, as the result letter states them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the applicant did, as received (letter, e-mail, photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the corrective action was checked (required when not effective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: effective (closes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go to the committee anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat only: send the application to the committee despite an open major finding, with a recorded reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification by the inspector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override recorded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the committee despite an open major finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (recorded and shown to the committee):</source>
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
    <name>FormDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingNoticeDialog</name>
    <message>
        <source>Notify the hearing of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing&apos;s notice to {name} is sent today ({today}). It must reach the institute at least {days} days before the hearing (행정절차법 Art. 21 ②).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest hearing date allowed: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 정부대전청사 1동 소회의실</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the presiding officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presiding officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send hearing notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who presides over the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearingRecordDialog</name>
    <message>
        <source>Record the hearing of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing of {day} {time} at {place}, presided over by {officer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who appeared, e.g. 대표 홍길동, 평가책임자 김철수</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gist of what the party and the officials said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents submitted at the hearing (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presiding officer&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was held in public (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hearing and print the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who appeared at the hearing (or choose Absent).</source>
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
    <name>InspectionSummary</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
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
        <source>Findings (open / major open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSummaryPanel</name>
    <message>
        <source>Inspections of the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an inspection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection-report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <source>← List (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import offline file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing any more: Ctrl+Enter completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {application} {institution} · {date}, {place} · inspectors {names} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist ({answered}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings ({n}, {open} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off ({signed}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection-notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: each inspector now attests and signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline inspection files (*.inspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {number} to {path}. Open it on the laptop with &apos;designation-review inspection-offline FILE&apos; or File → Open offline inspection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an offline inspection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed in the file or in the database since the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n item(s) taken from the file.</source>
        <translation>
            <numerusform>Imported: %n item taken from the file.</numerusform>
            <numerusform>Imported: %n items taken from the file.</numerusform>
        </translation>
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
    <message>
        <source>The inspection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not one of the inspectors of {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict of interest with this applicant; the secretariat must assign another inspector to {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection {number} is completed or signed and can no longer be changed; reopen it with a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} has a finding the applicant already answered; it cannot stop being nonconform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline cannot be before the inspection date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s response before verifying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the corrective action is not effective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} has no open major finding to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is no longer waiting for its inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inspection {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of {number} is printed once its checklist is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown answer &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is answered conform, nonconform or not applicable, not with a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is answered with {kind}, not conform or nonconform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item}: the score must be a whole number from 0 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} takes no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score from 0 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is nonconform: write a note saying what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} is nonconform: attach evidence (a photo or a document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding on item {item} needs the corrective action requested and a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector or spouse is a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative of the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised or worked for the applicant recently</source>
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
    <message>
        <source>Choose at least {n} inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active users with the inspector role can inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest with {institution} ({ground}) and cannot inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of the inspection in Korean time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an application passed to inspection can be inspected; {number} is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection {number} of this application is not signed off yet; change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection {number} is completed; reopen it before changing its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts are declared here for inspectors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the facts of the conflict in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already declared a conflict with {institution}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that the results of this on-site inspection are true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection {number} is already signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the checklist of {number} before signing it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the attestation you sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already signed {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection {number} is not completed; there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application {number} has moved on from inspection; its inspection can no longer be reopened.</source>
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
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
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
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an offline file…</source>
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
    <message>
        <source>Inspections ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is waiting for an inspection: pass one to inspection on the Screening page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection scheduled; print the notice to the applicant from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstituteCharts</name>
    <message>
        <source>Reports by purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports by subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an institute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed late: {late} of {total} ({rate:.1%}); all institutes {overall:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>As printed on English documents</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No English name: English documents (notices, minutes, the public notice) will print the Korean name. Enter the name the institution uses in English.</source>
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
        <source>The institution {name}</source>
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
    <name>ItemPanel</name>
    <message>
        <source>Answer (text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen on site (Enter in the list comes here; Esc goes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (M):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (photos, PDFs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conform (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>The settings file of this computer ({file}) was damaged. A copy was kept as {copy}; the application starts with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file of this computer ({file}) was damaged and could not be copied; the application starts with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file of this computer ({file}) cannot be read or written. The application starts with default settings and will not remember changes this time.</source>
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
        <source>Remember my password on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available (install the optional keyring package); the password is asked at every login and never written to a file.</source>
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
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
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
        <source>Verify document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open offline inspection file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate…</source>
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
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n record to {file}.</numerusform>
            <numerusform>Exported %n records to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved: {n} changed.</source>
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
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: {agenda}
Present: {present}
Quorum: {present_n} of {seats}, {required} needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the minutes (other matters decided), or leave empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save minutes as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a committee member</source>
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
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add affiliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A current or past employer, or a service to an institution: the app then suggests the conflict when that institution applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee of this round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the members who sit on this round&apos;s committee and its chair (possible until scoring starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
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
        <source> (chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee of the round saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Conform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding ({severity}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on both sides: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose (D or F) —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import the offline file of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported {at} by {who}. %n item(s) changed since: {file} in the file only, {conflicts} on both sides.</source>
        <translation>
            <numerusform>Exported {at} by {who}. %n item changed since: {file} in the file only, {conflicts} on both sides.</numerusform>
            <numerusform>Exported {at} by {who}. %n items changed since: {file} in the file only, {conflicts} on both sides.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database&apos;s (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the file&apos;s (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
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
    <name>NoticeDayDialog</name>
    <message>
        <source>Comment received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialDocuments</name>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English name is recorded for {names}: the English document prints the Korean name. Record it on the application&apos;s Institution tab first if the reader needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number} has not been issued in {language} yet. Issue it in {language} now? The issue is recorded with its own verification code, and the file never changes afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English names missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>{name} was exported from another database; it cannot be imported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} belongs to inspection {other}, not to {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not exported from this database (unknown export); it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was altered after it was exported (its signature does not match); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offline file was already imported on {date} by {who}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which version to keep for item(s) {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection changed in the database while you were reviewing the import; review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of this file is no longer known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not an offline inspection file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the application; update this one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed outside the application or is damaged (its seal does not match); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: an evidence file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the evidence file {file} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item} has no finding: it is not nonconform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineInspectionWindow</name>
    <message>
        <source>Offline inspection {number} – {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline copy of {number} ({institution}, {date}, {place}). Every change is saved in {file}; bring the file back and import it from the inspection in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an offline inspection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline inspection files (*.inspection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a sanction case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, suspended now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({number}, designated {day}{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, with the reports or records concerned (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in English, for the English documents (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 타당성조사 결과 (부적정)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 타당성-2026-0003, or the record the evidence refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground (Act Art. 31 ①)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (a file, a reference, or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limitation: a designation obtained by fraud is revoked at any time (행정기본법 Art. 23 ② 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the designated institute the case is against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCheckDialog</name>
    <message>
        <source>Open a validity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the filed report, e.g. VR-2026-0100012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (who commissioned the valuation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s address or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Record the opinion on {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior notice {number} to {name} was sent on {sent}; the opinion was due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the institute submitted, in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received after the deadline ({due}): it is recorded as a late opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received within the period to submit an opinion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Give it to them in person; the audit log records that you reset it, not the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
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
        <source>Zoom</source>
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
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>A period must be at least one day long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline {deadline} lies before the first day of the period ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{deadline} is {day}, not a working day: by the law (민법 Art. 161) the period would run to {end}; choose that day or another working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end {end} lies before the start {start}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>Your role ({role}) may not {permission}.</source>
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
        <source>Your account was disabled or given another role since you logged in; nothing was shown or changed. Log out and log in again.</source>
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
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintain the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import filed reports and track corrections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Exported %n application(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n application to {path}.</numerusform>
            <numerusform>Exported %n applications to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n problem(s) in the rows below; nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>{name}: %n problem in the rows below; nothing was imported. Fix the file and import it again.</numerusform>
            <numerusform>{name}: %n problems in the rows below; nothing was imported. Fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s) from {name} ({read_as}). Save the application to keep them.</source>
        <translation>
            <numerusform>Imported %n person from {name} ({read_as}). Save the application to keep them.</numerusform>
            <numerusform>Imported %n people from {name} ({read_as}). Save the application to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n person to {path}.</numerusform>
            <numerusform>Exported %n people to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s)…</source>
        <translation>
            <numerusform>Preparing %n document…</numerusform>
            <numerusform>Preparing %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplement request {number} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>Supplement request {number} sent to the printer (%n page).</numerusform>
            <numerusform>Supplement request {number} sent to the printer (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) marked in the checklist.)</source>
        <translation>
            <numerusform>(%n more problem marked in the checklist.)</numerusform>
            <numerusform>(%n more problems marked in the checklist.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection {number} still has %n open major finding(s); verify the corrective action or record an override.</source>
        <translation>
            <numerusform>Inspection {number} still has %n open major finding; verify the corrective action or record an override.</numerusform>
            <numerusform>Inspection {number} still has %n open major findings; verify the corrective action or record an override.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n audit event(s)…</source>
        <translation>
            <numerusform>Checking %n audit event…</numerusform>
            <numerusform>Checking %n audit events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n audit event(s)…</source>
        <translation>
            <numerusform>Checked %n audit event…</numerusform>
            <numerusform>Checked %n audit events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s), chain intact, head #{sequence} {hash}…</source>
        <translation>
            <numerusform>{count} event, chain intact, head #{sequence} {hash}…</numerusform>
            <numerusform>{count} events, chain intact, head #{sequence} {hash}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n recorded chain head(s) matched)</source>
        <translation>
            <numerusform>(%n recorded chain head matched)</numerusform>
            <numerusform>(%n recorded chain heads matched)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) {where}; number {first} is missing.</source>
        <translation>
            <numerusform>Deleted: %n event {where}; number {first} is missing.</numerusform>
            <numerusform>Deleted: %n events {where}; number {first} is missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) before {event}; the later events were renumbered to close the gap.</source>
        <translation>
            <numerusform>Deleted: %n event before {event}; the later events were renumbered to close the gap.</numerusform>
            <numerusform>Deleted: %n events before {event}; the later events were renumbered to close the gap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) at the end of the trail, which ends at #{last} though the last event written was #{head}.</source>
        <translation>
            <numerusform>Deleted: %n event at the end of the trail, which ends at #{last} though the last event written was #{head}.</numerusform>
            <numerusform>Deleted: %n events at the end of the trail, which ends at #{last} though the last event written was #{head}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n file(s) match the manifest</source>
        <translation>
            <numerusform>its %n file matches the manifest</numerusform>
            <numerusform>its %n files match the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n document(s) are valid</source>
        <translation>
            <numerusform>its %n document is valid</numerusform>
            <numerusform>its %n documents are valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n audit event(s) give their hashes and links</source>
        <translation>
            <numerusform>its %n audit event gives its hash and links</numerusform>
            <numerusform>its %n audit events give their hashes and links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of {number} were never printed: {names}. Issue them now (recorded with a verification code) and put them in the dossier? If not, the dossier lists them as not issued.</source>
        <translation>
            <numerusform>%n document of {number} was never printed: {names}. Issue it now (recorded with a verification code) and put it in the dossier? If not, the dossier lists it as not issued.</numerusform>
            <numerusform>%n documents of {number} were never printed: {names}. Issue them now (recorded with a verification code) and put them in the dossier? If not, the dossier lists them as not issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n signed document</numerusform>
            <numerusform>%n signed documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>%n audit event</numerusform>
            <numerusform>%n audit events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorNoticeDialog</name>
    <message>
        <source>Prior notice of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n month(s)</source>
        <translation>
            <numerusform>, %n month</numerusform>
            <numerusform>, %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior notice tells {name} the intended disposition ({kind}{months}), the facts and the legal basis, and how and by when to submit an opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to submit an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send prior notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {days} days (행정절차법 Art. 21 ③).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent today, opinions are due by {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicLists</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list as of the chosen day as a workbook: a draft, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each published list is printed and exported exactly as it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public list as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the list as of {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) as of {day} exported to {path} (a draft, not published).</source>
        <translation>
            <numerusform>%n row as of {day} exported to {path} (a draft, not published).</numerusform>
            <numerusform>%n rows as of {day} exported to {path} (a draft, not published).</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the list of {list} as of {day}? It takes the next publication number; its content is frozen, its PDF is signed when printed and its workbooks for the website are kept with it. A published list never changes: publish another for another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{number} published: {list} as of {day}, %n row(s).</source>
        <translation>
            <numerusform>{number} published: {list} as of {day}, %n row.</numerusform>
            <numerusform>{number} published: {list} as of {day}, %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the workbook of {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>{kind} is not a public list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a publication number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list is published as of today or an earlier day, not {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published list is numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication {number} has no frozen content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>The image {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an image that can be read (PNG or JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in {file}.</source>
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
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n{more} row(s)</source>
        <translation>
            <numerusform>%n{more} row</numerusform>
            <numerusform>%n{more} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n{more} row(s)</source>
        <translation>
            <numerusform>{shown} of %n{more} row</numerusform>
            <numerusform>{shown} of %n{more} rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change cannot take effect before the designation on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is recorded once it has taken effect: {date} is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designation had ended by {date}: no change can take effect then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of property the institute may evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one way the institute expresses value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is already in force on {date}: nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institute&apos;s new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new representative&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the institute it merged with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {limit} characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the institute absorbed the other or was merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of this kind on {date} is recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the evidence of the change (e.g. the register extract or the letter that reported it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date must come after the designation on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change has no evidence attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absorbed {partner}</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated</source>
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
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output types changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not designated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designation is already revoked{reference}; nothing more can be disposed against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition cannot take effect before the designation ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspension overlaps suspension {reference} ({start} – {end}) of the same institute; choose a start after {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated again after the suspension ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryChangeDialog</name>
    <message>
        <source>Record a change of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It absorbed the institute named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was merged into the institute named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Record a change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · within 30 days</source>
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
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
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
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n designated institute(s): {public} public, {private} private</source>
        <translation>
            <numerusform>%n designated institute: {public} public, {private} private</numerusform>
            <numerusform>%n designated institutes: {public} public, {private} private</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an institute to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{name} holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has column names but no reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {n} rows; import at most {max} at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filing date {filing} lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report number {number} of this institute appears again (first in row {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report number {number} is in the register already with other content; an import does not change a filed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {done} of {total} reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} report(s) from {name}, issued {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (e.g. 2026-03-15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issue date {issue} lies before the valuation date {valuation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filing date {filing} lies before the issue date {issue}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount in won (a whole number, e.g. 1,250,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade of the scale ({scale}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valuation by grading states its grade or score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valuation by the market, income or cost approach states its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no designated institute has the designation number &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no designated institute has the business registration number &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a designation number nor a business registration number is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of receipt {day} lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of receipt lies before the report was filed ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of report {number} requested; answer due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was answered on {day} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s date must lie between the request&apos;s receipt ({received}) and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the institute answered (for example, that it filed the corrected report again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction request answered on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semiconductor layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collateral loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by institute, report number, purpose, subject, grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed late only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed valuation reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of {number} requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on {number} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln report(s)</source>
        <translation>
            <numerusform>{shown} of %Ln report</numerusform>
            <numerusform>{shown} of %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Import filed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing filed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({read_as}): {imported} report(s) imported, {late} of them filed late; {unchanged} already in the register unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by {date} (30 days from the day after issue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The Korean font file {name} is missing from {folder}: documents cannot be printed without it. Reinstall the application (the font ships with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Korean font file {file} cannot be read ({reason}): documents cannot be printed without it. Reinstall the application (the font ships with it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file (.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new database file, or the URL of an empty PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked first (integrity, contents, audit trail). It is restored only into an empty database; the database open now is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made {when} by {who} from {source} (version {version}, schema {schema}): %n record(s).</source>
        <translation>
            <numerusform>Made {when} by {who} from {source} (version {version}, schema {schema}): %n record.</numerusform>
            <numerusform>Made {when} by {who} from {source} (version {version}, schema {schema}): %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file does not look like a backup of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Compute results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate every applicant whose scoring is complete, with the round&apos;s frozen method and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every stored result from its own score sheets and settings, and check that the figures are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
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
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised (information only)</source>
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
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{distance} points from the others&apos; mean</source>
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
        <source>Select an applicant to see each member&apos;s total and the scores by criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name}: aggregate {aggregate} ({method}, pass mark {mark}) — {verdict}; rank {rank} of {ranked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) computed.</source>
        <translation>
            <numerusform>%n result computed.</numerusform>
            <numerusform>%n results computed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matching} of %n stored result(s) match their recomputation.</source>
        <translation>
            <numerusform>{matching} of %n stored result matches its recomputation.</numerusform>
            <numerusform>{matching} of %n stored results match their recomputation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n result to {file}.</numerusform>
            <numerusform>Exported %n results to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Different: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised figure {value} — information only, not the official result. Equal aggregates are ranked by the higher score in criterion {first}, then criterion {second}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets changed since the result: {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>Review date of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (re-designation or inspection) on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Registry marks entries whose review date is within 30 days or past.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of {name} ({username}), now {role}. The new role takes effect when they next log in; the change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
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
    <name>Roster</name>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not Y or N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a qualification the roster knows ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a doctorate needs its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of years between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has column names but no people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {n} rows; a roster holds at most {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <source>{name} is {size} MB; a roster file may have at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the {current} people of the roster with the {new} people of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff-roster.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundBatch</name>
    <message>
        <source>{done} of {total}: {number} {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {year}-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {year} call for the designation of evaluation institutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: time (Korean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person may count in both staff groups (qualified and experienced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Korean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of this round (frozen when it opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is open: its period, deadline and settings are frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
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
        <source>The deadline lies after the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown round setting: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round with the code {code} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {code} is open: its period, deadline and settings are frozen.</source>
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
    <message>
        <source>There is no round {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person in both staff groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria / checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a round to see its settings and counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet: settings can still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Trimmed mean (highest and lowest dropped)</source>
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
    <message>
        <source>Open for applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {code} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {code} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round {code} for applications? Its settings are frozen from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close round {code}? Applications are no longer received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark round {code} completed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {code}: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionFromCheckDialog</name>
    <message>
        <source>Open a sanction case from {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case against {name} on the ground: {ground}. Check {number} is added as its evidence; the disposition is decided after the prior notice and the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in English, for the English documents (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <source>The disposition no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposition cannot take effect before today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disposition is drafted after the hearing (Act Art. 57).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} already has a drafted disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presiding officer of the hearing does not draft the disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reasons of the disposition (행정절차법 Art. 23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued disposition stays as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} has no drafted disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition {number} is already issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafter of a disposition cannot also approve it: another approver must issue it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presiding officer of the hearing cannot approve the disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active user to preside over the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} took part in case {number} and may not preside over its hearing (행정절차법 Art. 29); choose someone who did not handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hearing is notified after the prior notice, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the place of the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the hearing first; its record is made once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing is on {day}; its record is made after it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who attended (or that the party was absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the statements made at the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the presiding officer&apos;s opinion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this sanction document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to submit an opinion must be at least {days} days (행정절차법 Art. 21 ③).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing must be notified at least {days} days before it is held (행정절차법 Art. 21 ②): with notice on {notice}, the earliest hearing date is {earliest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the breach ended ({day}) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach ended on {ended}: more than {years} years have passed (the last day to sanction was {last}), so no sanction may be imposed (행정기본법 Art. 23 ①).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A designation obtained by fraud must be revoked (Act Art. 31 ① proviso); a suspension is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension lasts at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension lasts at most {months} months (Act Art. 31 ①): from {start} it must end by {last}, not {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sanction case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is opened against a designated institute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the facts the case rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intended suspension lasts 1 to 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} is disposed; its evidence is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file or name the record the evidence refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prior notice of {number} was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the prior notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion on {number} is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the institute submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion cannot be received after today ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opinion cannot be received before the prior notice was sent ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sanction document {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation obtained by fraud (Art. 31 ① 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the ability to evaluate (Art. 31 ① 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated in breach of the standard (Art. 31 ① 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the disposition first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionsPage</name>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send prior notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify hearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and issue disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of {number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case, or open a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: send the prior notice (행정절차법 Art. 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions are due by {day}; then notify the hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing is on {day} at {place}; record it once it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafted disposition awaits approval by someone other than its drafter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: draft the disposition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior notice {number} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the drafted disposition of {number}? It can be drafted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing notice {number} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing record {number} made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition drafted; it awaits approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and issue the disposition of {number}? It is written into the registry at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Reschedule the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection time (Korean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Korean time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the applicant&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least two; Space ticks the selected inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — conflict declared: {ground}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda (applicants in committee review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreSheetForm</name>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted and locked: only the chair can return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To submit, score every criterion; not scored yet: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves what you typed; you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting locks your sheet; then you see the other members&apos; sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible until this is fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total so far {total} of {max} (incomplete: only valid scores count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an applicant to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required below {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — your sheet: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair returned your sheet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {total} of {max}</source>
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
        <source>Criterion {id} ({name}) scored {score}, below {floor} ({percent}% of {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: &apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: the score must be between 0 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: scores go in steps of {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: a score below {floor} ({percent}% of {max}) needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted score sheets for {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: waiting for the sheets of member(s) {labels}.</source>
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
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
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
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalised (information only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
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
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped (trimmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In part ({share}): tied for the highest or lowest total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member}: total {total} is {distance} points from the others&apos; mean {mean}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: scores range from {low} to {high} (more than {limit} apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 5 or more sheets one highest and one lowest total are left out; when several sheets tie for the highest (or lowest) total, they share that exclusion equally (each of k tied sheets counts (k−1)/k), so the result never depends on who holds which seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 5 or more sheets one highest and one lowest total are left out; this result was computed before the shared tie rule: a tie was decided by seat label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} has no result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is not in committee review; it cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criterion: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {id}: enter a score before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sheet for {number} is submitted and locked; the chair can return it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sheet for {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score sheet no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why the sheet is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted sheet can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets are shown once every present, non-conflicted member has submitted ({submitted} of {expected}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the other members&apos; sheets after submitting yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
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
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Applicants to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted sheets</source>
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
        <source>Your sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): attendance not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): {present} of {seats} members present, quorum present ({required} needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): {present} of {seats} members present, no quorum ({required} needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an applicant to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: you do not score this applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{submitted} of %n expected sheet(s) submitted.</source>
        <translation>
            <numerusform>{submitted} of %n expected sheet submitted.</numerusform>
            <numerusform>{submitted} of %n expected sheets submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit your sheet for {number}? It is then locked; only the chair can return it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet for {number} submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet; save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sheet to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the sheet of {member} returned? The member sees this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of {member} returned.</source>
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
        <source>{names} (not permanently employed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} (no evidence of employment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} (no evidence of the experience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not counted: {notes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualified permanent staff could be counted; at least {required} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified permanent staff counted: {n} ({names}); at least {required} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permanent staff with {years}+ years of evaluation experience could be counted; at least {required} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent staff with {years}+ years of evaluation experience counted: {n} ({names}); at least {required} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} different people counted in the two staff groups; nobody may count in both, so at least {required} are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing for: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached for staff, dedicated unit and facilities.</source>
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
        <source>Screening results can be changed only while the application is in status &apos;Screening&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the screening first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs a reason; enter why the requirement is judged differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest screening has no requirement {rule}.</source>
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
        <source>Evidence for each requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry extract or registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDetailPanel</name>
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
        <source>Confirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required documents (Decree Art. 12 ①)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
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
        <source>Screener&apos;s override</source>
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
        <source>{reason} ({by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reason / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficiencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} – overdue</source>
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
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application changed after this screening (roster, documents or facts): run the screening again.</source>
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
        <source>Mark overdue requests ineligible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request supplement…</source>
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
        <source>Supplement due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications to screen</source>
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
        <source>OVERDUE {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{application} (deadline {deadline})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supplement request(s) past the deadline: {names}.</source>
        <translation>
            <numerusform>%n supplement request past the deadline: {names}.</numerusform>
            <numerusform>%n supplement requests past the deadline: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {file} rejected? The reason goes into the supplement request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF files can be previewed here; {file} is a {type} file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request {number} sent to {name}; deadline {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of {number} was {deadline}. Enter why the late supplement is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did {name} supply for {number}? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} received; screening again: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n application(s) whose supplement deadline passed as ineligible? The reason is recorded with each.</source>
        <translation>
            <numerusform>Mark the application whose supplement deadline passed as ineligible? The reason is recorded with it.</numerusform>
            <numerusform>Mark the %n applications whose supplement deadline passed as ineligible? The reason is recorded with each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ineligible (not supplemented in time): {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request {number} – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print supplement request {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save supplement request as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening of {number}: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the screening of {number} as {outcome}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening of {number} confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the requirement to override in the Requirements tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &apos;{rule}&apos; of {number} as {verdict}. Enter the reason (it is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: &apos;{rule}&apos; overridden; outcome {outcome}.</source>
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
    <name>SealImageBox</name>
    <message>
        <source>Load the seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load seal image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered seal as a PNG with a transparent background, at most 2 MB. It is printed with the last character of the sender&apos;s title at its centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seal image is loaded: documents print &quot;직인생략&quot; (seal omitted) beside the sender until the registered seal is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image is loaded ({size} KB); documents issued from now on carry it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Committee of round {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (seat order A, B, … as listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>No user of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server refused the user name or password for {where}; check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database {database}; create it first (see the README, Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}:{port}; check the address and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to {where} failed: {reason}. Check sslrootcert (the CA file) and the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {where} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server needs a PostgreSQL address such as postgresql://admin@host/review; {where} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role {role} may not create roles, so it cannot set up {where}: as the PostgreSQL superuser run ALTER ROLE {role} CREATEROLE, or connect as a role that may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} could not be prepared: {reason}. Connect as the owner of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s database has schema {stored}, this application needs {head}: ask the administrator to run `designation-review server upgrade`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no administrator yet: give --admin NAME and the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connection is secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate against the CA file that signed it: choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting: {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: choose yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: a whole number from {min} to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: a number from {min} to {max}, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: a percentage from {min} % to {max} %, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode has five digits, e.g. 35208.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: digits and hyphens, e.g. 042-481-5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: an address like name@example.kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: an address like www.moip.go.kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: a list of at most {n} days with their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {value} is not a date such as 2026-10-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: name the day of {day} (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: {day} is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: PEM certificates (-----BEGIN CERTIFICATE----- …) and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: at most the days from the disposition ({days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: at most the years from the disposition ({years} × 365 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &apos;{label}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedies printed on refusals and sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority title (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretariat (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark (of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant passes with an aggregate of at least this many points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation of the members&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria sheet version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection checklist version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person may count in both staff groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement deadline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days an applicant is given to supplement a filing, counted on the official calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict look-back period (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member who worked for or with an applicant within these years is suggested as conflicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier sheet distance (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet this many points or more from the others&apos; aggregate is marked for the committee to discuss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion floor (share of its maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An applicant fails when a criterion&apos;s aggregate is below this share of its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wide spread of a criterion (share of its maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum (more than this share of the members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members as seats (Member A, B, …) in scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of a finding&apos;s corrective action (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays declared by the government (임시공휴일)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key file (.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate and chain (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer shown in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic daily backups to keep (0: none are made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals commission (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals commission (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online appeals (website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: days from knowing of the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: days from the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court of a lawsuit (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court of a lawsuit (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit: days from knowing of the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawsuit: years from the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to the ministry: days from receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic seal image (전자이미지관인)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request: finally approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection notice: finally approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice: finally approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed mean (drop highest and lowest with 5 or more)</source>
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
    <message>
        <source>Public (공개)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly public (부분공개)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not public (비공개)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the authority (처장)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director general, delegated (국장 전결)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director, delegated (과장 전결)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image is {size:.1f} MB; it may be 2 MB at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image must be a PNG file (this file is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image cannot be read as a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal image has no transparency: load the registered seal as a PNG with a transparent background (an alpha channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an export of this program: it has no settings table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read as JSON: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure defaults are copied into a round when it is created and frozen when it opens: rounds that already exist keep their own values, and only rounds created after you save take the new defaults. The issuing authority&apos;s details appear on documents printed from now on; documents already issued are printed again as they were issued. Every change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the settings of a JSON export (Export → JSON) into the fields; they are stored when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of {file} are in the fields: check them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settings of this version, left out: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored settings were loaded; check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the settings of an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared: must be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors&apos; signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attest and sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attestation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by every inspector: the inspection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: waiting for the signatures of every inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the checklist (Ctrl+Enter) before signing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application may go to the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why must the signed checklist change? (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>The certificate {name} was not valid when the document says it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is trusted here: give the authority&apos;s certificate with --trust or add it to the trust folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} is not issued by a trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no signature and no sealed facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages differ from those that were signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: parts of it cannot be read, so what it shows cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was saved again by another program, so its PDF signature no longer matches its bytes; the signed content and the sealed facts are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed bytes were changed: the signature no longer matches the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid cryptographically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature covers only part of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes were added after signing that alter what the document shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed facts were not sealed by the document&apos;s signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} could not be validated up to a trusted certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The certificate {name} is not valid yet: it is valid from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} expired on {end}; documents cannot be signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate {name} may not sign documents: its key usage does not include digital signature or non-repudiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no private key: export the certificate together with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no certificate for its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a key of a kind that cannot sign documents (use ECDSA or RSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file} the private key does not belong to the certificate {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {file} is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing certificate file {file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be signed: it is not a readable PDF ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing certificate is configured: the administrator chooses it under File → Signing certificate…; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {file} now holds another certificate than the one configured: choose it again under File → Signing certificate….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the signing key {file} was not given (set {variable} or use --signing-password-file); nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningCertificateDialog</name>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued documents are signed with this key and certificate. The key file stays where it is, outside the database; its password is never stored in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available (install the optional keyring package): the password is asked when a document is first signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer shown in the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file (.p12 or .pfx) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate can sign documents. Save to use it for documents issued from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the signing key {file}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>{name} is not UTF-8 or CP949 text (it looks like UTF-16 or a binary file). Save it from Excel as &apos;CSV UTF-8&apos; or &apos;CSV (comma delimited)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor CP949 (EUC-KR) text: byte {offset} cannot be read. Save it from Excel as &apos;CSV UTF-8&apos; or &apos;CSV (comma delimited)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): it is damaged or of another type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: only Excel workbooks (.xlsx) and CSV files can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff roster</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Import from Excel/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
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
    <name>StaleApplication</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
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
        <source>Business reg. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate reg. no.</source>
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
        <source>Contacts</source>
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
        <source>Consent to the administrative check</source>
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
        <source>Staff roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>Usefulness and competitiveness of the technology or mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree of legal protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercialisation potential and marketability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice and application of the valuation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the basis in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inappropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every criterion of the standard; missing: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion is judged once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the report falls short on “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reasons for the conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report falls short on a criterion but is concluded appropriate: explain why in the reasons (at least 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement – {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name}: the applicant is asked to remedy each line below by the deadline. The letter is kept as sent and can be printed from the Screening page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deficiencies (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is not a working day: choose {end} (where the law ends the period) or another working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supplements</name>
    <message>
        <source>{text} is not a supplement request number such as 보완-2026-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document}: resubmit ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement is requested from an application in screening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest screening found nothing to supplement: run the screening first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one deficiency the applicant must remedy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline lies more than {days} days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement request {number} is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of {number} ({deadline}) has passed. Record why the late supplement is accepted, or mark the request overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After supplement {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supplemented by the deadline {deadline} (supplement request {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no supplement request {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyChart</name>
    <message>
        <source>No reviewed report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share found inappropriate per stratum, with its 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>The sampled report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of {number} is issued: its reviews are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was filed in the chosen period: the population is empty. Choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample of {size} is larger than the population of {total} reports filed in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum per stratum is at least 1: a stratum without a sampled report cannot be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimum of {minimum} in each of the {strata} strata needs {needed} reports, more than the sample size of {size}: lower the minimum or raise the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of {number} is issued already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total} sampled reports are not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a survey number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period of filing dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({end}) before it begins ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is {n} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English title is {n} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample survey no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample of {number} is drawn already; redraw it from its seed to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population of {number} no longer matches its design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sample survey {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute × subject type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute × purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neyman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn, under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Sample surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw from seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and issue survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview survey report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 Draw and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Analysis and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population N_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight W_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed n_h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inappropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval (Wilson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a survey, or design one on the first tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed; not drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed {seed}: {n} of {m} sampled reports reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} of {n} reviewed reports inappropriate; the stratified estimate needs a reviewed report in every stratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} of {n} reviewed reports inappropriate. Stratified estimate p = Σ W_h·p_h = {share} (95 % interval {low} – {high}; standard error {se}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey designed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redrawn from seed {seed}: the same {n} reports as the stored sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redrawn from seed {seed}: {d} report(s) differ from the stored sample (population unchanged: {same}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {number} and issue its report? The reviews cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey report issued.</source>
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
    <name>Trust</name>
    <message>
        <source>{file} holds no certificate that can be read (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority certificate in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing certificate is configured: the administrator chooses it under File → Signing certificate….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust folder {folder} cannot be created: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hong.gildong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 주무관, 심의위원</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
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
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user name, name, role, title or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
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
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: change your password with File → Change password…; another administrator changes your role or disables it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is the last active administrator: it can be neither disabled nor given another role until another administrator is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} added as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer log in; their records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <source>Check {number} is already concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the notices of {number} first (missing: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of notice {number} to {name} is not recorded: its comment period has not begun, so the check cannot be concluded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may comment on notice {number} until {deadline}: conclude after that day, or once every recipient has commented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a check that concluded the report inappropriate can open a sanction case; {number} did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} has opened a sanction case already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designation of {name} is revoked: a sanction case is opened against a designated institute only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity check no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the notices were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to conclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of the filed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filed report has the number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several institutes filed a report numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filed report no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who commissioned the valuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the client&apos;s address or e-mail for the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who asked for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the requester&apos;s address or e-mail for the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the reason for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} of report {report} is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} is concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} was withdrawn; no further step is taken on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} was opened ex officio or at the client&apos;s request: no separate notice goes to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice of {number} to {recipient} was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notices of {number} had to be sent within {days} days of its opening, by {deadline}; today is {today}, so the notice can no longer be sent (Act Art. 31-4 ②).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every notice of {number} was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the notice was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was sent on {sent}; it cannot have been received before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt of {number} is already recorded ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on {number} is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the comment was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the recipient submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day {number} was received first: the comment period runs from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was received on {day}; a comment on it cannot come earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no validity-check document {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex officio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client (interested party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient of the result (interested party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State why the check is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidityPage</name>
    <message>
        <source>Validity checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sanction case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview result letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check to see its notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: report {report} of {name} · notices due by {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result letter {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sanction case was opened from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity check {number} opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices {numbers} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is due by {deadline}; one received later is recorded and marked late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient may comment within 10 days of the day it received the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {check} concluded; result letter {number} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclude {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check {number} withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction case opened from {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>NOT VERIFIED: the file carries the code {code}, which belongs to no issued document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: an unaltered document signed by {signer}: {record} (verification code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID, SAVED AGAIN: another program saved this file again, but what it shows and the facts signed by {signer} are intact: {record} (verification code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED: this file claims to be {record} (verification code {code}), but what it shows was changed after it was issued. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT TRUSTED: the file is intact and signed by {signer}, but that certificate is not trusted on this computer: {record}. Install the authority&apos;s certificate (designation-review trust add authority.pem) or give it with --trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: the file carries no signature; it names {record} (verification code {code}), but proves nothing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: this file is not a document issued by this system (no signature, no sealed facts and no verification code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked without the authority&apos;s database: whether the record was later superseded is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision {number} on application {application} of {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public notice {number} of round {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {number} for application {application} of {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lost its signature and metadata (saved again by another program); its pages are those of the issued document in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: the QR code&apos;s facts are signed by {signer}: {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked without the authority&apos;s database: compare them with the paper; whether the record was later superseded is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED OR FOREIGN: the QR code is signed by {signer} and names {facts}, but no record of this database has that content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification code can only be checked with the issuing authority&apos;s database; scan the QR code (verify --qr) or check the PDF file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: {code} is not the verification code of any issued document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISSUED: {code} is the verification code of {kind} {number}, {record}, issued {day}; compare the paper with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no QR code of a document issued by this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDocument</name>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF files to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by {name} at {time} after you opened it. Nothing of yours was saved; your input is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was changed by {name} after you opened it. Nothing of yours was saved; your input is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowSystem</name>
    <message>
        <source>The window system could not be started: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, install the libraries Qt needs for X11, for example: sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0; or start on Wayland with QT_QPA_PLATFORM=wayland. The command-line commands (designation-review-cli) work without a display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawCheckDialog</name>
    <message>
        <source>Withdraw {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawn check takes no further step; the report may be checked again by a new check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 통지기한(개시일부터 10일) 경과, or: the request was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw check</source>
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
<context>
    <name>WorkingDayConfirmation</name>
    <message>
        <source>Yes, it takes place on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is {name}, not a working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearCountsChart</name>
    <message>
        <source>No institute designated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
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
    <message>
        <source>new: designated that year; in force: designated and not revoked at the year&apos;s end (this year: today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
