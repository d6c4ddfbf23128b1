<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Accounts</name>
    <message>
        <source>The user name must be letters, digits or punctuation without spaces.</source>
        <translation>사용자 이름은 공백 없이 영문자, 숫자 또는 기호로 입력하십시오.</translation>
    </message>
    <message>
        <source>The user name may have at most 64 characters.</source>
        <translation>사용자 이름은 64자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The name may have at most 100 characters.</source>
        <translation>성명은 100자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>The title may have at most 100 characters.</source>
        <translation>직위는 100자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.kr, or leave it empty.</source>
        <translation>전자우편 주소를 name@example.kr 형식으로 입력하거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>Enter a telephone number of digits and hyphens, e.g. 042-481-5000, or leave it empty.</source>
        <translation>전화번호를 숫자와 하이픈으로 입력하거나(예: 042-481-5000) 비워 두십시오.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>비밀번호는 {n}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken.</source>
        <translation>사용자 이름 &apos;{name}&apos;은(는) 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead.</source>
        <translation>관리자가 이미 있습니다. 로그인하십시오.</translation>
    </message>
    <message>
        <source>Choose a role for the person.</source>
        <translation>역할을 선택하십시오.</translation>
    </message>
    <message>
        <source>On the server your password is that of your PostgreSQL role: change it with \password in psql, or ask the administrator to reset it; then log in again.</source>
        <translation>서버에서는 비밀번호가 PostgreSQL 역할의 비밀번호입니다. psql에서 \password로 변경하거나 관리자에게 재설정을 요청한 후 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Check both and try again.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다. 둘 다 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>이 계정은 사용 중지되었습니다. 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>현재 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>새 비밀번호는 현재 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>해당 사용자가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: create or activate another administrator first.</source>
        <translation>{name}은(는) 마지막으로 남은 사용 중인 관리자입니다. 먼저 다른 관리자를 추가하거나 사용 재개하십시오.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>자신의 계정은 사용 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>자신의 역할은 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Change your own password with File → Change password…</source>
        <translation>자신의 비밀번호는 파일 → 비밀번호 변경…에서 변경하십시오.</translation>
    </message>
    <message>
        <source>On this server the user name may have at most {n} characters.</source>
        <translation>이 서버에서는 사용자 이름을 {n}자까지 쓸 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Affiliation of {name}</source>
        <translation>{name} 위원의 소속·관계</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>재직</translation>
    </message>
    <message>
        <source>Service (consulting, advice, research)</source>
        <translation>용역(자문·연구 등)</translation>
    </message>
    <message>
        <source>Organisation (as registered)</source>
        <translation>기관명(등록된 명칭)</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Record the answer on {number}</source>
        <translation>{number} 정정요구 답변 기록</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>정정요구</translation>
    </message>
    <message>
        <source>{number}, received {received}, answer due {due}</source>
        <translation>{number}, {received} 수령, 답변기한 {due}</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>답변일</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s): the answer is recorded and marked late.</source>
        <translation>
            <numerusform>%n일 지연: 답변은 기록되고 기한 경과로 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>In time.</source>
        <translation>기한 내 답변입니다.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청 내용</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>전문인력 명부</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부서류</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>서류 점검표</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Application {number}</source>
        <translation>신청 {number}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>미접수</translation>
    </message>
    <message>
        <source>{round} · status: {status} · received: {received}</source>
        <translation>{round} · 상태: {status} · 접수: {received}</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>신규 신청</translation>
    </message>
    <message>
        <source>New application in round {code}</source>
        <translation>{code} 차수 신규 신청</translation>
    </message>
    <message>
        <source>The application is saved as a draft; submit it from the list.</source>
        <translation>신청은 작성 중 상태로 저장됩니다. 목록에서 제출하십시오.</translation>
    </message>
    <message>
        <source>Read only: your role may not edit applications, or this application is past the stage where it can be changed.</source>
        <translation>읽기 전용: 귀하의 역할은 신청을 수정할 수 없거나, 이 신청은 이미 수정할 수 있는 단계를 지났습니다.</translation>
    </message>
    <message>
        <source>This institution&apos;s data is shared with its other applications: {list}. Changes on the Institution tab apply to them too.</source>
        <translation>이 기관 정보는 다른 신청({list})과 함께 씁니다. 기관 탭에서 고친 내용은 그 신청에도 반영됩니다.</translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet: Save keeps it, Cancel discards it.</source>
        <translation>이 컴퓨터에서 {time}에 입력하고 저장하지 않은 내용을 되살렸습니다. 저장하면 남고, 취소하면 버려집니다.</translation>
    </message>
    <message>
        <source>Reloaded: the form shows what is stored now.</source>
        <translation>다시 불러왔습니다. 지금 저장된 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>{name} is already registered with this registration number. Apply with the registered institution (its data is shared by all its applications)?</source>
        <translation>{name}이(가) 이 등록번호로 이미 등록되어 있습니다. 등록된 기관으로 신청하시겠습니까? (기관 정보는 그 기관의 모든 신청이 함께 씁니다)</translation>
    </message>
    <message>
        <source>Institution already registered</source>
        <translation>이미 등록된 기관</translation>
    </message>
    <message>
        <source>Close without saving? Your changes will be lost.</source>
        <translation>저장하지 않고 닫으시겠습니까? 변경 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>The applicant consents to the administrative check of its registry extract / registration certificate</source>
        <translation>신청기관은 법인 등기사항증명서 / 사업자등록증명의 행정정보 공동이용 확인에 동의합니다</translation>
    </message>
    <message>
        <source>Inventions</source>
        <translation>발명</translation>
    </message>
    <message>
        <source>Trademarks</source>
        <translation>상표</translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation>영업비밀</translation>
    </message>
    <message>
        <source>Semiconductor layout designs</source>
        <translation>반도체집적회로의 배치설계</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>사업계획서</translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation>평가 전담조직</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>시설 및 장비</translation>
    </message>
    <message>
        <source>What the institute will evaluate</source>
        <translation>평가 대상</translation>
    </message>
</context>
<context>
    <name>ApplicationList</name>
    <message>
        <source>Number</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Corporate reg. no.</source>
        <translation>법인등록번호</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>공고 차수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Received (KST)</source>
        <translation>접수일시</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>기한 후 접수</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>전문인력</translation>
    </message>
    <message>
        <source>Prepared {n} of {total} rows</source>
        <translation>{total}행 중 {n}행 준비</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>엑셀 파일 작성 중</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>신청 목록</translation>
    </message>
</context>
<context>
    <name>Applications</name>
    <message>
        <source>The application no longer exists.</source>
        <translation>신청이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Staff row {n}: enter the name.</source>
        <translation>전문인력 {n}행: 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Staff row {n}: years of experience must be between 0 and 60.</source>
        <translation>전문인력 {n}행: 경력 연수는 0에서 60 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Staff row {n}: enter the field of the doctorate.</source>
        <translation>전문인력 {n}행: 박사학위 분야를 입력하십시오.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>공고 차수가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The round {code} no longer takes applications.</source>
        <translation>{code} 차수는 더 이상 신청을 받지 않습니다.</translation>
    </message>
    <message>
        <source>{name} already applied in round {code} (application {number}).</source>
        <translation>{name}은(는) 이미 {code} 차수에 신청했습니다(신청 {number}).</translation>
    </message>
    <message>
        <source>An application in status &apos;{status}&apos; can no longer be edited.</source>
        <translation>&apos;{status}&apos; 상태의 신청은 더 이상 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Application {number}</source>
        <translation>신청 {number}</translation>
    </message>
    <message>
        <source>An application is decided only by issuing a decision.</source>
        <translation>신청의 지정 여부는 결정을 시행해야만 정해집니다.</translation>
    </message>
    <message>
        <source>the business plan</source>
        <translation>사업계획서</translation>
    </message>
    <message>
        <source>the staff roster</source>
        <translation>전문인력 명부</translation>
    </message>
    <message>
        <source>The round {code} is not open for applications.</source>
        <translation>{code} 차수는 신청 접수 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot submit yet: {missing} is missing.</source>
        <translation>아직 제출할 수 없습니다: {missing}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The deadline of round {code} has passed. A late application can be accepted only with a recorded reason.</source>
        <translation>{code} 차수의 마감이 지났습니다. 기한 후 신청은 사유를 기록한 경우에만 접수할 수 있습니다.</translation>
    </message>
    <message>
        <source>Screening has not found the application eligible yet: run the screening and resolve every failed requirement first.</source>
        <translation>서류심사에서 아직 적격으로 판정되지 않았습니다. 먼저 서류심사를 실행하고 충족되지 않은 요건을 모두 해결하십시오.</translation>
    </message>
    <message>
        <source>The application changed after its last screening: run the screening again.</source>
        <translation>마지막 서류심사 뒤에 신청 내용이 바뀌었습니다. 서류심사를 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>A supplement is requested on the Screening page, with its deficiencies and deadline.</source>
        <translation>보완요청은 서류심사 화면에서 보완 요청 사항과 기한을 정하여 합니다.</translation>
    </message>
    <message>
        <source>Record the supplement as received on the Screening page; the screening then runs again.</source>
        <translation>서류심사 화면에서 보완서류 접수를 기록하십시오. 그러면 서류심사가 다시 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>ApplicationsDossier</name>
    <message>
        <source>Case dossier</source>
        <translation>사건 기록철</translation>
    </message>
    <message>
        <source>Save the case dossier of {number}</source>
        <translation>{number}의 사건 기록철 저장</translation>
    </message>
    <message>
        <source>Case dossiers (*.zip)</source>
        <translation>사건 기록철 (*.zip)</translation>
    </message>
    <message>
        <source>Case dossier of {number} written to {path}: {files}, {documents}, {events}.</source>
        <translation>{number}의 사건 기록철을 {path}에 저장했습니다: {files}, {documents}, {events}.</translation>
    </message>
    <message>
        <source>Making the case dossier of {number}</source>
        <translation>{number}의 사건 기록철 만드는 중</translation>
    </message>
    <message>
        <source>Stopped: no case dossier was written.</source>
        <translation>중지했습니다. 사건 기록철은 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ApplicationsExport</name>
    <message>
        <source>No application is shown: nothing to export.</source>
        <translation>표시된 신청이 없어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>Export applications to Excel</source>
        <translation>신청 목록을 엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>엑셀 통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting applications</source>
        <translation>신청 목록 내보내는 중</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Search by name, application number, business or corporate reg. no.</source>
        <translation>기관명, 신청번호, 사업자·법인등록번호로 검색</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>신청 검색</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>신규 신청…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>보기…</translation>
    </message>
    <message>
        <source>Case dossier…</source>
        <translation>사건 기록철…</translation>
    </message>
    <message>
        <source>Every document, file, record and audit event of the application in one ZIP file with a signed manifest</source>
        <translation>신청의 모든 문서·파일·기록·감사기록을 서명된 목록과 함께 ZIP 파일 하나로</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>기관 유형</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>모든 차수</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n application(s)</source>
        <translation>
            <numerusform>신청 %n건 중 {shown}건</numerusform>
        </translation>
    </message>
    <message>
        <source>No round is planned or open: there is nothing to apply to.</source>
        <translation>예정되었거나 접수 중인 공고 차수가 없어 신청할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved {number}.</source>
        <translation>{number}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>{action} {number}: enter the reason.</source>
        <translation>{action} {number}: 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The deadline of round {code} has passed. Enter the reason for accepting {number} late.</source>
        <translation>{code} 차수의 마감이 지났습니다. {number}을(를) 기한 후에 접수하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
</context>
<context>
    <name>ApplicationsTableModel</name>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일시</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>기한 후</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>인력</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name}: files of type &apos;{suffix}&apos; cannot be attached. Allowed: {allowed}.</source>
        <translation>{name}: &apos;{suffix}&apos; 형식의 파일은 첨부할 수 없습니다. 허용 형식: {allowed}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}은(는) 빈 파일입니다.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB. Compress or split it.</source>
        <translation>{name}의 크기는 {size} MB로 제한({limit} MB)을 넘습니다. 압축하거나 나누어 첨부하십시오.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF file.</source>
        <translation>{name}은(는) 읽을 수 있는 PDF 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is not a readable {type} file: it is damaged or of another type.</source>
        <translation>{name}은(는) 읽을 수 있는 {type} 파일이 아닙니다. 파일이 손상되었거나 다른 형식입니다.</translation>
    </message>
    <message>
        <source>Attachments can no longer be added at this stage.</source>
        <translation>이 단계에서는 더 이상 서류를 첨부할 수 없습니다.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>첨부서류가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Attachments can no longer be removed at this stage.</source>
        <translation>이 단계에서는 더 이상 첨부서류를 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Documents are reviewed only while the application is submitted, in screening or waiting for a supplement.</source>
        <translation>서류 검토는 신청이 접수, 서류심사 또는 보완요청 상태일 때만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter why the document is rejected; the applicant will read it in the supplement request.</source>
        <translation>서류를 반려하는 사유를 입력하십시오. 신청기관은 보완요청 공문에서 이 사유를 보게 됩니다.</translation>
    </message>
    <message>
        <source>The document {file}</source>
        <translation>서류 {file}</translation>
    </message>
    <message>
        <source>Application form (Form 3-5)</source>
        <translation>지정신청서(별지 제3호의5서식)</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>사업계획서</translation>
    </message>
    <message>
        <source>Staff evidence</source>
        <translation>전문인력 증빙</translation>
    </message>
    <message>
        <source>Dedicated unit evidence</source>
        <translation>전담조직 증빙</translation>
    </message>
    <message>
        <source>Facilities evidence</source>
        <translation>시설·장비 증빙</translation>
    </message>
    <message>
        <source>Registry extract / registration certificate</source>
        <translation>법인 등기사항증명서 / 사업자등록증</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>보완서류</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>증빙 내용</translation>
    </message>
    <message>
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <source>New: saved with the application</source>
        <translation>신규: 신청과 함께 저장</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>What it proves (optional), e.g. 김변리: employment insurance record</source>
        <translation>증빙 내용(선택), 예: 김변리: 고용보험 가입내역</translation>
    </message>
    <message>
        <source>What the files prove (optional)</source>
        <translation>파일이 증명하는 내용 (선택)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Drop files here or use Add files. Up to {limit} MB each; types: {types}.</source>
        <translation>파일을 여기에 끌어 놓거나 [파일 추가]를 누르십시오. 파일당 최대 {limit} MB, 형식: {types}.</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>서류 종류</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>문서 ({patterns})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>{name} is {size} MB; the limit is {limit} MB.</source>
        <translation>{name}의 크기는 {size} MB로 제한({limit} MB)을 넘습니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Only PDF files can be previewed here; {name} is not a PDF.</source>
        <translation>여기서는 PDF 파일만 미리 볼 수 있습니다. {name}은(는) PDF가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Tick the members present.</source>
        <translation>출석한 위원을 선택하십시오.</translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation> (위원장)</translation>
    </message>
    <message>
        <source>{present} of {seats} present; {required} needed: {verdict}</source>
        <translation>재적 {seats}명 중 {present}명 출석, {required}명 필요: {verdict}</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>성원됨</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>의사정족수 미달</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Institution registered</source>
        <translation>기관 등록</translation>
    </message>
    <message>
        <source>Institution&apos;s details changed</source>
        <translation>기관 정보 변경</translation>
    </message>
    <message>
        <source>Round created</source>
        <translation>공고 등록</translation>
    </message>
    <message>
        <source>Round changed</source>
        <translation>공고 변경</translation>
    </message>
    <message>
        <source>Round opened for applications</source>
        <translation>공고 접수 시작</translation>
    </message>
    <message>
        <source>Round&apos;s status changed</source>
        <translation>공고 상태 변경</translation>
    </message>
    <message>
        <source>Application created</source>
        <translation>신청 작성</translation>
    </message>
    <message>
        <source>Application changed</source>
        <translation>신청 내용 변경</translation>
    </message>
    <message>
        <source>Application back to draft</source>
        <translation>신청을 작성 중으로 되돌림</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>신청 접수</translation>
    </message>
    <message>
        <source>Screening started</source>
        <translation>서류심사 시작</translation>
    </message>
    <message>
        <source>Application waiting for a supplement</source>
        <translation>신청 보완요청 상태로 전환</translation>
    </message>
    <message>
        <source>Application passed to on-site inspection</source>
        <translation>현장실사로 넘김</translation>
    </message>
    <message>
        <source>Application sent to the committee</source>
        <translation>지정심의위원회 회부</translation>
    </message>
    <message>
        <source>Application designated</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Application not designated</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Application declared ineligible</source>
        <translation>부적격 처리</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>신청 취하</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <source>Attached document accepted</source>
        <translation>제출서류 적합 처리</translation>
    </message>
    <message>
        <source>Attached document rejected</source>
        <translation>제출서류 반려</translation>
    </message>
    <message>
        <source>Screening run</source>
        <translation>서류심사 실행</translation>
    </message>
    <message>
        <source>Screening requirement judged differently</source>
        <translation>지정요건 판정 변경</translation>
    </message>
    <message>
        <source>Screening result confirmed</source>
        <translation>서류심사 결과 확인</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>보완요청</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>보완서류 접수</translation>
    </message>
    <message>
        <source>Supplement deadline passed</source>
        <translation>보완 기한 경과</translation>
    </message>
    <message>
        <source>On-site inspection scheduled</source>
        <translation>현장실사 일정 등록</translation>
    </message>
    <message>
        <source>On-site inspection rescheduled</source>
        <translation>현장실사 일정 변경</translation>
    </message>
    <message>
        <source>Inspector&apos;s conflict of interest declared</source>
        <translation>실사위원 이해충돌 신고</translation>
    </message>
    <message>
        <source>Checklist item answered</source>
        <translation>점검항목 작성</translation>
    </message>
    <message>
        <source>Inspection evidence attached</source>
        <translation>실사 증빙 첨부</translation>
    </message>
    <message>
        <source>Inspection evidence removed</source>
        <translation>실사 증빙 삭제</translation>
    </message>
    <message>
        <source>Inspection finding recorded</source>
        <translation>지적사항 기록</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer to a finding recorded</source>
        <translation>지적사항에 대한 신청기관 조치 접수</translation>
    </message>
    <message>
        <source>Corrective action verified</source>
        <translation>시정조치 확인</translation>
    </message>
    <message>
        <source>Open major finding overridden for the committee</source>
        <translation>미종결 중대 지적사항 예외 처리(위원회 회부)</translation>
    </message>
    <message>
        <source>On-site inspection completed</source>
        <translation>현장실사 완료</translation>
    </message>
    <message>
        <source>On-site inspection signed</source>
        <translation>현장실사 서명</translation>
    </message>
    <message>
        <source>On-site inspection reopened</source>
        <translation>현장실사 재개</translation>
    </message>
    <message>
        <source>Inspection exported for offline work</source>
        <translation>오프라인 실사 파일 내보내기</translation>
    </message>
    <message>
        <source>Offline inspection file imported</source>
        <translation>오프라인 실사 파일 가져오기</translation>
    </message>
    <message>
        <source>Committee member appointed</source>
        <translation>심의위원 위촉</translation>
    </message>
    <message>
        <source>Committee member&apos;s details changed</source>
        <translation>심의위원 정보 변경</translation>
    </message>
    <message>
        <source>Committee member&apos;s past affiliation recorded</source>
        <translation>심의위원 소속 이력 등록</translation>
    </message>
    <message>
        <source>Committee of a round seated</source>
        <translation>공고별 위원회 구성</translation>
    </message>
    <message>
        <source>Committee meeting scheduled</source>
        <translation>심의 회의 일정 등록</translation>
    </message>
    <message>
        <source>Meeting agenda changed</source>
        <translation>회의 안건 변경</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>출석 기록</translation>
    </message>
    <message>
        <source>Committee meeting opened</source>
        <translation>심의 회의 개회</translation>
    </message>
    <message>
        <source>Committee meeting closed</source>
        <translation>심의 회의 종료</translation>
    </message>
    <message>
        <source>No conflict of interest declared</source>
        <translation>이해충돌 없음 신고</translation>
    </message>
    <message>
        <source>Exclusion declared</source>
        <translation>제척 신고</translation>
    </message>
    <message>
        <source>Recusal declared</source>
        <translation>회피 신고</translation>
    </message>
    <message>
        <source>Conflict declaration confirmed by the chair</source>
        <translation>위원장의 이해충돌 신고 확인</translation>
    </message>
    <message>
        <source>Conflict declaration reopened by the chair</source>
        <translation>위원장의 이해충돌 신고 재개</translation>
    </message>
    <message>
        <source>Challenge against a member raised</source>
        <translation>위원 기피신청 접수</translation>
    </message>
    <message>
        <source>Vote on a challenge cast</source>
        <translation>기피신청 표결</translation>
    </message>
    <message>
        <source>Challenge decided</source>
        <translation>기피신청 의결</translation>
    </message>
    <message>
        <source>Score sheet saved</source>
        <translation>평가표 임시저장</translation>
    </message>
    <message>
        <source>Score sheet submitted</source>
        <translation>평가표 제출</translation>
    </message>
    <message>
        <source>Score sheet returned by the chair</source>
        <translation>위원장의 평가표 반송</translation>
    </message>
    <message>
        <source>Result computed</source>
        <translation>평가 결과 산출</translation>
    </message>
    <message>
        <source>Decision drafted</source>
        <translation>결정안 기안</translation>
    </message>
    <message>
        <source>Draft decision edited</source>
        <translation>결정안 수정</translation>
    </message>
    <message>
        <source>Draft decision reviewed</source>
        <translation>결정안 검토</translation>
    </message>
    <message>
        <source>Draft decision discarded</source>
        <translation>결정안 폐기</translation>
    </message>
    <message>
        <source>Decision issued</source>
        <translation>결정 시행</translation>
    </message>
    <message>
        <source>Public notice issued</source>
        <translation>지정 고시</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>문서 발급</translation>
    </message>
    <message>
        <source>Document content frozen at issue</source>
        <translation>발급 시 문서 내용 고정</translation>
    </message>
    <message>
        <source>Institute entered in the registry</source>
        <translation>등록부 등재</translation>
    </message>
    <message>
        <source>Registry entry corrected</source>
        <translation>등록부 정정</translation>
    </message>
    <message>
        <source>Change of a designated institute recorded</source>
        <translation>지정기관 변경사항 기록</translation>
    </message>
    <message>
        <source>Registry review date set</source>
        <translation>지정기관 점검 예정일 설정</translation>
    </message>
    <message>
        <source>Suspension or revocation entered in the registry</source>
        <translation>효력정지 또는 지정취소 등록부 반영</translation>
    </message>
    <message>
        <source>Sanction case opened</source>
        <translation>제재 사건 개시</translation>
    </message>
    <message>
        <source>Evidence added to a sanction case</source>
        <translation>제재 사건 증거 추가</translation>
    </message>
    <message>
        <source>Prior notice of a sanction sent</source>
        <translation>처분 사전통지 발송</translation>
    </message>
    <message>
        <source>Opinion on a prior notice recorded</source>
        <translation>사전통지에 대한 의견 기록</translation>
    </message>
    <message>
        <source>Hearing notified</source>
        <translation>청문 통지</translation>
    </message>
    <message>
        <source>Hearing record made</source>
        <translation>청문조서 작성</translation>
    </message>
    <message>
        <source>Sanction disposition drafted</source>
        <translation>제재 처분 기안</translation>
    </message>
    <message>
        <source>Draft sanction disposition discarded</source>
        <translation>제재 처분 초안 폐기</translation>
    </message>
    <message>
        <source>Sanction disposition issued</source>
        <translation>제재 처분 발급</translation>
    </message>
    <message>
        <source>Filed evaluation reports imported</source>
        <translation>평가보고서 등록현황 가져옴</translation>
    </message>
    <message>
        <source>Sample survey designed</source>
        <translation>표본조사 설계</translation>
    </message>
    <message>
        <source>Sample drawn from its seed</source>
        <translation>시드로 표본 추출</translation>
    </message>
    <message>
        <source>Sample redrawn from its seed and compared</source>
        <translation>시드로 표본을 다시 추출하여 대조</translation>
    </message>
    <message>
        <source>Sampled report reviewed</source>
        <translation>표본 보고서 검토</translation>
    </message>
    <message>
        <source>Sample survey closed and its report issued</source>
        <translation>표본조사 종료 및 결과보고 발급</translation>
    </message>
    <message>
        <source>Correction of a filed report requested</source>
        <translation>등록 평가보고서 정정 요청</translation>
    </message>
    <message>
        <source>Answer to a correction request recorded</source>
        <translation>정정 요청 회신 기록</translation>
    </message>
    <message>
        <source>Validity check opened</source>
        <translation>타당성조사 착수</translation>
    </message>
    <message>
        <source>Notice of a validity check sent</source>
        <translation>타당성조사 통지 발송</translation>
    </message>
    <message>
        <source>Receipt of a validity-check notice recorded</source>
        <translation>타당성조사 통지 수령일 기록</translation>
    </message>
    <message>
        <source>Comment on a validity check recorded</source>
        <translation>타당성조사 의견 기록</translation>
    </message>
    <message>
        <source>Validity check concluded</source>
        <translation>타당성조사 결론</translation>
    </message>
    <message>
        <source>Sanction case opened from a validity check</source>
        <translation>타당성조사 결과로 제재사건 개시</translation>
    </message>
    <message>
        <source>Validity check withdrawn</source>
        <translation>타당성조사 철회</translation>
    </message>
    <message>
        <source>Public list published</source>
        <translation>목록 공표</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>사용자 등록</translation>
    </message>
    <message>
        <source>User&apos;s details changed</source>
        <translation>사용자 정보 변경</translation>
    </message>
    <message>
        <source>User&apos;s role changed</source>
        <translation>사용자 역할 변경</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>사용자 사용 재개</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>사용자 사용 중지</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>본인 비밀번호 변경</translation>
    </message>
    <message>
        <source>User&apos;s password reset</source>
        <translation>사용자 비밀번호 초기화</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>Setting reset to its default</source>
        <translation>설정을 기본값으로 되돌림</translation>
    </message>
    <message>
        <source>Database exported as JSON</source>
        <translation>데이터베이스 JSON 내보내기</translation>
    </message>
    <message>
        <source>Case dossier made</source>
        <translation>사건 기록철 작성</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>Action refused: not allowed for the role</source>
        <translation>작업 거부: 역할에 허용되지 않음</translation>
    </message>
    <message>
        <source>Action refused: account disabled or given another role since logging in</source>
        <translation>작업 거부: 로그인 후 계정이 비활성화되었거나 역할이 바뀜</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>백업에서 데이터베이스 복원</translation>
    </message>
    <message>
        <source>Whole database transferred</source>
        <translation>데이터베이스 전체 이전</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>#{sequence} ({time}, {user}, {action})</source>
        <translation>#{sequence}({time}, {user}, {action})</translation>
    </message>
    <message>
        <source>Event {event} was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>기록 {event}은(는) 기록된 뒤 변경되었습니다. 내용이 해시와 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: its number is not the next one.</source>
        <translation>기록 {event}은(는) 감사기록에 속하지 않습니다. 번호가 다음 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>Events {earlier} and {later} are out of order: {later} was recorded after {earlier} but is stored before it.</source>
        <translation>기록 {earlier}과(와) {later}의 순서가 바뀌었습니다. {later}은(는) {earlier}보다 나중에 기록되었는데 앞에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>between {before} and {after}</source>
        <translation>{before}과(와) {after} 사이에서</translation>
    </message>
    <message>
        <source>before {after}</source>
        <translation>{after} 앞에서</translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: another event already has its number.</source>
        <translation>기록 {event}은(는) 감사기록에 속하지 않습니다. 같은 번호의 기록이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Event {event} was moved: it follows {other}, which now comes after it.</source>
        <translation>기록 {event}의 위치가 옮겨졌습니다. 이 기록은 {other} 다음 기록인데 {other}이(가) 지금은 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: {next} follows {earlier} directly.</source>
        <translation>기록 {event}은(는) 감사기록에 속하지 않습니다. {next}은(는) {earlier} 바로 다음 기록입니다.</translation>
    </message>
    <message>
        <source>Event {event} was changed after it was recorded and given a new hash: the event after it no longer follows it.</source>
        <translation>기록 {event}은(는) 기록된 뒤 변경되고 새 해시가 붙었습니다. 다음 기록이 더 이상 이 기록에 이어지지 않습니다.</translation>
    </message>
    <message>
        <source>The trail was rewritten: event {event} is not the one {source} recorded as the last event when it was issued; the change lies between event #{since} and this one.</source>
        <translation>감사기록이 다시 쓰였습니다. 기록 {event}은(는) {source}이(가) 발급될 때 마지막 기록으로 남긴 것과 다릅니다. 변경은 기록 #{since}과(와) 이 기록 사이에 있습니다.</translation>
    </message>
    <message>
        <source>an issued document</source>
        <translation>발급된 문서</translation>
    </message>
    <message>
        <source>Event #{sequence}, which {source} recorded, is missing: the trail ends at #{last}.</source>
        <translation>{source}에 남은 기록 #{sequence}이(가) 없습니다. 감사기록은 #{last}에서 끝납니다.</translation>
    </message>
    <message>
        <source>Event {event} does not belong in the trail: it was added after the last event the application wrote (#{head}).</source>
        <translation>기록 {event}은(는) 감사기록에 속하지 않습니다. 프로그램이 쓴 마지막 기록(#{head}) 뒤에 추가되었습니다.</translation>
    </message>
    <message>
        <source>Event {event} is not the last event the application wrote: it was changed and given a new hash.</source>
        <translation>기록 {event}은(는) 프로그램이 쓴 마지막 기록이 아닙니다. 변경되고 새 해시가 붙었습니다.</translation>
    </message>
    <message>
        <source>Looking for the first event that does not match…</source>
        <translation>일치하지 않는 첫 이벤트를 찾는 중…</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Reason for accepting the registration number</source>
        <translation>등록번호 예외 인정 사유</translation>
    </message>
    <message>
        <source>Corporate registration number</source>
        <translation>법인등록번호</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Parent institution</source>
        <translation>상위 기관</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>설립일</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>사업계획</translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation>평가 전담조직</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>시설 및 장비</translation>
    </message>
    <message>
        <source>Consent to the ministry&apos;s own check of the registry</source>
        <translation>행정정보 공동이용 동의</translation>
    </message>
    <message>
        <source>Evaluates inventions</source>
        <translation>발명 평가</translation>
    </message>
    <message>
        <source>Evaluates trademarks</source>
        <translation>상표 평가</translation>
    </message>
    <message>
        <source>Evaluates trade secrets</source>
        <translation>영업비밀 평가</translation>
    </message>
    <message>
        <source>Evaluates layout designs</source>
        <translation>배치설계 평가</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>전문인력</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>공고번호</translation>
    </message>
    <message>
        <source>Applications from</source>
        <translation>접수 시작일</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>접수 종료일</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>기준점수</translation>
    </message>
    <message>
        <source>Aggregation of the scores</source>
        <translation>점수 집계 방식</translation>
    </message>
    <message>
        <source>Criteria sheet version</source>
        <translation>평가표 버전</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>점검표 버전</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>접수 시작 일시</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>전문 분야</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>임기 시작</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>임기 종료</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>대체하는 결정</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation>이유 (영문)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation>조건 (영문)</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>정정 사유</translation>
    </message>
    <message>
        <source>Reason for the correction (English)</source>
        <translation>정정 사유 (영문)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>충족하지 못한 요건</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Pass mark reached</source>
        <translation>기준점수 이상</translation>
    </message>
    <message>
        <source>Judged differently</source>
        <translation>판정 변경</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Deficiencies</source>
        <translation>보완 사항</translation>
    </message>
    <message>
        <source>Letter&apos;s SHA-256</source>
        <translation>보완요청서 SHA-256</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>기한 후 제출</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Uphold the challenge</source>
        <translation>기피신청 인용</translation>
    </message>
    <message>
        <source>Members entitled to vote</source>
        <translation>의결권 있는 위원 수</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>표결</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Possible conflict found by the application</source>
        <translation>프로그램이 찾은 이해충돌 가능성</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>의사정족수 충족</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>재적</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>시정조치</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Applicant&apos;s answer</source>
        <translation>신청기관 조치</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Reason for going to the committee anyway</source>
        <translation>위원회 회부 사유</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>확인 문구</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 일시</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>기재 내용</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>SHA-256 of the content</source>
        <translation>내용의 SHA-256</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>만점</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>지적사항</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>실사일</translation>
    </message>
    <message>
        <source>Scheduled at</source>
        <translation>실사 일시</translation>
    </message>
    <message>
        <source>Period as counted</source>
        <translation>기간 계산</translation>
    </message>
    <message>
        <source>Confirmed non-working day</source>
        <translation>확인된 휴무일</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>실사위원</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>실사위원</translation>
    </message>
    <message>
        <source>Export token</source>
        <translation>내보내기 식별값</translation>
    </message>
    <message>
        <source>Items taken from the file</source>
        <translation>파일에서 반영한 항목</translation>
    </message>
    <message>
        <source>Items kept as in the database</source>
        <translation>데이터베이스 내용을 유지한 항목</translation>
    </message>
    <message>
        <source>Aggregate score</source>
        <translation>종합점수</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>평가표 수</translation>
    </message>
    <message>
        <source>Sheets counted</source>
        <translation>반영한 평가표</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>검증 코드</translation>
    </message>
    <message>
        <source>Reissue of</source>
        <translation>재발급 대상</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>반려 사유</translation>
    </message>
    <message>
        <source>Why the login failed</source>
        <translation>로그인 실패 사유</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>읽은 형식</translation>
    </message>
    <message>
        <source>Reports imported</source>
        <translation>가져온 보고서</translation>
    </message>
    <message>
        <source>Already in the register unchanged</source>
        <translation>이미 같은 내용으로 등록됨</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>수령일</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>회신일</translation>
    </message>
    <message>
        <source>Registry entry</source>
        <translation>등록부 항목</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>점검 예정일</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>변경 후 내용</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>합병 형태</translation>
    </message>
    <message>
        <source>Evidence&apos;s SHA-256</source>
        <translation>증빙의 SHA-256</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>증빙 파일</translation>
    </message>
    <message>
        <source>Filed from</source>
        <translation>등록 시작일</translation>
    </message>
    <message>
        <source>Filed until</source>
        <translation>등록 종료일</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>표본 크기</translation>
    </message>
    <message>
        <source>Minimum per stratum</source>
        <translation>층별 최소 표본</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>모집단</translation>
    </message>
    <message>
        <source>Strata</source>
        <translation>층 수</translation>
    </message>
    <message>
        <source>Population&apos;s SHA-256</source>
        <translation>모집단 SHA-256</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <source>Reports drawn</source>
        <translation>추출 보고서 수</translation>
    </message>
    <message>
        <source>Same as the stored sample</source>
        <translation>저장된 표본과 동일</translation>
    </message>
    <message>
        <source>Reports that differ</source>
        <translation>다른 보고서 수</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>결론</translation>
    </message>
    <message>
        <source>Criteria fallen short</source>
        <translation>미달 항목 수</translation>
    </message>
    <message>
        <source>Reports reviewed</source>
        <translation>검토 보고서 수</translation>
    </message>
    <message>
        <source>Found inappropriate</source>
        <translation>부적정 판정 수</translation>
    </message>
    <message>
        <source>Stratified share inappropriate</source>
        <translation>층화 추정 부적정 비율</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 조사명</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Rows listed</source>
        <translation>수록 건수</translation>
    </message>
    <message>
        <source>Ground of the sanction</source>
        <translation>제재 사유</translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation>예정 처분</translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation>위반행위 종료일</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>지문(SHA-256)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>청문일</translation>
    </message>
    <message>
        <source>Presiding officer</source>
        <translation>청문주재자</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>첫날</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>말일</translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation>등록된 평가보고서</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>조사 요청</translation>
    </message>
    <message>
        <source>Notices due by</source>
        <translation>통지 기한</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>통지 대상</translation>
    </message>
    <message>
        <source>Comment received on</source>
        <translation>의견 접수일</translation>
    </message>
    <message>
        <source>Falls short on</source>
        <translation>미흡한 항목</translation>
    </message>
    <message>
        <source>Sanction case</source>
        <translation>제재사건</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search by action, user or number…</source>
        <translation>작업, 사용자 또는 번호로 검색…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사기록</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>번호 {number}</translation>
    </message>
    <message>
        <source>Nothing else was recorded.</source>
        <translation>그 밖에 기록된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>감사기록 검증 중</translation>
    </message>
    <message>
        <source>The verification was cancelled before the end; nothing was concluded.</source>
        <translation>검증이 끝나기 전에 취소되어 아무 결론도 내리지 않았습니다.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {summary}</source>
        <translation>감사기록에 이상이 없습니다: {summary}</translation>
    </message>
    <message>
        <source>The audit trail was tampered with. {problem} Search for #{number} to see the events around it.</source>
        <translation>감사기록이 변조되었습니다. {problem} #{number}(으)로 검색하면 앞뒤 기록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Verify the audit trail…</source>
        <translation>감사기록 검증…</translation>
    </message>
    <message>
        <source>Check every event&apos;s hash and its link to the one before: shows the first event that was edited, deleted, inserted or moved since it was recorded.</source>
        <translation>모든 기록의 해시와 앞 기록과의 연결을 확인합니다. 기록된 뒤 변경·삭제·추가되거나 옮겨진 첫 기록을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>{actor} ({role}): {action} — {record}</source>
        <translation>{actor} ({role}): {action} — {record}</translation>
    </message>
    <message>
        <source>{actor} ({role}): {action}</source>
        <translation>{actor} ({role}): {action}</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>기록을 선택하면 변경 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>decision {number}</source>
        <translation>결정 {number}</translation>
    </message>
    <message>
        <source>draft decision on {application}</source>
        <translation>신청 {application} 결정안</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영문</translation>
    </message>
    <message>
        <source>{kind} {number} ({language})</source>
        <translation>{kind} {number} ({language})</translation>
    </message>
    <message>
        <source>{kind} {number}, version {version}</source>
        <translation>{kind} {number} 제{version}판</translation>
    </message>
    <message>
        <source>institution {name}</source>
        <translation>기관 {name}</translation>
    </message>
    <message>
        <source>round {name}</source>
        <translation>{name} 공고</translation>
    </message>
    <message>
        <source>application {name}</source>
        <translation>신청 {name}</translation>
    </message>
    <message>
        <source>file {name}</source>
        <translation>첨부 파일 {name}</translation>
    </message>
    <message>
        <source>screening of application {name}</source>
        <translation>신청 {name} 서류심사</translation>
    </message>
    <message>
        <source>supplement request {name}</source>
        <translation>보완요청 {name}</translation>
    </message>
    <message>
        <source>inspection {name}</source>
        <translation>현장실사 {name}</translation>
    </message>
    <message>
        <source>finding {name}</source>
        <translation>지적사항 {name}</translation>
    </message>
    <message>
        <source>evidence {name}</source>
        <translation>실사 증빙 {name}</translation>
    </message>
    <message>
        <source>inspector&apos;s conflict {name}</source>
        <translation>실사위원 이해충돌 {name}</translation>
    </message>
    <message>
        <source>committee member {name}</source>
        <translation>심의위원 {name}</translation>
    </message>
    <message>
        <source>affiliation {name}</source>
        <translation>소속 이력 {name}</translation>
    </message>
    <message>
        <source>meeting {name}</source>
        <translation>회의 {name}</translation>
    </message>
    <message>
        <source>conflict declaration {name}</source>
        <translation>{name} 이해충돌 신고</translation>
    </message>
    <message>
        <source>{member} on {application}</source>
        <translation>{application} {member} 위원</translation>
    </message>
    <message>
        <source>challenge {name}</source>
        <translation>{name} 기피신청</translation>
    </message>
    <message>
        <source>against {member} on {application}</source>
        <translation>{application} {member} 위원에 대한</translation>
    </message>
    <message>
        <source>score sheet {name}</source>
        <translation>{name} 평가표</translation>
    </message>
    <message>
        <source>of {member} on {application}</source>
        <translation>{application} {member} 위원</translation>
    </message>
    <message>
        <source>result of application {name}</source>
        <translation>신청 {name} 평가 결과</translation>
    </message>
    <message>
        <source>decision #{id}</source>
        <translation>결정 #{id}</translation>
    </message>
    <message>
        <source>public notice {name}</source>
        <translation>고시 {name}</translation>
    </message>
    <message>
        <source>document #{id}</source>
        <translation>문서 #{id}</translation>
    </message>
    <message>
        <source>content of {name}</source>
        <translation>{name}의 내용</translation>
    </message>
    <message>
        <source>registry entry of {name}</source>
        <translation>등록부의 {name}</translation>
    </message>
    <message>
        <source>registry change {name}</source>
        <translation>지정기관 변경 {name}</translation>
    </message>
    <message>
        <source>registry disposition {name}</source>
        <translation>등록부 처분 {name}</translation>
    </message>
    <message>
        <source>sanction case {name}</source>
        <translation>제재 사건 {name}</translation>
    </message>
    <message>
        <source>sanction evidence {name}</source>
        <translation>제재 증거 {name}</translation>
    </message>
    <message>
        <source>prior notice {name}</source>
        <translation>사전통지 {name}</translation>
    </message>
    <message>
        <source>hearing {name}</source>
        <translation>청문 {name}</translation>
    </message>
    <message>
        <source>disposition {name}</source>
        <translation>처분 {name}</translation>
    </message>
    <message>
        <source>user {name}</source>
        <translation>사용자 {name}</translation>
    </message>
    <message>
        <source>sample survey {name}</source>
        <translation>표본조사 {name}</translation>
    </message>
    <message>
        <source>sampled report {name}</source>
        <translation>표본 보고서 {name}</translation>
    </message>
    <message>
        <source>validity check {name}</source>
        <translation>타당성조사 {name}</translation>
    </message>
    <message>
        <source>validity-check notice {name}</source>
        <translation>타당성조사 통지 {name}</translation>
    </message>
    <message>
        <source>published list {name}</source>
        <translation>공표 목록 {name}</translation>
    </message>
    <message>
        <source>correction request on report {name}</source>
        <translation>보고서 {name} 정정 요청</translation>
    </message>
    <message>
        <source>setting {name}</source>
        <translation>설정 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>데이터베이스 전체</translation>
    </message>
    <message>
        <source>the register of filed reports</source>
        <translation>평가보고서 등록현황</translation>
    </message>
    <message>
        <source>unknown user name {name}</source>
        <translation>없는 사용자 이름 {name}</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>{verdict}: {reason} ({by})</source>
        <translation>{verdict}: {reason} ({by})</translation>
    </message>
    <message>
        <source>criterion {n}: {score}</source>
        <translation>{n}번 항목 {score}점</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size}바이트</translation>
    </message>
    <message>
        <source>uphold</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>(judged differently)</source>
        <translation>(판정 변경)</translation>
    </message>
    <message>
        <source>{name} ({qualification}, {years} years)</source>
        <translation>{name} ({qualification}, {years}년)</translation>
    </message>
    <message>
        <source>Absorbed the other institute</source>
        <translation>상대 기관을 흡수합병</translation>
    </message>
    <message>
        <source>Merged into the other institute</source>
        <translation>상대 기관에 합병됨</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>재직</translation>
    </message>
    <message>
        <source>Service (consulting, advice, research)</source>
        <translation>용역(자문·연구 등)</translation>
    </message>
    <message>
        <source>Conform</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup {file} is damaged ({detail}); nothing was restored.</source>
        <translation>백업 {file}이(가) 손상되었습니다({detail}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer version of this application ({what}); nothing was restored: install the newer version to restore it.</source>
        <translation>백업 {file}은(는) 이 프로그램의 새 버전이 만든 것입니다({what}). 아무것도 복원하지 않았습니다. 복원하려면 새 버전을 설치하십시오.</translation>
    </message>
    <message>
        <source>{file} is not a backup of this application (it is not even an SQLite file); nothing was restored.</source>
        <translation>{file}은(는) 이 프로그램의 백업이 아닙니다(SQLite 파일도 아닙니다). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Bringing the backup to the current schema…</source>
        <translation>백업을 현재 스키마로 올리는 중…</translation>
    </message>
    <message>
        <source>Checking the file&apos;s structure…</source>
        <translation>파일 구조 확인 중…</translation>
    </message>
    <message>
        <source>its manifest is unreadable: {error}</source>
        <translation>매니페스트를 읽을 수 없음: {error}</translation>
    </message>
    <message>
        <source>{file} is a database of this application, not a backup; back it up (`backup` or File → Back up…) and restore the backup; nothing was restored.</source>
        <translation>{file}은(는) 백업이 아니라 이 프로그램의 데이터베이스입니다. 먼저 백업(`backup` 또는 파일 → 백업…)한 뒤 그 백업을 복원하십시오. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} is an SQLite file of another program, not a backup of this application; nothing was restored.</source>
        <translation>{file}은(는) 이 프로그램의 백업이 아니라 다른 프로그램의 SQLite 파일입니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>backup format {n}</source>
        <translation>백업 형식 {n}</translation>
    </message>
    <message>
        <source>schema {schema}</source>
        <translation>스키마 {schema}</translation>
    </message>
    <message>
        <source>its schema version does not match its manifest</source>
        <translation>스키마 버전이 매니페스트와 다름</translation>
    </message>
    <message>
        <source>its tables do not match its manifest</source>
        <translation>테이블이 매니페스트와 다름</translation>
    </message>
    <message>
        <source>Checking {table}…</source>
        <translation>{table} 확인 중…</translation>
    </message>
    <message>
        <source>the rows of {table} do not match its manifest</source>
        <translation>{table}의 행이 매니페스트와 다름</translation>
    </message>
    <message>
        <source>rows of {table} refer to records that are missing</source>
        <translation>{table}의 행이 없는 기록을 가리킴</translation>
    </message>
    <message>
        <source>The backup {file} could not be brought to the current schema ({error}); nothing was restored.</source>
        <translation>백업 {file}을(를) 현재 스키마로 올릴 수 없습니다({error}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file for the backup (nothing was written).</source>
        <translation>{file}은(는) 데이터베이스 파일 자체입니다. 백업할 다른 파일을 선택하십시오(아무것도 쓰지 않았습니다).</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was backed up.</source>
        <translation>{path}에 데이터베이스가 없습니다. 아무것도 백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>데이터베이스 복사 중…</translation>
    </message>
    <message>
        <source>{where} is not a database of this application (it has no schema version); nothing was backed up.</source>
        <translation>{where}은(는) 이 프로그램의 데이터베이스가 아닙니다(스키마 버전이 없습니다). 아무것도 백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading {table}…</source>
        <translation>{table} 읽는 중…</translation>
    </message>
    <message>
        <source>The database {where} has schema {schema} but this application backs up schema {head}: run `designation-review upgrade` on it first; nothing was backed up.</source>
        <translation>데이터베이스 {where}의 스키마는 {schema}이지만 이 프로그램은 스키마 {head}를 백업합니다. 먼저 `designation-review upgrade`를 실행하십시오. 아무것도 백업하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database {where} holds tables that are not this application&apos;s ({tables}); a backup is restored only into an empty database, so nothing was restored.</source>
        <translation>데이터베이스 {where}에 이 프로그램의 것이 아닌 테이블({tables})이 있습니다. 백업은 빈 데이터베이스에만 복원하므로 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database {where} already holds data; a backup is restored only into an empty database (a new file, or a new PostgreSQL database), so nothing was restored.</source>
        <translation>데이터베이스 {where}에 이미 데이터가 있습니다. 백업은 빈 데이터베이스(새 파일 또는 새 PostgreSQL 데이터베이스)에만 복원하므로 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Restoring {table}…</source>
        <translation>{table} 복원 중…</translation>
    </message>
    <message>
        <source>The backup {file} could not be restored into {where} ({error}); nothing was restored.</source>
        <translation>백업 {file}을(를) {where}에 복원할 수 없습니다({error}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {file} does not hold the table {table} as this application defines it; nothing was restored.</source>
        <translation>백업 {file}의 {table} 테이블이 이 프로그램의 정의와 다릅니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {file} fails the audit-trail check ({problem}); nothing was restored.</source>
        <translation>백업 {file}이(가) 감사 기록 검사를 통과하지 못했습니다({problem}). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The source and the target are the same database; nothing was transferred.</source>
        <translation>원본과 대상이 같은 데이터베이스입니다. 아무것도 옮기지 않았습니다.</translation>
    </message>
    <message>
        <source>The audit trail of {source} fails its check ({problem}); nothing was transferred.</source>
        <translation>{source}의 감사 기록이 검증을 통과하지 못했습니다({problem}). 아무것도 옮기지 않았습니다.</translation>
    </message>
    <message>
        <source>The target {target} does not hold what was copied ({detail}); do not use it, and drop it before trying again.</source>
        <translation>대상 {target}에 복사한 내용이 그대로 있지 않습니다({detail}). 이 데이터베이스를 쓰지 말고, 삭제한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>On the server your connection shows only what your role may see, so a copy would be incomplete: back up or export with the owner&apos;s address (designation-review --database postgresql+psycopg://OWNER@HOST/DB backup -o FILE), or with pg_dump.</source>
        <translation>서버에서는 연결이 역할에 허용된 내용만 보여 주므로 사본이 불완전해집니다. 소유자 주소로 백업하거나 내보내십시오(designation-review --database postgresql+psycopg://OWNER@HOST/DB backup -o FILE). 또는 pg_dump를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <source>Save a complete, checked copy of the database to a file.</source>
        <translation>데이터베이스 전체를 검사 가능한 사본으로 파일에 저장합니다.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Restore a backup file into a new, empty database.</source>
        <translation>백업 파일을 새 빈 데이터베이스에 복원합니다.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Backups (*.backup)</source>
        <translation>백업 (*.backup)</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n record(s) to {file}.</source>
        <translation>
            <numerusform>기록 %n건을 {file}에 백업했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>백업 중</translation>
    </message>
    <message numerus="yes">
        <source>The backup was restored into {database}: %n record(s). Open that database now? You will log in to it with its own user names and passwords.</source>
        <translation>
            <numerusform>백업을 {database}에 복원했습니다: 기록 %n건. 지금 그 데이터베이스를 여시겠습니까? 그 데이터베이스의 사용자 이름과 비밀번호로 로그인하게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>백업 복원됨</translation>
    </message>
    <message>
        <source>Backup restored into {database}.</source>
        <translation>백업을 {database}에 복원했습니다.</translation>
    </message>
    <message>
        <source>Automatic backup %p%</source>
        <translation>자동 백업 %p%</translation>
    </message>
    <message>
        <source>Automatic backup saved to {file}.</source>
        <translation>자동 백업을 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>something unexpected went wrong ({error})</source>
        <translation>예상하지 못한 문제가 생겼습니다({error})</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason} Work goes on; the log has the details.</source>
        <translation>자동 백업에 실패했습니다: {reason} 작업은 계속할 수 있으며, 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>a Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>{date} is {name}, not a working day. Confirm that it is meant to take place on that day.</source>
        <translation>{date}은(는) {name}(으)로 근무일이 아닙니다. 그날 진행하는 것이 맞는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>Record a challenge</source>
        <translation>기피신청 접수</translation>
    </message>
    <message>
        <source>(no meeting)</source>
        <translation>(회의 없음)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Challenged member</source>
        <translation>기피 대상 위원</translation>
    </message>
    <message>
        <source>Grounds given by the applicant</source>
        <translation>신청기관이 밝힌 기피 사유</translation>
    </message>
    <message>
        <source>Voting meeting</source>
        <translation>표결 회의</translation>
    </message>
</context>
<context>
    <name>ChallengesTab</name>
    <message>
        <source>Challenges</source>
        <translation>기피 신청</translation>
    </message>
    <message>
        <source>Record challenge…</source>
        <translation>기피신청 접수…</translation>
    </message>
    <message>
        <source>Vote to uphold</source>
        <translation>인용 표결</translation>
    </message>
    <message>
        <source>Vote to reject</source>
        <translation>기각 표결</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>표결 종료</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Challenged member</source>
        <translation>기피 대상 위원</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>기피 사유</translation>
    </message>
    <message>
        <source>To uphold</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>To reject</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Entitled to vote</source>
        <translation>의결권 위원</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>나의 표결</translation>
    </message>
    <message>
        <source>uphold</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>접수일시</translation>
    </message>
    <message>
        <source>Challenge recorded.</source>
        <translation>기피신청을 접수했습니다.</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>표결을 기록했습니다.</translation>
    </message>
    <message>
        <source>The challenge of {member} is {outcome}.</source>
        <translation>{member} 위원에 대한 기피신청이 {outcome}되었습니다.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>Password of {name} ({username}).</source>
        <translation>{name}({username})의 비밀번호</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Conform</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>Checklist items</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>C conform, N nonconform, A not applicable, 0 to 9 a score, Enter the note</source>
        <translation>C 적합, N 부적합, A 해당 없음, 0–9 점수, Enter 의견 입력</translation>
    </message>
    <message>
        <source>Keys: ↑↓/Tab move · C conform · N nonconform · A not applicable · 0–9 score · Del clear · Enter note · T text · E evidence · F finding · M major/minor · Ctrl+Enter complete</source>
        <translation>키: ↑↓/Tab 이동 · C 적합 · N 부적합 · A 해당 없음 · 0–9 점수 · Del 지우기 · Enter 의견 · T 서술 · E 증빙 · F 지적사항 · M 중대/경미 · Ctrl+Enter 완료</translation>
    </message>
    <message>
        <source>Answered {answered} / {total}</source>
        <translation>작성 {answered} / {total}</translation>
    </message>
    <message>
        <source>Score {points} / {maximum}</source>
        <translation>점수 {points} / {maximum}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to finish</source>
        <translation>
            <numerusform>보완할 항목 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to complete</source>
        <translation>작성 완료 가능</translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet; it is saved when you leave the field.</source>
        <translation>저장하지 못한 채 이 컴퓨터에 {time}에 입력해 둔 내용을 되살렸습니다. 입력란을 벗어나면 저장됩니다.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>서술 내용</translation>
    </message>
    <message>
        <source>This checklist is read-only.</source>
        <translation>이 점검표는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Nonconform: write what was found (Enter; the note is required).</source>
        <translation>부적합: 확인한 내용을 의견에 적으십시오(Enter, 필수).</translation>
    </message>
    <message>
        <source>Nonconform: attach evidence (E).</source>
        <translation>부적합: 증빙을 첨부하십시오(E).</translation>
    </message>
    <message>
        <source>Item {item} is answered with C, N or A.</source>
        <translation>{item} 항목은 C, N 또는 A로 답합니다.</translation>
    </message>
    <message>
        <source>Item {item} takes a score (0–{max}) or A.</source>
        <translation>{item} 항목은 점수(0–{max}) 또는 A로 답합니다.</translation>
    </message>
    <message>
        <source>Item {item} takes a text (T) or A.</source>
        <translation>{item} 항목은 서술(T) 또는 A로 답합니다.</translation>
    </message>
    <message>
        <source>Add evidence to item {item}</source>
        <translation>{item} 항목에 증빙 첨부</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.hwp *.hwpx *.docx *.xlsx *.txt)</source>
        <translation>사진 및 문서 (*.jpg *.jpeg *.png *.pdf *.hwp *.hwpx *.docx *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Files / reason</source>
        <translation>파일 / 사유</translation>
    </message>
    <message>
        <source>Checklist of required documents</source>
        <translation>제출서류 점검표</translation>
    </message>
    <message>
        <source>Documents of Decree Art. 12 ①. Without consent to the administrative check the registry extract or registration certificate is required too. Add files in the Attachments tab.</source>
        <translation>시행령 제12조제1항의 제출서류입니다. 행정정보 공동이용에 동의하지 않으면 법인 등기사항증명서 또는 사업자등록증도 제출해야 합니다. 파일은 첨부서류 탭에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Still missing or rejected: {items}.</source>
        <translation>미제출 또는 반려: {items}.</translation>
    </message>
    <message>
        <source>Every required document is present.</source>
        <translation>필수 서류가 모두 제출되었습니다.</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>The checklist {version} has no item {item}.</source>
        <translation>점검표 {version}에 {item} 항목이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be non-empty text</source>
        <translation>&apos;{field}&apos;에 내용을 입력해야 합니다</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be an object with &apos;ko&apos; and &apos;en&apos;</source>
        <translation>&apos;{field}&apos;는 &apos;ko&apos;와 &apos;en&apos;을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>알 수 없는 항목 &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a number of at least 0 (got {value})</source>
        <translation>&apos;{field}&apos;는 0 이상의 숫자여야 합니다(입력값 {value})</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be true or false</source>
        <translation>&apos;{field}&apos;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation>항목은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>&apos;response&apos; must be one of {choices} (got {value})</source>
        <translation>&apos;response&apos;는 {choices} 중 하나여야 합니다(입력값 {value})</translation>
    </message>
    <message>
        <source>&apos;max&apos; of a score item must be a whole number from 1 to {limit}</source>
        <translation>점수 항목의 &apos;max&apos;는 1부터 {limit}까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>&apos;nonconform_below&apos; cannot exceed &apos;max&apos;</source>
        <translation>&apos;nonconform_below&apos;는 &apos;max&apos;보다 클 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is only for score items</source>
        <translation>&apos;{field}&apos;는 점수 항목에만 씁니다</translation>
    </message>
    <message>
        <source>a text item is not scored: its &apos;weight&apos; must be 0</source>
        <translation>서술 항목은 채점하지 않으므로 &apos;weight&apos;가 0이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;basis&apos; must be text or an object with &apos;ko&apos; and &apos;en&apos;</source>
        <translation>&apos;basis&apos;는 텍스트이거나 &apos;ko&apos;와 &apos;en&apos;을 가진 객체여야 합니다</translation>
    </message>
    <message>
        <source>{source}, item {n} ({id})</source>
        <translation>{source}, {n}번째 항목({id})</translation>
    </message>
    <message>
        <source>{where}: the template must be one JSON object.</source>
        <translation>{where}: 점검표 파일은 하나의 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>format {value} is not supported (this version reads format {format})</source>
        <translation>형식 {value}은(는) 지원하지 않습니다(이 버전은 형식 {format}을 읽습니다)</translation>
    </message>
    <message>
        <source>&apos;version&apos; must look like 2026.1</source>
        <translation>&apos;version&apos;은 2026.1과 같은 형태여야 합니다</translation>
    </message>
    <message>
        <source>&apos;items&apos; must be a non-empty list</source>
        <translation>&apos;items&apos;는 비어 있지 않은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a short code such as S1 (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&apos;id&apos;는 S1과 같은 짧은 부호여야 합니다(영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>id {id}가 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>{where}: at least one item must carry a weight above 0.</source>
        <translation>{where}: 가중치가 0보다 큰 항목이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>{where}: the file cannot be read ({error}).</source>
        <translation>{where}: 파일을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>{where}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{where}: 올바른 JSON이 아닙니다({line}행 {column}열: {error}).</translation>
    </message>
    <message>
        <source>{where}: declares version {version}; the file name must be {version}.json.</source>
        <translation>{where}: 버전이 {version}으로 적혀 있으므로 파일 이름은 {version}.json이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>This is not a verification payload of this program (it does not begin with {prefix}).</source>
        <translation>이 프로그램의 검증 정보가 아닙니다({prefix}(으)로 시작하지 않습니다).</translation>
    </message>
    <message>
        <source>The payload is damaged and cannot be read: a character may have been mistyped or misread.</source>
        <translation>검증 정보가 손상되어 읽을 수 없습니다. 글자가 잘못 입력되었거나 잘못 읽혔을 수 있습니다.</translation>
    </message>
    <message>
        <source>The payload was signed with a key that is not trusted here (key {key}): install the authority&apos;s certificate (trust export) or give it with --trust.</source>
        <translation>검증 정보가 이곳에서 신뢰하지 않는 키(키 {key})로 서명되었습니다. 발급기관의 인증서(trust export)를 설치하거나 --trust로 지정하십시오.</translation>
    </message>
    <message>
        <source>The payload is signed by {name}, but that certificate was not valid on the issue date {day}.</source>
        <translation>검증 정보는 {name}이(가) 서명했으나, 그 인증서는 발급일 {day}에 유효하지 않았습니다.</translation>
    </message>
    <message>
        <source>The payload&apos;s signature is not valid: its content was changed, or it was not signed by {name}.</source>
        <translation>검증 정보의 서명이 유효하지 않습니다. 내용이 바뀌었거나 {name}이(가) 서명한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The document&apos;s sealed facts are damaged and cannot be read.</source>
        <translation>문서에 봉인된 정보가 손상되어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The document&apos;s sealed facts do not match their seal: they were changed after signing.</source>
        <translation>문서에 봉인된 정보가 봉인과 일치하지 않습니다. 서명 후에 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>You are excluded from this applicant because of a conflict of interest; its file is not available to you.</source>
        <translation>이해충돌로 이 신청기관의 심의에서 제외되어 해당 자료를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Only committee members score and declare conflicts.</source>
        <translation>심의위원만 평가하고 이해충돌을 신고할 수 있습니다.</translation>
    </message>
    <message>
        <source>You do not sit on the committee of round {code}.</source>
        <translation>{code} 공고의 지정심의위원회 위원이 아닙니다.</translation>
    </message>
    <message>
        <source>You are excluded from {number} because of a conflict of interest: you cannot score it or see the other members&apos; scores.</source>
        <translation>이해충돌로 {number}의 심사에서 제외되었습니다. 평가하거나 다른 위원의 점수를 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부</translation>
    </message>
    <message>
        <source>External</source>
        <translation>외부</translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation>이해충돌 없음</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>제척</translation>
    </message>
    <message>
        <source>Recusal</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Challenge upheld</source>
        <translation>기피 인용</translation>
    </message>
    <message>
        <source>Member or spouse is a party</source>
        <translation>위원 또는 배우자가 당사자</translation>
    </message>
    <message>
        <source>Relative of the representative</source>
        <translation>대표자의 친족</translation>
    </message>
    <message>
        <source>Directly involved in the matter</source>
        <translation>해당 안건에 직접 관여</translation>
    </message>
    <message>
        <source>Agent, witness or appraiser</source>
        <translation>대리인, 증인 또는 감정인</translation>
    </message>
    <message>
        <source>Direct interest</source>
        <translation>직접적 이해관계</translation>
    </message>
    <message>
        <source>Works or worked for the applicant</source>
        <translation>신청기관에 재직 중이거나 재직했음</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>The challenge no longer exists.</source>
        <translation>기피신청이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>State the applicant&apos;s grounds for the challenge.</source>
        <translation>신청기관이 밝힌 기피 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The challenged person does not sit on this committee.</source>
        <translation>기피 대상자는 이 위원회의 위원이 아닙니다.</translation>
    </message>
    <message>
        <source>This member is already excluded from the applicant.</source>
        <translation>이 위원은 이미 해당 신청기관의 심사에서 제외되었습니다.</translation>
    </message>
    <message>
        <source>A challenge of this member by this applicant is already pending.</source>
        <translation>이 신청기관의 같은 위원에 대한 기피신청이 이미 표결 중입니다.</translation>
    </message>
    <message>
        <source>The vote on this challenge is closed.</source>
        <translation>이 기피신청의 표결은 종료되었습니다.</translation>
    </message>
    <message>
        <source>The challenged member does not vote on their own challenge.</source>
        <translation>기피 대상 위원은 자신에 대한 표결에 참여하지 않습니다.</translation>
    </message>
    <message>
        <source>You are excluded from this applicant and do not vote.</source>
        <translation>해당 신청기관의 심사에서 제외되어 표결에 참여할 수 없습니다.</translation>
    </message>
    <message>
        <source>No member has voted on this challenge yet.</source>
        <translation>아직 표결한 위원이 없습니다.</translation>
    </message>
    <message>
        <source>Vote pending</source>
        <translation>표결 진행 중</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>기각</translation>
    </message>
    <message>
        <source>Service to {organisation}</source>
        <translation>{organisation}에 용역·자문 수행</translation>
    </message>
    <message>
        <source>Employment at {organisation}</source>
        <translation>{organisation} 재직</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(현재)</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>({date}까지)</translation>
    </message>
    <message>
        <source>A challenge is decided by the committee&apos;s vote, not declared.</source>
        <translation>기피는 신고가 아니라 위원회의 표결로 결정합니다.</translation>
    </message>
    <message>
        <source>Choose the ground of the exclusion.</source>
        <translation>제척 사유를 선택하십시오.</translation>
    </message>
    <message>
        <source>Describe the circumstances of the exclusion.</source>
        <translation>제척 사유의 구체적 내용을 적으십시오.</translation>
    </message>
    <message>
        <source>State the reason for withdrawing.</source>
        <translation>회피 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>The app found a possible conflict ({suggestion}). Confirm it, or explain why there is no conflict.</source>
        <translation>이해충돌 가능성이 확인되었습니다({suggestion}). 제척을 신고하거나 이해충돌이 없는 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>Your declaration for {number} excludes you; only the chair can reopen it.</source>
        <translation>{number}에 대한 신고로 심사에서 제외되었습니다. 위원장만 신고를 재개할 수 있습니다.</translation>
    </message>
    <message>
        <source>No conflict of interest.</source>
        <translation>이해충돌 없음.</translation>
    </message>
    <message>
        <source>The declaration no longer exists.</source>
        <translation>신고가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Only an exclusion or a recusal is confirmed.</source>
        <translation>제척 또는 회피 신고만 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>State why the declaration is reopened.</source>
        <translation>신고를 재개하는 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>회의가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no meeting {number}.</source>
        <translation>{number} 회의가 없습니다.</translation>
    </message>
    <message>
        <source>Put at least one applicant on the agenda.</source>
        <translation>안건에 신청기관을 하나 이상 올리십시오.</translation>
    </message>
    <message>
        <source>Only applications of round {code} can be on the agenda.</source>
        <translation>{code} 공고의 신청만 안건으로 올릴 수 있습니다.</translation>
    </message>
    <message>
        <source>{number} is not in committee review.</source>
        <translation>{number}은(는) 위원회 심의 단계가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the place of the meeting.</source>
        <translation>회의 장소를 입력하십시오.</translation>
    </message>
    <message>
        <source>A meeting numbered {number} exists.</source>
        <translation>{number} 회의가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Meeting {number} is closed; its record can no longer change.</source>
        <translation>{number} 회의는 종료되어 기록을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Only members seated on the round&apos;s committee can attend.</source>
        <translation>해당 공고의 위원회 위원만 출석할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a planned meeting can be opened.</source>
        <translation>예정된 회의만 개회할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only an open meeting can be closed.</source>
        <translation>진행 중인 회의만 종료할 수 있습니다.</translation>
    </message>
    <message>
        <source>No quorum: {present} of {seats} members are present, {required} are needed. Record the attendance first.</source>
        <translation>의사정족수 미달: 재적 {seats}명 중 {present}명 출석, {required}명이 필요합니다. 먼저 출석을 기록하십시오.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>회의 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Only members present at meeting {number} can vote.</source>
        <translation>{number} 회의에 출석한 위원만 표결할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>위원 성명을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s affiliation.</source>
        <translation>위원 소속을 입력하십시오.</translation>
    </message>
    <message>
        <source>The term ends before it starts.</source>
        <translation>임기 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The member {name}</source>
        <translation>위원 {name}</translation>
    </message>
    <message>
        <source>The committee member no longer exists.</source>
        <translation>위원이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the organisation.</source>
        <translation>기관명을 입력하십시오.</translation>
    </message>
    <message>
        <source>The relation is employment or service.</source>
        <translation>관계는 재직 또는 용역입니다.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Choose the members of the committee, each once.</source>
        <translation>위원회 위원을 한 번씩 선택하십시오.</translation>
    </message>
    <message>
        <source>The chair must be one of the members.</source>
        <translation>위원장은 위원 중 한 명이어야 합니다.</translation>
    </message>
    <message>
        <source>Scoring has started in round {code}; its committee can no longer change.</source>
        <translation>{code} 공고의 평가가 시작되어 위원회 구성을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Committee</source>
        <translation>지정심의위원회</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>공고:</translation>
    </message>
    <message>
        <source>Criteria {version}; {method}; pass mark {mark} (frozen when the round opened)</source>
        <translation>심사기준 {version}, {method}, 기준점수 {mark}점 (공고 개시 시 확정)</translation>
    </message>
    <message>
        <source>Members ({n})</source>
        <translation>위원 ({n})</translation>
    </message>
    <message>
        <source>Meetings ({n})</source>
        <translation>회의 ({n})</translation>
    </message>
    <message>
        <source>Conflicts of interest ({n})</source>
        <translation>이해충돌 ({n})</translation>
    </message>
    <message>
        <source>Challenges ({n})</source>
        <translation>기피신청 ({n})</translation>
    </message>
    <message>
        <source>Inspections ({n})</source>
        <translation>현장실사 ({n})</translation>
    </message>
    <message>
        <source>Scoring ({n})</source>
        <translation>평가 ({n})</translation>
    </message>
    <message>
        <source>Results ({n})</source>
        <translation>결과 ({n})</translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <source>Conclude and issue the result letter</source>
        <translation>결론을 내리고 결과 통지서 발급</translation>
    </message>
    <message>
        <source>Complete the findings first.</source>
        <translation>검토 결과를 먼저 모두 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>The facts in your own words, e.g. when and what you did for the applicant</source>
        <translation>사실관계를 직접 적으십시오(예: 언제 신청기관을 위해 무엇을 했는지)</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>신청기관:</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>실사위원:</translation>
    </message>
    <message>
        <source>Ground:</source>
        <translation>사유:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>진술:</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Declarations of interest</source>
        <translation>이해충돌 신고 현황</translation>
    </message>
    <message>
        <source>Declare…</source>
        <translation>신고…</translation>
    </message>
    <message>
        <source>Recuse…</source>
        <translation>회피…</translation>
    </message>
    <message>
        <source>Withdraw from this applicant (회피) with a reason, in one step.</source>
        <translation>사유를 적고 이 신청기관의 심사를 회피합니다.</translation>
    </message>
    <message>
        <source>Your declarations</source>
        <translation>나의 이해충돌 신고</translation>
    </message>
    <message>
        <source>Declare, for each applicant, no conflict or the ground before scoring it.</source>
        <translation>평가 전에 신청기관마다 이해충돌 여부와 사유를 신고하십시오.</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Exclusions, recusals and upheld challenges</source>
        <translation>제척·회피 및 인용된 기피</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Your declaration</source>
        <translation>나의 신고</translation>
    </message>
    <message>
        <source>Not declared</source>
        <translation>미신고</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Suggested by the app</source>
        <translation>이해충돌 가능성(자동 확인)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>신고일시</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>확인자</translation>
    </message>
    <message>
        <source>Select an applicant first.</source>
        <translation>먼저 신청기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Declaration for {number} saved.</source>
        <translation>{number}에 대한 신고를 저장했습니다.</translation>
    </message>
    <message>
        <source>Recuse</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Why do you withdraw from {number} {name}?</source>
        <translation>{number} {name}의 심사를 회피하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>You withdrew from {number}.</source>
        <translation>{number}의 심사를 회피했습니다.</translation>
    </message>
    <message>
        <source>Select a declaration first.</source>
        <translation>먼저 신고를 선택하십시오.</translation>
    </message>
    <message>
        <source>Declaration confirmed.</source>
        <translation>신고를 확인했습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnect now</source>
        <translation>지금 다시 연결</translation>
    </message>
    <message numerus="yes">
        <source>Connection to the server lost. Reconnecting in %n s.</source>
        <translation>
            <numerusform>서버와 연결이 끊겼습니다. %n초 후 다시 연결합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost. Reconnecting…</source>
        <translation>서버와 연결이 끊겼습니다. 다시 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>데이터베이스 연결</translation>
    </message>
    <message>
        <source>This computer&apos;s own database file (one desktop)</source>
        <translation>이 컴퓨터의 데이터베이스 파일(데스크톱 1대)</translation>
    </message>
    <message>
        <source>A server shared by several desktops (PostgreSQL)</source>
        <translation>여러 데스크톱이 함께 쓰는 서버(PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. dbhost.ministry.go.kr</source>
        <translation>예: dbhost.ministry.go.kr</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-full)</source>
        <translation>암호화, 서버 인증서 확인(verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (require)</source>
        <translation>암호화, 인증서 확인 안 함(require)</translation>
    </message>
    <message>
        <source>Not encrypted (a server on this computer only)</source>
        <translation>암호화 안 함(이 컴퓨터의 서버에만)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>보안:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 파일:</translation>
    </message>
    <message>
        <source>The CA file that signed the server&apos;s certificate</source>
        <translation>서버 인증서에 서명한 CA 파일</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
</context>
<context>
    <name>CorrectionRequestDialog</name>
    <message>
        <source>Request a correction of {number}</source>
        <translation>{number} 정정요구</translation>
    </message>
    <message>
        <source>e.g. the registration number of the patent is wrong</source>
        <translation>예: 특허 등록번호 오기</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>평가보고서</translation>
    </message>
    <message>
        <source>Received by the institute on</source>
        <translation>평가기관 수령일</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>답변기한</translation>
    </message>
    <message>
        <source>What is to be corrected</source>
        <translation>정정할 사항</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>정정요구</translation>
    </message>
    <message>
        <source>{day} (20 days from the day after receipt; a Saturday or holiday moves it to the next working day)</source>
        <translation>{day} (수령 다음 날부터 20일, 말일이 토요일·공휴일이면 그다음 날)</translation>
    </message>
</context>
<context>
    <name>CorrectionsPanel</name>
    <message>
        <source>All requests</source>
        <translation>모든 정정요구</translation>
    </message>
    <message>
        <source>Of the selected report</source>
        <translation>선택한 보고서의 정정요구</translation>
    </message>
    <message>
        <source>Of the selected report&apos;s institute</source>
        <translation>선택한 보고서 기관의 정정요구</translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>Record the answer…</source>
        <translation>답변 기록…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>보고서 번호</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수령일</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>답변기한</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (기한 경과)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>정정 사유</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue · {answered} answered</source>
        <translation>진행 중 {open} · 기한 경과 {overdue} · 답변 완료 {answered}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details were written to {file}.</source>
        <translation>예기치 않은 문제가 발생했습니다. 자세한 내용을 {file}에 기록했습니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details could not be written to a log file; they are shown below.</source>
        <translation>예기치 않은 문제가 발생했습니다. 자세한 내용을 로그 파일에 기록하지 못해 아래에 표시합니다.</translation>
    </message>
    <message>
        <source>The application keeps running. If this happens again, please send the log file to whoever looks after the application.</source>
        <translation>프로그램은 계속 실행됩니다. 같은 문제가 다시 생기면 프로그램 관리자에게 로그 파일을 보내 주십시오.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>로그 파일:</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>오류 상세 내용</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Unexpected errors since this one: {count} (the log file has them too).</source>
        <translation>이후 발생한 예기치 않은 오류: {count}건 (로그 파일에도 기록됨).</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>자세한 내용 숨기기</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>자세한 내용 보기</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is a directory, not a database file; choose a database file with --database.</source>
        <translation>{path}은(는) 데이터베이스 파일이 아니라 폴더입니다. --database로 데이터베이스 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>The file {path} is empty (0 bytes), so it is not a database and was left untouched; delete it to have a new database created there, build the demo on it with `demo`, or choose another file with --database.</source>
        <translation>{path} 파일은 비어 있어(0바이트) 데이터베이스가 아니므로 그대로 두었습니다. 이 파일을 지우면 그 자리에 새 데이터베이스가 만들어지며, `demo`로 그 자리에 데모를 만들거나 --database로 다른 파일을 지정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>The folder {folder} for the database cannot be created: {reason}; choose another file with --database.</source>
        <translation>데이터베이스 폴더 {folder}을(를) 만들 수 없습니다: {reason}. --database로 다른 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program. Close the other copy of the application (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>데이터베이스 {where}을(를) 다른 프로그램이 잠그고 있습니다. 다른 창에서 실행 중인 프로그램을 닫거나 작업이 끝날 때까지 기다린 뒤 다시 시도하십시오. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full; nothing was changed: free some space and try again.</source>
        <translation>데이터베이스 {where}이(가) 있는 디스크가 가득 찼습니다. 아무것도 바뀌지 않았으니 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The file {where} is not a readable database (it is damaged or is another kind of file). It was left untouched: restore it from a backup or choose another file with --database.</source>
        <translation>파일 {where}은(는) 읽을 수 있는 데이터베이스가 아닙니다(손상되었거나 다른 종류의 파일입니다). 파일은 그대로 두었습니다. 백업에서 복원하거나 --database 옵션으로 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened for writing (missing folder or no permission). Check the path and its permissions, or choose another file with --database.</source>
        <translation>데이터베이스 {where}을(를) 쓰기용으로 열 수 없습니다(폴더가 없거나 권한이 없습니다). 경로와 권한을 확인하거나 --database 옵션으로 다른 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The database {where} cannot be used: {error}</source>
        <translation>데이터베이스 {where}을(를) 사용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The server refused this for your role ({reason}); nothing was changed. If your role should be allowed this, ask the administrator to run designation-review server upgrade.</source>
        <translation>서버가 사용자의 역할로는 이 작업을 허용하지 않았습니다({reason}). 아무것도 변경되지 않았습니다. 이 역할에 허용되어야 하는 작업이라면 관리자에게 designation-review server upgrade 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>The database {where} is in use by another program (the application or a command); close it and try again; nothing was deleted.</source>
        <translation>데이터베이스 {where}을(를) 다른 프로그램(이 응용 프로그램이나 명령)이 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하십시오. 아무것도 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server {where} cannot be reached, so nothing was saved; what you typed is kept, and you can save it again once the connection is back.</source>
        <translation>서버 {where}에 연결할 수 없어 아무것도 저장하지 않았습니다. 입력한 내용은 그대로 남아 있으니 연결이 돌아오면 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of this application (schema {schema}). It was left untouched: install the newer version to open it.</source>
        <translation>데이터베이스 {where}은(는) 이 프로그램의 새 버전에서 작성되었습니다(스키마 {schema}). 파일은 그대로 두었습니다. 새 버전을 설치한 뒤 여십시오.</translation>
    </message>
</context>
<context>
    <name>DecisionDetail</name>
    <message>
        <source>(no number until issued)</source>
        <translation>(시행 전에는 번호 없음)</translation>
    </message>
    <message>
        <source>Corrects {number}.</source>
        <translation>{number}을(를) 정정합니다.</translation>
    </message>
    <message>
        <source>Superseded by the correction {number}.</source>
        <translation>정정 결정 {number}(으)로 대체되었습니다.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>결정 사유</translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation>결정 사유(영문)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>지정 조건</translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation>지정 조건(영문)</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>정정 사유</translation>
    </message>
    <message>
        <source>Reason for the correction (English)</source>
        <translation>정정 사유(영문)</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>기안자</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>발급 문서</translation>
    </message>
</context>
<context>
    <name>DecisionDocuments</name>
    <message>
        <source>Draft decision on {application} – {name}</source>
        <translation>{application} 결정안 – {name}</translation>
    </message>
    <message>
        <source>Draft: not issued, no number, no verification code. Printing starts once it is issued.</source>
        <translation>결정안: 시행 전이므로 번호와 문서확인번호가 없습니다. 인쇄는 시행 후에 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} 인쇄</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Round {code} has no issued document yet.</source>
        <translation>{code} 공고에는 아직 발급된 문서가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{title} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>{title}을(를) 프린터로 보냈습니다(%n쪽).</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} {number} – {name}</source>
        <translation>{kind} {number} – {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) done: {target}.</source>
        <translation>
            <numerusform>문서 %n건 완료: {target}</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped; the documents issued so far stay on record.</source>
        <translation>중단했습니다. 지금까지 발급된 문서는 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Print every document of round {code}</source>
        <translation>{code} 공고의 모든 문서 인쇄</translation>
    </message>
    <message>
        <source>Printing the documents of round {code}</source>
        <translation>{code} 공고의 문서를 인쇄하는 중</translation>
    </message>
    <message>
        <source>Save every document of round {code}</source>
        <translation>{code} 공고의 모든 문서 저장</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 압축 파일 (*.zip)</translation>
    </message>
    <message>
        <source>Saving the documents of round {code}</source>
        <translation>{code} 공고의 문서를 저장하는 중</translation>
    </message>
</context>
<context>
    <name>DecisionDraftDialog</name>
    <message>
        <source>Draft a decision</source>
        <translation>결정 기안</translation>
    </message>
    <message>
        <source>Edit draft decision</source>
        <translation>결정안 수정</translation>
    </message>
    <message>
        <source>Correct decision {number}</source>
        <translation>결정 {number} 정정</translation>
    </message>
    <message>
        <source>Fill in from the committee results</source>
        <translation>심의 결과로 채우기</translation>
    </message>
    <message>
        <source>Reasons (Korean)</source>
        <translation>이유 (한국어)</translation>
    </message>
    <message>
        <source>Reasons (English)</source>
        <translation>이유 (영어)</translation>
    </message>
    <message>
        <source>Conditions (Korean)</source>
        <translation>조건 (한국어)</translation>
    </message>
    <message>
        <source>Conditions (English)</source>
        <translation>조건 (영어)</translation>
    </message>
    <message>
        <source>Why the decision is corrected (Korean)</source>
        <translation>결정 정정 사유 (한국어)</translation>
    </message>
    <message>
        <source>Why the decision is corrected (English)</source>
        <translation>결정 정정 사유 (영어)</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>신청:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결정:</translation>
    </message>
    <message>
        <source>Text of the decision (printed on the notice)</source>
        <translation>결정문 (통지서에 인쇄됨)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국문</translation>
    </message>
    <message>
        <source>English (printed on English notices; empty: the Korean text)</source>
        <translation>영문 (영문 통지서에 인쇄, 비워 두면 국문 인쇄)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>결정 사유</translation>
    </message>
    <message>
        <source>Conditions (optional)</source>
        <translation>지정 조건 (선택)</translation>
    </message>
    <message>
        <source>Why is the decision corrected? Korean | English (printed on the new notice)</source>
        <translation>정정 사유: 국문 | 영문 (새 통지서에 인쇄됨)</translation>
    </message>
    <message>
        <source>aggregate {aggregate} (pass mark {mark})</source>
        <translation>종합점수 {aggregate}점 (기준점수 {mark}점)</translation>
    </message>
    <message>
        <source>no committee result yet</source>
        <translation>종합점수 미확정</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Committee results: {score}; screening {screening}; inspection {inspection}. The text below is a proposal: edit it as needed.</source>
        <translation>심의 결과: {score}, 서류심사 {screening}, 현장실사 {inspection}. 아래 문안은 제안이므로 필요에 따라 수정하십시오.</translation>
    </message>
    <message>
        <source>Choose the application to decide.</source>
        <translation>결정할 신청을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>&apos;{text}&apos; is not a decision number; write it like 제2026-0001호 or 2026-0001.</source>
        <translation>&apos;{text}&apos;은(는) 결정 번호가 아닙니다. 제2026-0001호 또는 2026-0001처럼 입력하십시오.</translation>
    </message>
    <message>
        <source>A decision is drafted after the committee review.</source>
        <translation>결정은 지정심의위원회 심의 후에 기안합니다.</translation>
    </message>
    <message>
        <source>State the reasons for the decision.</source>
        <translation>결정 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>A draft decision for this application already exists; edit that draft.</source>
        <translation>이 신청에 대한 결정안이 이미 있습니다. 그 결정안을 수정하십시오.</translation>
    </message>
    <message>
        <source>A correction must concern the same application.</source>
        <translation>정정 결정은 같은 신청에 대한 것이어야 합니다.</translation>
    </message>
    <message>
        <source>Only the decision in force can be corrected.</source>
        <translation>효력이 있는 결정만 정정할 수 있습니다.</translation>
    </message>
    <message>
        <source>State why the decision is corrected.</source>
        <translation>정정 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>You drafted this decision; another person must review it.</source>
        <translation>이 결정을 기안하셨으므로 다른 사람이 검토해야 합니다.</translation>
    </message>
    <message>
        <source>You drafted this decision; another person must approve it.</source>
        <translation>이 결정을 기안하셨으므로 다른 사람이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>You inspected or scored this applicant, so you may not approve its decision.</source>
        <translation>이 신청기관을 실사했거나 평가했으므로 결정을 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The committee has not found this applicant passing (no current result, or a fail): it cannot be designated. Draft a decision not to designate, or wait for the committee&apos;s result.</source>
        <translation>지정심의위원회가 이 신청기관을 적합으로 판단하지 않았습니다(현재 심사결과가 없거나 부적합). 지정할 수 없습니다. 미지정 결정을 기안하거나 위원회 심사결과를 기다리십시오.</translation>
    </message>
    <message>
        <source>The decision this draft corrects was already superseded.</source>
        <translation>이 결정안이 정정하려는 결정은 이미 다른 결정으로 대체되었습니다.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>결정이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A certificate is printed only for an issued designation.</source>
        <translation>지정서는 시행된 지정 결정에 대해서만 출력합니다.</translation>
    </message>
    <message>
        <source>This decision was superseded; print the certificate of the correction instead.</source>
        <translation>이 결정은 대체되었습니다. 정정 결정의 지정서를 출력하십시오.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>해당 공고가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>A notice cannot take effect before it is published.</source>
        <translation>고시는 고시일 이전에 시행될 수 없습니다.</translation>
    </message>
    <message>
        <source>No decision of round {code} designates an institute yet.</source>
        <translation>{code} 공고에는 아직 평가기관을 지정한 결정이 없습니다.</translation>
    </message>
    <message>
        <source>The public notice no longer exists.</source>
        <translation>해당 고시가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>There is no public notice {number}.</source>
        <translation>고시 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>An issued decision cannot be changed; issue a correction.</source>
        <translation>시행된 결정은 변경할 수 없습니다. 정정 결정을 시행하십시오.</translation>
    </message>
    <message>
        <source>There is no issued decision {number}.</source>
        <translation>시행된 결정 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Only an issued decision can be printed.</source>
        <translation>시행된 결정만 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Draft from results…</source>
        <translation>심의 결과로 기안…</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>결정안 수정…</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>결정안 삭제</translation>
    </message>
    <message>
        <source>Approve and issue…</source>
        <translation>결재 및 시행…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>정정…</translation>
    </message>
    <message>
        <source>Verify a file…</source>
        <translation>문서 진위 확인…</translation>
    </message>
    <message>
        <source>Publish public notice…</source>
        <translation>고시…</translation>
    </message>
    <message>
        <source>Print all…</source>
        <translation>모두 인쇄…</translation>
    </message>
    <message>
        <source>Save all (ZIP)…</source>
        <translation>모두 저장(ZIP)…</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>문서:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Documents of a round</source>
        <translation>공고별 문서</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>지정 결정</translation>
    </message>
    <message>
        <source>The decision&apos;s details</source>
        <translation>결정 상세</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(결정안)</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결정 결과</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>기안자</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>시행일시</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>superseded by {number}</source>
        <translation>{number}(으)로 대체됨</translation>
    </message>
    <message>
        <source>corrects {number}</source>
        <translation>{number} 정정</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>전체 공고</translation>
    </message>
    <message>
        <source>Choose a round to publish its notice or print all its documents.</source>
        <translation>공고를 선택하면 고시하거나 모든 문서를 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Issued: {issued} ({designated} designated); drafts: {drafts}; awaiting a draft: {undecided}; public notice: {notices}</source>
        <translation>시행 {issued}건(지정 {designated}건), 결정안 {drafts}건, 기안 대기 {undecided}건; 고시: {notices}</translation>
    </message>
    <message numerus="yes">
        <source>Publish the public notice of round {code} listing the %n institute(s) designated and in force? It takes effect 5 days after publication.</source>
        <translation>
            <numerusform>{code} 공고에서 지정되어 효력이 있는 평가기관 %n곳을 고시하시겠습니까? 고시한 날부터 5일이 지난 날부터 시행됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application in committee review is waiting for a decision.</source>
        <translation>결정을 기다리는 심의 단계의 신청이 없습니다.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>결정안을 저장했습니다.</translation>
    </message>
    <message>
        <source>Correction drafted; it supersedes {number} when issued.</source>
        <translation>정정 결정안을 기안했습니다. 시행하면 {number}을(를) 대체합니다.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>검토를 기록했습니다.</translation>
    </message>
    <message>
        <source>Discard the draft decision on {application}?</source>
        <translation>{application}에 대한 결정안을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>결정안을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Issue the decision on {application} ({institution}): {outcome}?

It takes the next decision number and cannot be changed afterwards; a mistake needs a correcting decision.</source>
        <translation>{application}({institution})에 대한 결정을 시행하시겠습니까? 결정: {outcome}

다음 결정번호가 부여되며 이후에는 변경할 수 없습니다. 잘못이 있으면 정정 결정을 해야 합니다.</translation>
    </message>
    <message>
        <source>Approve and issue</source>
        <translation>결재 및 시행</translation>
    </message>
    <message>
        <source>Decision {result} issued.</source>
        <translation>결정 {result}을(를) 시행했습니다.</translation>
    </message>
    <message>
        <source>Publish public notice</source>
        <translation>고시</translation>
    </message>
    <message>
        <source>Public notice {number} published.</source>
        <translation>고시 {number}을(를) 발령했습니다.</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <source>Declare conflicts of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>{number} {name}</source>
        <translation>{number} {name}</translation>
    </message>
    <message>
        <source>The app found a possible conflict: {suggestion}. Confirm it, or explain below why there is none.</source>
        <translation>이해충돌 가능성이 확인되었습니다: {suggestion}. 제척을 신고하거나 이해충돌이 없는 이유를 아래에 적으십시오.</translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation>이해충돌 없음</translation>
    </message>
    <message>
        <source>Exclusion (제척): a ground applies</source>
        <translation>제척: 제척 사유에 해당함</translation>
    </message>
    <message>
        <source>Recusal (회피): I withdraw</source>
        <translation>회피: 스스로 심사에서 빠짐</translation>
    </message>
    <message>
        <source>Your statement: the circumstances, or why there is no conflict.</source>
        <translation>진술: 구체적 사정 또는 이해충돌이 없는 이유</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
</context>
<context>
    <name>DeclaredDaysEditor</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Counts because</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>declared here</source>
        <translation>여기서 지정함</translation>
    </message>
    <message>
        <source>public holiday by law</source>
        <translation>법정 공휴일</translation>
    </message>
    <message>
        <source>Declared days</source>
        <translation>지정한 날</translation>
    </message>
    <message>
        <source>Day to declare</source>
        <translation>지정할 날</translation>
    </message>
    <message>
        <source>Name of the declared day</source>
        <translation>지정한 날의 이름</translation>
    </message>
    <message>
        <source>Name, e.g. 임시공휴일 (국군의 날)</source>
        <translation>명칭, 예: 임시공휴일 (국군의 날)</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>날짜 추가</translation>
    </message>
    <message>
        <source>Remove declared day</source>
        <translation>지정한 날 삭제</translation>
    </message>
    <message>
        <source>Days that stop a deadline in</source>
        <translation>기한 계산에서 제외되는 날:</translation>
    </message>
    <message>
        <source>Name the declared day, e.g. 임시공휴일.</source>
        <translation>지정한 날의 명칭을 입력하십시오(예: 임시공휴일).</translation>
    </message>
    <message>
        <source>{date} is already declared ({name}).</source>
        <translation>{date}은(는) 이미 지정되어 있습니다({name}).</translation>
    </message>
</context>
<context>
    <name>DesignPanel</name>
    <message>
        <source>e.g. Sample survey of the reports filed in the third quarter</source>
        <translation>예: 3분기 등록 평가보고서 표본조사</translation>
    </message>
    <message>
        <source>Optional: the title of the English report (else the title above)</source>
        <translation>선택: 영문 결과보고서의 조사명 (없으면 위 조사명)</translation>
    </message>
    <message>
        <source>Filed from</source>
        <translation>제출일 시작</translation>
    </message>
    <message>
        <source>Filed until</source>
        <translation>제출일 끝</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>설계 저장</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>표본 설계</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>조사명</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>영문 조사명</translation>
    </message>
    <message>
        <source>Filed between</source>
        <translation>등록 기간</translation>
    </message>
    <message>
        <source>Strata</source>
        <translation>층화 기준</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>배분 방법</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>표본 크기</translation>
    </message>
    <message>
        <source>Minimum per stratum</source>
        <translation>층별 최소 표본</translation>
    </message>
    <message>
        <source>whole stratum: fewer reports than the minimum</source>
        <translation>층 전체: 최소 표본보다 보고서가 적음</translation>
    </message>
    <message>
        <source>whole stratum</source>
        <translation>층 전체</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Population N_h</source>
        <translation>모집단 N_h</translation>
    </message>
    <message>
        <source>Weight W_h</source>
        <translation>가중치 W_h</translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation>지연등록</translation>
    </message>
    <message>
        <source>Prior p_h</source>
        <translation>사전비율 p_h</translation>
    </message>
    <message>
        <source>Spread S_h</source>
        <translation>표준편차 S_h</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>배분 몫</translation>
    </message>
    <message>
        <source>Sample n_h</source>
        <translation>표본 n_h</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>{n} of {total} reports in {strata} strata; shown before anything is saved.</source>
        <translation>{strata}개 층의 보고서 {total}건 중 {n}건(저장 전 미리보기).</translation>
    </message>
    <message>
        <source>n_h = n·N_h·S_h / Σ N_k·S_k with S_h = √(p_h(1−p_h)) and p_h = (late filings + 1)/(N_h + 2), the stratum&apos;s smoothed late-filing rate; at least the minimum per stratum, never more than the stratum holds; rounded by largest remainders to sum to n.</source>
        <translation>n_h = n·N_h·S_h / Σ N_k·S_k, S_h = √(p_h(1−p_h)), p_h = (지연등록 건수 + 1)/(N_h + 2)(층의 보정 지연등록률). 층마다 최소 표본 이상, 층의 보고서 수 이하이며, 최대잔여법으로 반올림하여 합계가 n이 됩니다.</translation>
    </message>
    <message>
        <source>n_h = n·N_h / N; at least the minimum per stratum, never more than the stratum holds; rounded by largest remainders to sum to n.</source>
        <translation>n_h = n·N_h / N. 층마다 최소 표본 이상, 층의 보고서 수 이하이며, 최대잔여법으로 반올림하여 합계가 n이 됩니다.</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cannot do this</source>
        <translation>할 수 없는 작업</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Please enter a reason.</source>
        <translation>사유를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Draft the disposition of {number}</source>
        <translation>{number} 처분안 작성</translation>
    </message>
    <message>
        <source>{name}: {ground}. Intended in the prior notice: {intended}.</source>
        <translation>{name}: {ground}. 사전통지한 처분: {intended}.</translation>
    </message>
    <message numerus="yes">
        <source> of %n month(s)</source>
        <translation>
            <numerusform> %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Suspension: months</source>
        <translation>업무정지 기간: 개월</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Suspension: days</source>
        <translation>업무정지 기간: 일</translation>
    </message>
    <message>
        <source>Suspension for</source>
        <translation>효력정지 기간</translation>
    </message>
    <message>
        <source>The facts, the legal basis and why this disposition (Korean)</source>
        <translation>처분의 원인 사실, 법적 근거와 이 처분을 하는 이유(국문)</translation>
    </message>
    <message>
        <source>The reasons in English, for the English document (optional)</source>
        <translation>영문 처분서에 적을 영문 이유(선택)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>처분</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>효력 발생일</translation>
    </message>
    <message>
        <source>Reasons (행정절차법 Art. 23)</source>
        <translation>처분 이유(「행정절차법」 제23조)</translation>
    </message>
    <message>
        <source>Reasons in English</source>
        <translation>영문 처분 이유</translation>
    </message>
    <message>
        <source>Save draft for approval</source>
        <translation>결재 요청(처분안 저장)</translation>
    </message>
    <message>
        <source>The designation is revoked from {day} on; the registry shows it revoked.</source>
        <translation>{day}부터 지정이 취소되며, 지정기관 대장에 취소로 표시됩니다.</translation>
    </message>
    <message>
        <source>Suspended until {end} (both days included; {explained})</source>
        <translation>{end}까지 효력정지(첫날과 말일 포함; {explained})</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>No result selected.</source>
        <translation>선택된 결과가 없습니다.</translation>
    </message>
    <message>
        <source>● a member&apos;s score   ┃ aggregate   ┆ 40% floor (red)   ▬ wide spread (amber)</source>
        <translation>● 위원 점수   ┃ 종합점수   ┆ 배점 40% 기준(빨강)   ▬ 점수 편차 큼(주황)</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>{file} rejected: {reason}</source>
        <translation>{file} 반려: {reason}</translation>
    </message>
    <message>
        <source>Entered in the application form</source>
        <translation>신청서 입력 내용으로 제출</translation>
    </message>
    <message>
        <source>Required because the applicant did not consent to the administrative check</source>
        <translation>행정정보 공동이용에 동의하지 않아 제출해야 함</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>반려</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Unknown document kind: {kind}.</source>
        <translation>알 수 없는 문서 종류입니다: {kind}.</translation>
    </message>
    <message>
        <source>Decision notice</source>
        <translation>지정 결과 통지서</translation>
    </message>
    <message>
        <source>Designation certificate</source>
        <translation>지정서</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>고시</translation>
    </message>
    <message>
        <source>Supplement request</source>
        <translation>보완 요청서</translation>
    </message>
    <message>
        <source>Notice of the on-site inspection</source>
        <translation>현장실사 통지서</translation>
    </message>
    <message>
        <source>On-site inspection report</source>
        <translation>현장실사 결과 보고서</translation>
    </message>
    <message>
        <source>Minutes of the committee</source>
        <translation>지정심의위원회 회의록</translation>
    </message>
    <message>
        <source>Prior notice of a sanction</source>
        <translation>처분 사전통지서</translation>
    </message>
    <message>
        <source>Notice of a hearing</source>
        <translation>청문 통지서</translation>
    </message>
    <message>
        <source>Hearing record</source>
        <translation>청문조서</translation>
    </message>
    <message>
        <source>Sanction disposition</source>
        <translation>처분서</translation>
    </message>
    <message>
        <source>Sample survey report</source>
        <translation>표본조사 결과보고</translation>
    </message>
    <message>
        <source>Notice of a validity check</source>
        <translation>타당성조사 실시 통지</translation>
    </message>
    <message>
        <source>Result of a validity check</source>
        <translation>타당성조사 결과 통지</translation>
    </message>
    <message>
        <source>Published list of designated institutes</source>
        <translation>평가기관 지정 현황 공표</translation>
    </message>
    <message>
        <source>Published list of sanctions</source>
        <translation>평가기관 행정처분 현황 공표</translation>
    </message>
    <message>
        <source>{kind}: the record is not issued yet, so this document can only be previewed.</source>
        <translation>{kind}: 아직 발급(시행)되지 않은 건이므로 미리보기만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>{kind} {number} was superseded by {later}: it keeps the documents issued before and gets no new ones. Print the documents of {later}.</source>
        <translation>{kind} {number}은(는) {later}(으)로 대체되었습니다. 이미 발급된 문서는 그대로 보존되며 새 문서는 발급되지 않습니다. {later}의 문서를 출력하십시오.</translation>
    </message>
    <message>
        <source>superseded by {number}</source>
        <translation>{number}(으)로 대체됨</translation>
    </message>
    <message>
        <source>replaced by its version {version} of {day}</source>
        <translation>{day} 제{version}판으로 대체됨</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>There is no application {number}.</source>
        <translation>신청 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The stored file {sha256} is missing from the database.</source>
        <translation>저장된 파일 {sha256}이(가) 데이터베이스에 없습니다.</translation>
    </message>
    <message>
        <source>Issuing {document}…</source>
        <translation>{document} 발급 중…</translation>
    </message>
    <message>
        <source>The audit trail does not verify, so no dossier was made: {problem} Run the audit trail&apos;s verification for the details.</source>
        <translation>감사기록이 검증되지 않아 기록철을 만들지 않았습니다: {problem} 자세한 내용은 감사기록 검증을 실행해 확인하십시오.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} 쓰는 중…</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>파일 목록에 서명하는 중…</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature is damaged or is not a signature.</source>
        <translation>파일 목록의 서명이 손상되었거나 서명이 아닙니다.</translation>
    </message>
    <message>
        <source>The manifest does not match its signature: it was changed after {name} signed it.</source>
        <translation>파일 목록이 서명과 맞지 않습니다. {name}이(가) 서명한 뒤에 바뀌었습니다.</translation>
    </message>
    <message>
        <source>The certificate {name} was not valid on {day}, when the dossier says it was made.</source>
        <translation>인증서 {name}은(는) 기록철을 만들었다는 {day}에 유효하지 않았습니다.</translation>
    </message>
    <message>
        <source>No certificate is trusted here: give the authority&apos;s certificate with --trust or add it to the trust folder.</source>
        <translation>이 컴퓨터에서 신뢰하는 인증서가 없습니다. 기관의 인증서를 --trust로 주거나 신뢰 폴더에 추가하십시오.</translation>
    </message>
    <message>
        <source>The certificate {name} is not issued by a trusted certificate.</source>
        <translation>인증서 {name}은(는) 신뢰하는 인증서가 발급한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>Missing: {file} is listed in the manifest but is not in the dossier.</source>
        <translation>없음: {file}은(는) 파일 목록에 있지만 기록철에 없습니다.</translation>
    </message>
    <message>
        <source>Added: {file} is in the dossier but not in the manifest.</source>
        <translation>추가됨: {file}은(는) 기록철에 있지만 파일 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Changed: {file} is not the file the manifest lists (its SHA-256 differs).</source>
        <translation>바뀜: {file}은(는) 파일 목록에 적힌 파일이 아닙니다(SHA-256이 다릅니다).</translation>
    </message>
    <message>
        <source>Not valid: {file}: {message}</source>
        <translation>유효하지 않음: {file}: {message}</translation>
    </message>
    <message>
        <source>NOT A DOSSIER: {reason}</source>
        <translation>기록철 아님: {reason}</translation>
    </message>
    <message>
        <source>the case dossier of application {application} ({institution}), made on {day}</source>
        <translation>{day}에 만든 신청 {application}({institution})의 사건 기록철</translation>
    </message>
    <message>
        <source>VALID: {what}, signed by {signer}: {files}, {documents} and {events}.</source>
        <translation>유효: {what}, 서명 {signer}: {files}, {documents}, {events}.</translation>
    </message>
    <message>
        <source>NOT VALID: {what}: {problems}.</source>
        <translation>유효하지 않음: {what}: {problems}.</translation>
    </message>
    <message>
        <source>{file} is not the audit section of a dossier.</source>
        <translation>{file}은(는) 기록철의 감사기록 부분이 아닙니다.</translation>
    </message>
    <message>
        <source>An audit event in {file} has no number.</source>
        <translation>{file}에 번호가 없는 감사기록이 있습니다.</translation>
    </message>
    <message>
        <source>Audit event #{sequence}: its content does not give its hash: it was changed.</source>
        <translation>감사기록 #{sequence}: 내용으로 계산한 해시가 기록된 해시와 다릅니다. 바뀐 것입니다.</translation>
    </message>
    <message>
        <source>Audit event #{sequence}: the fields listed are not those its content states.</source>
        <translation>감사기록 #{sequence}: 적힌 항목이 그 내용에 담긴 것과 다릅니다.</translation>
    </message>
    <message>
        <source>Audit events #{first} and #{second} are not linked: the second does not name the first one&apos;s hash.</source>
        <translation>감사기록 #{first}와 #{second}가 이어지지 않습니다. 뒤 기록이 앞 기록의 해시를 담고 있지 않습니다.</translation>
    </message>
    <message>
        <source>Audit event #{sequence} is not the one the chain was verified through.</source>
        <translation>감사기록 #{sequence}은(는) 검증을 마친 마지막 기록과 다릅니다.</translation>
    </message>
    <message>
        <source>the file is not a readable ZIP archive.</source>
        <translation>읽을 수 있는 ZIP 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>the ZIP archive holds no {manifest}, so it is not a case dossier of this program.</source>
        <translation>ZIP 파일에 {manifest}이(가) 없어 이 프로그램의 사건 기록철이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} appears more than once in the archive.</source>
        <translation>{file}이(가) 파일 안에 두 번 이상 들어 있습니다.</translation>
    </message>
    <message>
        <source>its {manifest} cannot be read.</source>
        <translation>{manifest}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{signature} is missing: nothing proves the manifest.</source>
        <translation>{signature}이(가) 없어 파일 목록을 증명할 것이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is not readable JSON.</source>
        <translation>{file}은(는) 읽을 수 있는 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} sealed audit event #{sequence} with another hash than the dossier lists.</source>
        <translation>{file}에 봉인된 감사기록 #{sequence}의 해시가 기록철에 적힌 것과 다릅니다.</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>내 입력 (저장되지 않음)</translation>
    </message>
    <message>
        <source>Stored, saved by {name}</source>
        <translation>저장된 내용 ({name} 저장)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Your form and the stored record hold the same values.</source>
        <translation>입력한 내용과 저장된 내용이 같습니다.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Discard your input and show the stored record</source>
        <translation>내 입력을 버리고 저장된 내용을 표시합니다</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>내 입력 다시 적용</translation>
    </message>
    <message>
        <source>Save your input over the stored record</source>
        <translation>저장된 내용 위에 내 입력을 저장합니다</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence to {number}</source>
        <translation>{number}에 증거 추가</translation>
    </message>
    <message>
        <source>e.g. 평가보고서 사본, 현장조사 결과</source>
        <translation>예: 평가보고서 사본, 현장조사 결과</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>e.g. 타당성-2026-0003, or the record the evidence refers to</source>
        <translation>예: 타당성-2026-0003 등 증거가 가리키는 기록</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>증거 추가</translation>
    </message>
    <message>
        <source>Choose the evidence of the case</source>
        <translation>사건의 증거 선택</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</source>
        <translation>문서 (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation>증거 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exporting {table}…</source>
        <translation>{table} 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>디스크 할당량을 초과했습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>디스크가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}; {consequence}.</source>
        <translation>{path} 파일을 쓰지 못했습니다: {reason}. {consequence}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} 파일을 쓰지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}.</source>
        <translation>{path} 파일을 읽지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder</source>
        <translation>{folder}은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
    <message>
        <source>no permission to write in the folder {folder}</source>
        <translation>{folder} 폴더에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <source>no temporary name is free in its folder</source>
        <translation>폴더에 임시 파일을 만들 이름이 없습니다</translation>
    </message>
    <message>
        <source>Could not use {path}: {reason}.</source>
        <translation>{path}을(를) 사용할 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>FindingsForm</name>
    <message>
        <source>Criterion</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>판단</translation>
    </message>
    <message>
        <source>Note (why it falls short)</source>
        <translation>의견 (미흡한 이유)</translation>
    </message>
    <message>
        <source>Assessment: {criterion}</source>
        <translation>평가: {criterion}</translation>
    </message>
    <message>
        <source>Note: {criterion}</source>
        <translation>의견: {criterion}</translation>
    </message>
    <message>
        <source>Reasons for the conclusion, as the result letter states them</source>
        <translation>결과 통지서에 적을 결론의 이유</translation>
    </message>
    <message>
        <source>Reasons for the conclusion</source>
        <translation>결론의 이유</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>결론:</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>지적사항</translation>
    </message>
    <message>
        <source>What the applicant did, as received (letter, e-mail, photos)</source>
        <translation>신청기관이 한 조치(공문, 전자우편, 사진으로 받은 그대로)</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s response</source>
        <translation>신청기관 조치 기록</translation>
    </message>
    <message>
        <source>How the corrective action was checked (required when not effective)</source>
        <translation>시정조치 확인 방법(미흡 판정 시 필수)</translation>
    </message>
    <message>
        <source>Verified: effective (closes it)</source>
        <translation>확인: 시정 완료(종결)</translation>
    </message>
    <message>
        <source>Verified: not effective</source>
        <translation>확인: 시정 미흡</translation>
    </message>
    <message>
        <source>Let it go to the committee anyway…</source>
        <translation>위원회 상정 승인…</translation>
    </message>
    <message>
        <source>Secretariat only: send the application to the committee despite an open major finding, with a recorded reason.</source>
        <translation>사무국 전용: 미종결 중대 지적사항이 있어도 사유를 기록하고 위원회에 상정합니다.</translation>
    </message>
    <message>
        <source>Follow-up of the selected finding</source>
        <translation>선택한 지적사항의 후속 조치</translation>
    </message>
    <message>
        <source>Applicant&apos;s response:</source>
        <translation>신청기관 조치:</translation>
    </message>
    <message>
        <source>Verification by the inspector:</source>
        <translation>실사위원 확인:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>지적 내용</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>시정조치</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Applicant&apos;s response</source>
        <translation>신청기관 조치</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>확인자</translation>
    </message>
    <message>
        <source>Override recorded: {reason}</source>
        <translation>상정 승인 사유: {reason}</translation>
    </message>
    <message>
        <source>Send to the committee despite an open major finding</source>
        <translation>미종결 중대 지적사항이 있는 채로 위원회 상정</translation>
    </message>
    <message>
        <source>Reason (recorded and shown to the committee):</source>
        <translation>사유(기록되며 위원회에 표시됩니다):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>관리자 계정 만들기</translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account first; the administrator then creates the accounts of the secretariat, inspectors, committee members and approvers.</source>
        <translation>새 데이터베이스입니다. 먼저 관리자 계정을 만드십시오. 관리자가 사무국, 현장실사 위원, 심의위원, 결재권자의 계정을 만듭니다.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>HearingNoticeDialog</name>
    <message>
        <source>Notify the hearing of {number}</source>
        <translation>{number} 청문 통지</translation>
    </message>
    <message>
        <source>The hearing&apos;s notice to {name} is sent today ({today}). It must reach the institute at least {days} days before the hearing (행정절차법 Art. 21 ②).</source>
        <translation>{name}에 대한 청문 통지는 오늘({today}) 발송됩니다. 청문일 {days}일 전까지 통지하여야 합니다(「행정절차법」 제21조제2항).</translation>
    </message>
    <message>
        <source>Earliest hearing date allowed: {day}</source>
        <translation>가장 이른 청문일: {day}</translation>
    </message>
    <message>
        <source>e.g. 정부대전청사 1동 소회의실</source>
        <translation>예: 정부대전청사 1동 소회의실</translation>
    </message>
    <message>
        <source>Choose the presiding officer…</source>
        <translation>청문주재자를 고르십시오…</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>청문일</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Presiding officer</source>
        <translation>청문주재자</translation>
    </message>
    <message>
        <source>Send hearing notice</source>
        <translation>청문 통지서 발송</translation>
    </message>
    <message>
        <source>Choose who presides over the hearing.</source>
        <translation>청문을 주재할 사람을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>HearingRecordDialog</name>
    <message>
        <source>Record the hearing of {number}</source>
        <translation>{number} 청문 기록</translation>
    </message>
    <message>
        <source>Hearing of {day} {time} at {place}, presided over by {officer}.</source>
        <translation>{day} {time} {place}에서 열린 청문(주재: {officer}).</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>Represented by an agent</source>
        <translation>대리인 출석</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>불출석</translation>
    </message>
    <message>
        <source>Who appeared, e.g. 대표 홍길동, 평가책임자 김철수</source>
        <translation>출석자, 예: 대표 홍길동, 평가책임자 김철수</translation>
    </message>
    <message>
        <source>The gist of what the party and the officials said</source>
        <translation>당사자와 담당 공무원이 진술한 요지</translation>
    </message>
    <message>
        <source>Documents submitted at the hearing (optional)</source>
        <translation>청문에서 제출된 증거자료(선택)</translation>
    </message>
    <message>
        <source>The presiding officer&apos;s opinion</source>
        <translation>청문주재자의 의견</translation>
    </message>
    <message>
        <source>Held in public</source>
        <translation>공개 청문</translation>
    </message>
    <message>
        <source>Why it was held in public (optional)</source>
        <translation>공개한 사유(선택)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>출석 여부</translation>
    </message>
    <message>
        <source>Who appeared</source>
        <translation>출석자</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>진술의 요지</translation>
    </message>
    <message>
        <source>Evidence submitted</source>
        <translation>제출된 증거</translation>
    </message>
    <message>
        <source>Officer&apos;s opinion</source>
        <translation>주재자 의견</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Record hearing and print the record</source>
        <translation>청문 기록 후 청문조서 출력</translation>
    </message>
    <message>
        <source>Name who appeared at the hearing (or choose Absent).</source>
        <translation>청문에 출석한 사람을 적으십시오(출석하지 않았으면 불출석을 고르십시오).</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <source>Only digits and hyphens are allowed.</source>
        <translation>숫자와 하이픈(-)만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>A business registration number has 10 digits (XXX-XX-XXXXX); got {n}.</source>
        <translation>사업자등록번호는 10자리(XXX-XX-XXXXX)입니다. 입력된 자릿수: {n}.</translation>
    </message>
    <message>
        <source>The type code (digits 4–5) cannot be 00.</source>
        <translation>구분코드(4–5번째 자리)는 00일 수 없습니다.</translation>
    </message>
    <message>
        <source>The serial number (digits 6–9) cannot be 0000.</source>
        <translation>일련번호(6–9번째 자리)는 0000일 수 없습니다.</translation>
    </message>
    <message>
        <source>A corporate registration number has 13 digits (XXXXXX-XXXXXXX); got {n}.</source>
        <translation>법인등록번호는 13자리(XXXXXX-XXXXXXX)입니다. 입력된 자릿수: {n}.</translation>
    </message>
    <message>
        <source>The check digit of this corporate registration number is wrong.</source>
        <translation>법인등록번호의 검증번호가 맞지 않습니다.</translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>실사번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>실사일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Findings (open / major open)</source>
        <translation>지적사항(미종결 / 중대 미종결)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>상정 승인 사유</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>InspectionSummaryPanel</name>
    <message>
        <source>Inspections of the round</source>
        <translation>차수의 현장실사</translation>
    </message>
    <message>
        <source>Inspection report (PDF)</source>
        <translation>현장실사 결과 보고(PDF)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Choose an inspection first.</source>
        <translation>먼저 현장실사를 선택하십시오.</translation>
    </message>
    <message>
        <source>inspection-report</source>
        <translation>현장실사결과보고</translation>
    </message>
</context>
<context>
    <name>InspectionWorkspace</name>
    <message>
        <source>← List (Alt+←)</source>
        <translation>← 목록 (Alt+←)</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>작성 완료 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>일정 변경…</translation>
    </message>
    <message>
        <source>Export for offline…</source>
        <translation>오프라인용 내보내기…</translation>
    </message>
    <message>
        <source>Import offline file…</source>
        <translation>오프라인 파일 가져오기…</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Notice (PDF)</source>
        <translation>실사 통지(PDF)</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>결과 보고(PDF)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>문서 언어:</translation>
    </message>
    <message>
        <source>Nothing is missing any more: Ctrl+Enter completes.</source>
        <translation>빠진 것이 없습니다. Ctrl+Enter로 작성을 완료하십시오.</translation>
    </message>
    <message>
        <source>{number} · {application} {institution} · {date}, {place} · inspectors {names} · {status}</source>
        <translation>{number} · {application} {institution} · {date}, {place} · 실사위원 {names} · {status}</translation>
    </message>
    <message>
        <source>Checklist ({answered}/{total})</source>
        <translation>점검표 ({answered}/{total})</translation>
    </message>
    <message>
        <source>Findings ({n}, {open} open)</source>
        <translation>지적사항 ({n}건, 미종결 {open}건)</translation>
    </message>
    <message>
        <source>Sign-off ({signed}/{total})</source>
        <translation>서명 ({signed}/{total})</translation>
    </message>
    <message>
        <source>inspection-notice</source>
        <translation>현장실사통지</translation>
    </message>
    <message>
        <source>inspection-report</source>
        <translation>현장실사결과보고</translation>
    </message>
    <message>
        <source>Completed: each inspector now attests and signs off.</source>
        <translation>작성을 완료했습니다. 이제 실사위원마다 확인하고 서명합니다.</translation>
    </message>
    <message>
        <source>Export for offline work</source>
        <translation>오프라인 작업용 내보내기</translation>
    </message>
    <message>
        <source>Offline inspection files (*.inspection)</source>
        <translation>오프라인 현장실사 파일 (*.inspection)</translation>
    </message>
    <message>
        <source>Exported {number} to {path}. Open it on the laptop with &apos;designation-review inspection-offline FILE&apos; or File → Open offline inspection file.</source>
        <translation>{number}을(를) {path}로 내보냈습니다. 노트북에서 &apos;designation-review inspection-offline 파일&apos; 또는 파일 → 오프라인 현장실사 파일 열기로 여십시오.</translation>
    </message>
    <message>
        <source>Import an offline inspection file</source>
        <translation>오프라인 현장실사 파일 가져오기</translation>
    </message>
    <message>
        <source>Nothing changed in the file or in the database since the export.</source>
        <translation>내보낸 뒤 파일과 데이터베이스 어느 쪽에서도 바뀐 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n item(s) taken from the file.</source>
        <translation>
            <numerusform>가져오기 완료: 파일에서 %n개 항목을 반영했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <source>No on-site inspection has been recorded for this application.</source>
        <translation>이 신청에 대한 현장실사 기록이 없습니다.</translation>
    </message>
    <message>
        <source>The on-site inspection {number} is not signed off yet.</source>
        <translation>현장실사 {number}이(가) 아직 확정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>현장실사가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>You are not one of the inspectors of {number}.</source>
        <translation>{number}의 실사위원이 아닙니다.</translation>
    </message>
    <message>
        <source>You declared a conflict of interest with this applicant; the secretariat must assign another inspector to {number}.</source>
        <translation>이 신청기관과 이해충돌을 신고했습니다. 사무국이 {number}에 다른 실사위원을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The inspection {number} is completed or signed and can no longer be changed; reopen it with a reason first.</source>
        <translation>현장실사 {number}은(는) 작성 완료 또는 서명되어 더 이상 고칠 수 없습니다. 먼저 사유를 적어 다시 열어야 합니다.</translation>
    </message>
    <message>
        <source>Item {item} has a finding the applicant already answered; it cannot stop being nonconform.</source>
        <translation>{item} 항목의 지적사항에 신청기관이 이미 조치했으므로 부적합을 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Item {item} of {number}</source>
        <translation>{number}의 항목 {item}</translation>
    </message>
    <message>
        <source>The evidence file no longer exists.</source>
        <translation>증빙 파일이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>지적사항이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미종결</translation>
    </message>
    <message>
        <source>Closed (effective)</source>
        <translation>종결(시정 확인)</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>시정 미흡</translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation>지적 내용을 적으십시오.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the inspection date.</source>
        <translation>기한은 실사일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>The finding is already closed.</source>
        <translation>이미 종결된 지적사항입니다.</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s response.</source>
        <translation>신청기관의 조치 내용을 입력하십시오.</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s response before verifying it.</source>
        <translation>확인하기 전에 신청기관의 조치 내용을 먼저 기록하십시오.</translation>
    </message>
    <message>
        <source>Say why the corrective action is not effective.</source>
        <translation>시정조치가 미흡한 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>An override needs a reason.</source>
        <translation>상정 승인에는 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>{number} has no open major finding to override.</source>
        <translation>{number}에는 미종결 중대 지적사항이 없습니다.</translation>
    </message>
    <message>
        <source>The application is no longer waiting for its inspection.</source>
        <translation>신청이 더 이상 현장실사 단계에 있지 않습니다.</translation>
    </message>
    <message>
        <source>There is no inspection {number}.</source>
        <translation>현장실사 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The report of {number} is printed once its checklist is completed.</source>
        <translation>{number}의 결과 보고는 점검표 작성을 완료한 뒤에 출력합니다.</translation>
    </message>
    <message>
        <source>Unknown answer &apos;{value}&apos;.</source>
        <translation>알 수 없는 답 &apos;{value}&apos;입니다.</translation>
    </message>
    <message>
        <source>Item {item} is answered conform, nonconform or not applicable, not with a score.</source>
        <translation>{item} 항목은 점수가 아니라 적합, 부적합 또는 해당 없음으로 답합니다.</translation>
    </message>
    <message>
        <source>Item {item} is answered with {kind}, not conform or nonconform.</source>
        <translation>{item} 항목은 적합·부적합이 아니라 {kind}(으)로 답합니다.</translation>
    </message>
    <message>
        <source>Item {item}: the score must be a whole number from 0 to {max}.</source>
        <translation>{item} 항목: 점수는 0부터 {max}까지의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>Item {item} takes no score.</source>
        <translation>{item} 항목에는 점수를 매기지 않습니다.</translation>
    </message>
    <message>
        <source>a score from 0 to {max}</source>
        <translation>0부터 {max}까지의 점수</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>서술</translation>
    </message>
    <message>
        <source>Item {item} is not answered yet.</source>
        <translation>{item} 항목에 아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Item {item} is nonconform: write a note saying what was found.</source>
        <translation>{item} 항목이 부적합입니다: 확인한 내용을 의견에 적으십시오.</translation>
    </message>
    <message>
        <source>Item {item} is nonconform: attach evidence (a photo or a document).</source>
        <translation>{item} 항목이 부적합입니다: 증빙(사진 또는 문서)을 첨부하십시오.</translation>
    </message>
    <message>
        <source>The finding on item {item} needs the corrective action requested and a deadline.</source>
        <translation>{item} 항목의 지적사항에 요구할 시정조치와 기한을 적으십시오.</translation>
    </message>
    <message>
        <source>Inspector or spouse is a party</source>
        <translation>실사위원 또는 배우자가 당사자임</translation>
    </message>
    <message>
        <source>Relative of the representative</source>
        <translation>대표자의 친족</translation>
    </message>
    <message>
        <source>Advised or worked for the applicant recently</source>
        <translation>최근 신청기관에 자문·용역을 수행함</translation>
    </message>
    <message>
        <source>Agent, witness or appraiser</source>
        <translation>대리인·증인·감정인</translation>
    </message>
    <message>
        <source>Direct interest</source>
        <translation>직접적 이해관계</translation>
    </message>
    <message>
        <source>Works or worked for the applicant</source>
        <translation>신청기관에 재직 중이거나 재직했음</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Choose at least {n} inspectors.</source>
        <translation>실사위원을 {n}명 이상 지정하십시오.</translation>
    </message>
    <message>
        <source>Only active users with the inspector role can inspect.</source>
        <translation>실사위원 역할의 사용 중인 사용자만 실사할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} declared a conflict of interest with {institution} ({ground}) and cannot inspect it.</source>
        <translation>{name}은(는) {institution}과(와) 이해충돌을 신고하여({ground}) 실사할 수 없습니다.</translation>
    </message>
    <message>
        <source>Give the time of the inspection in Korean time.</source>
        <translation>실사 시각을 한국 시간으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The inspection date cannot be in the past.</source>
        <translation>실사일은 지난 날짜일 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the place of the inspection.</source>
        <translation>실사 장소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Only an application passed to inspection can be inspected; {number} is not.</source>
        <translation>현장실사 단계로 넘어간 신청만 실사할 수 있습니다. {number}은(는) 해당하지 않습니다.</translation>
    </message>
    <message>
        <source>The inspection {number} of this application is not signed off yet; change that one instead.</source>
        <translation>이 신청의 현장실사 {number}이(가) 아직 서명되지 않았습니다. 그 일정을 변경하십시오.</translation>
    </message>
    <message>
        <source>The inspection {number} is completed; reopen it before changing its schedule.</source>
        <translation>현장실사 {number}은(는) 작성이 완료되었습니다. 일정을 바꾸려면 먼저 다시 여십시오.</translation>
    </message>
    <message>
        <source>Conflicts are declared here for inspectors only.</source>
        <translation>여기서는 실사위원의 이해충돌만 신고합니다.</translation>
    </message>
    <message>
        <source>State the facts of the conflict in a sentence.</source>
        <translation>이해충돌의 사실관계를 한 문장으로 적으십시오.</translation>
    </message>
    <message>
        <source>{name} already declared a conflict with {institution}.</source>
        <translation>{name}은(는) 이미 {institution}과(와)의 이해충돌을 신고했습니다.</translation>
    </message>
    <message>
        <source>I confirm that the results of this on-site inspection are true.</source>
        <translation>본인은 위 현장실사 결과가 사실과 같음을 확인합니다.</translation>
    </message>
    <message>
        <source>The inspection {number} is already signed off.</source>
        <translation>현장실사 {number}은(는) 이미 서명되었습니다.</translation>
    </message>
    <message>
        <source>Complete the checklist of {number} before signing it off.</source>
        <translation>서명하기 전에 {number}의 점검표 작성을 완료하십시오.</translation>
    </message>
    <message>
        <source>Write the attestation you sign.</source>
        <translation>서명할 확인 문구를 적으십시오.</translation>
    </message>
    <message>
        <source>You already signed {number}.</source>
        <translation>이미 {number}에 서명했습니다.</translation>
    </message>
    <message>
        <source>The inspection {number} is not completed; there is nothing to reopen.</source>
        <translation>현장실사 {number}은(는) 작성이 완료되지 않아 다시 열 것이 없습니다.</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>다시 열려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>The application {number} has moved on from inspection; its inspection can no longer be reopened.</source>
        <translation>신청 {number}은(는) 이미 현장실사 다음 단계로 넘어가 현장실사를 다시 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation>현장실사</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>실사위원</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>진술</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>신고 일시</translation>
    </message>
    <message>
        <source>Inspectors&apos; conflicts</source>
        <translation>실사위원 이해충돌</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>열기 (Enter)</translation>
    </message>
    <message>
        <source>Schedule an inspection…</source>
        <translation>현장실사 일정 지정…</translation>
    </message>
    <message>
        <source>Declare a conflict…</source>
        <translation>이해충돌 신고…</translation>
    </message>
    <message>
        <source>Open an offline file…</source>
        <translation>오프라인 파일 열기…</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>실사위원</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>미해결 지적사항</translation>
    </message>
    <message>
        <source>Inspections ({n})</source>
        <translation>현장실사 ({n})</translation>
    </message>
    <message>
        <source>Inspectors&apos; conflicts ({n})</source>
        <translation>실사위원 이해충돌 ({n})</translation>
    </message>
    <message>
        <source>No application is waiting for an inspection: pass one to inspection on the Screening page first.</source>
        <translation>현장실사를 기다리는 신청이 없습니다. 먼저 서류심사 화면에서 현장실사 단계로 넘기십시오.</translation>
    </message>
    <message>
        <source>Inspection scheduled; print the notice to the applicant from it.</source>
        <translation>현장실사 일정을 지정했습니다. 현장실사를 열어 신청기관에 보낼 통지를 출력하십시오.</translation>
    </message>
</context>
<context>
    <name>InstituteCharts</name>
    <message>
        <source>Reports by purpose</source>
        <translation>평가 목적별 보고서</translation>
    </message>
    <message>
        <source>Reports by subject</source>
        <translation>평가 대상별 보고서</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>등급 분포</translation>
    </message>
    <message>
        <source>Select an institute.</source>
        <translation>평가기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Filed late: {late} of {total} ({rate:.1%}); all institutes {overall:.1%}</source>
        <translation>지연 등록: {total}건 중 {late}건 ({rate:.1%}); 전체 기관 {overall:.1%}</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>As printed on English documents</source>
        <translation>영문 문서에 표기되는 이름</translation>
    </message>
    <message>
        <source>Why the number is right although its check digit fails</source>
        <translation>검증번호가 맞지 않아도 번호가 정확한 이유</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>예외 인정 사유</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 명칭</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Corporate reg. no.</source>
        <translation>법인등록번호</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>담당자 삭제</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>No English name: English documents (notices, minutes, the public notice) will print the Korean name. Enter the name the institution uses in English.</source>
        <translation>영문 기관명이 없습니다. 영문 문서(통지서, 회의록, 고시)에는 한글 기관명이 인쇄됩니다. 기관이 영문으로 쓰는 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Valid number: {brn}</source>
        <translation>유효한 번호: {brn}</translation>
    </message>
    <message>
        <source>The check digit does not match. If the number is right as printed on the certificate, enter the reason to accept it anyway.</source>
        <translation>검증번호가 맞지 않습니다. 등록증에 적힌 번호가 맞다면 그대로 인정하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Valid number</source>
        <translation>유효한 번호</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>The institution no longer exists.</source>
        <translation>기관이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the institution&apos;s name.</source>
        <translation>기관명을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the representative&apos;s name.</source>
        <translation>대표자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>The check digit of {brn} does not match. If the number is right as printed on the certificate, record why to accept it anyway.</source>
        <translation>{brn}의 검증번호가 맞지 않습니다. 등록증에 적힌 번호가 맞다면 그대로 인정하는 사유를 기록하십시오.</translation>
    </message>
    <message>
        <source>A private institution needs its business registration number.</source>
        <translation>민간기관은 사업자등록번호가 필요합니다.</translation>
    </message>
    <message>
        <source>The e-mail address needs an @.</source>
        <translation>전자우편 주소에 @가 필요합니다.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>담당자마다 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>{name} is already registered with this registration number; choose it instead.</source>
        <translation>{name}이(가) 이 등록번호로 이미 등록되어 있습니다. 그 기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>The institution {name}</source>
        <translation>기관 {name}</translation>
    </message>
    <message>
        <source>National/public research institute</source>
        <translation>국공립 연구기관</translation>
    </message>
    <message>
        <source>Government-funded research institute</source>
        <translation>정부출연 연구기관</translation>
    </message>
    <message>
        <source>Private research institute</source>
        <translation>민간 연구기관</translation>
    </message>
    <message>
        <source>Evaluation company</source>
        <translation>평가 전문기관</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>은행</translation>
    </message>
    <message>
        <source>Patent law firm</source>
        <translation>특허법인</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>공공</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>민간</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Answer (text):</source>
        <translation>답(서술):</translation>
    </message>
    <message>
        <source>What was seen on site (Enter in the list comes here; Esc goes back)</source>
        <translation>현장에서 확인한 내용(목록에서 Enter로 오고 Esc로 돌아갑니다)</translation>
    </message>
    <message>
        <source>Add evidence… (E)</source>
        <translation>증빙 첨부… (E)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>지적사항</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Severity (M):</source>
        <translation>구분 (M):</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>지적 내용:</translation>
    </message>
    <message>
        <source>Corrective action requested:</source>
        <translation>요구 시정조치:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>기한:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>의견:</translation>
    </message>
    <message>
        <source>Evidence (photos, PDFs):</source>
        <translation>증빙(사진, PDF):</translation>
    </message>
    <message>
        <source>No item</source>
        <translation>항목 없음</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>근거: {basis}</translation>
    </message>
    <message>
        <source>Conform (C)</source>
        <translation>적합 (C)</translation>
    </message>
    <message>
        <source>Nonconform (N)</source>
        <translation>부적합 (N)</translation>
    </message>
    <message>
        <source>Not applicable (A)</source>
        <translation>해당 없음 (A)</translation>
    </message>
</context>
<context>
    <name>KeyUsage</name>
    <message>
        <source>digital signature</source>
        <translation>전자서명</translation>
    </message>
    <message>
        <source>non-repudiation</source>
        <translation>부인방지</translation>
    </message>
    <message>
        <source>key encipherment</source>
        <translation>키 암호화</translation>
    </message>
    <message>
        <source>data encipherment</source>
        <translation>데이터 암호화</translation>
    </message>
    <message>
        <source>key agreement</source>
        <translation>키 합의</translation>
    </message>
    <message>
        <source>certificate signing</source>
        <translation>인증서 서명</translation>
    </message>
    <message>
        <source>CRL signing</source>
        <translation>CRL 서명</translation>
    </message>
</context>
<context>
    <name>LocalSettings</name>
    <message>
        <source>The settings file of this computer ({file}) was damaged. A copy was kept as {copy}; the application starts with default settings.</source>
        <translation>이 컴퓨터의 설정 파일({file})이 손상되어 있었습니다. 사본을 {copy}(으)로 보관했으며, 프로그램은 기본 설정으로 시작합니다.</translation>
    </message>
    <message>
        <source>The settings file of this computer ({file}) was damaged and could not be copied; the application starts with default settings.</source>
        <translation>이 컴퓨터의 설정 파일({file})이 손상되어 있었고 사본을 만들 수 없었습니다. 프로그램은 기본 설정으로 시작합니다.</translation>
    </message>
    <message>
        <source>The settings file of this computer ({file}) cannot be read or written. The application starts with default settings and will not remember changes this time.</source>
        <translation>이 컴퓨터의 설정 파일({file})을 읽거나 쓸 수 없습니다. 프로그램은 기본 설정으로 시작하며, 이번에 바꾼 설정은 기억하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Designation review of IP valuation institutes</source>
        <translation>발명의 평가기관 지정 심사</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>데이터베이스: {where}</translation>
    </message>
    <message>
        <source>Remember my password on this computer (system keyring)</source>
        <translation>이 컴퓨터에 비밀번호 기억(시스템 키링)</translation>
    </message>
    <message>
        <source>No system keyring is available (install the optional keyring package); the password is asked at every login and never written to a file.</source>
        <translation>시스템 키링을 사용할 수 없습니다(선택 패키지 keyring을 설치하십시오). 비밀번호는 로그인할 때마다 묻고 파일에 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>사용자 이름을 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Designation review of IP valuation institutes</source>
        <translation>발명의 평가기관 지정 심사</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>서버에 다시 연결되었습니다.</translation>
    </message>
    <message>
        <source>{name} ({role}) · {database}</source>
        <translation>{name} ({role}) · {database}</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>Verify document…</source>
        <translation>문서 진위 확인…</translation>
    </message>
    <message>
        <source>Open offline inspection file…</source>
        <translation>오프라인 현장실사 파일 열기…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>비밀번호 변경…</translation>
    </message>
    <message>
        <source>Database connection…</source>
        <translation>데이터베이스 연결…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Signing certificate…</source>
        <translation>서명용 인증서…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>프로그램 정보…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>JSON 내보내기</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>데이터베이스를 읽는 중…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} 파일을 쓰는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>레코드 %n건을 {file}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>비밀번호를 변경했습니다.</translation>
    </message>
    <message>
        <source>Settings saved: {n} changed.</source>
        <translation>설정을 저장했습니다: {n}개 변경.</translation>
    </message>
    <message>
        <source>Designation review of IP valuation institutes, version {version}.

Supports the designation of IP valuation institutes under Article 28 of the Invention Promotion Act: receipt, document screening, on-site inspection, committee review, decision and registry.</source>
        <translation>발명의 평가기관 지정 심사, 버전 {version}.

발명진흥법 제28조에 따른 발명의 평가기관 지정 업무(접수, 서류심사, 현장실사, 지정심의위원회 심의, 지정 결정, 등록부)를 지원합니다.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>프로그램 정보</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>회의 일정…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>출석…</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Close meeting</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>회의록 언어</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <source>Save minutes as PDF…</source>
        <translation>회의록 PDF 저장…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>출석</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>미기록</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>의사정족수</translation>
    </message>
    <message>
        <source>met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>미달</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>선택된 회의가 없습니다.</translation>
    </message>
    <message>
        <source>Agenda: {agenda}
Present: {present}
Quorum: {present_n} of {seats}, {required} needed.</source>
        <translation>안건: {agenda}
출석: {present}
의사정족수: 재적 {seats}명 중 {present_n}명 출석, {required}명 필요.</translation>
    </message>
    <message>
        <source>Meeting scheduled.</source>
        <translation>회의 일정을 등록했습니다.</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>출석을 기록했습니다.</translation>
    </message>
    <message>
        <source>Meeting {number} opened.</source>
        <translation>{number} 회의를 개회했습니다.</translation>
    </message>
    <message>
        <source>Notes for the minutes (other matters decided), or leave empty:</source>
        <translation>회의록에 남길 기타 논의사항(없으면 비워 두십시오):</translation>
    </message>
    <message>
        <source>Meeting {number} closed.</source>
        <translation>{number} 회의를 폐회했습니다.</translation>
    </message>
    <message>
        <source>Minutes {number}</source>
        <translation>회의록 {number}</translation>
    </message>
    <message>
        <source>Save minutes as PDF</source>
        <translation>회의록 PDF 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Add a committee member</source>
        <translation>위원 추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>내부/외부</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>전문분야</translation>
    </message>
    <message>
        <source>Term from</source>
        <translation>임기 시작</translation>
    </message>
    <message>
        <source>Term until</source>
        <translation>임기 종료</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Committee members</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>위원 추가…</translation>
    </message>
    <message>
        <source>Add affiliation…</source>
        <translation>소속·관계 추가…</translation>
    </message>
    <message>
        <source>A current or past employer, or a service to an institution: the app then suggests the conflict when that institution applies.</source>
        <translation>현재 또는 과거의 재직기관이나 용역 수행기관을 기록하면, 그 기관이 신청할 때 이해충돌 가능성을 알려 줍니다.</translation>
    </message>
    <message>
        <source>Committee of this round…</source>
        <translation>이 차수 위원회 구성…</translation>
    </message>
    <message>
        <source>Choose the members who sit on this round&apos;s committee and its chair (possible until scoring starts).</source>
        <translation>이 차수 위원회에 참여할 위원과 위원장을 정합니다(평가 시작 전까지 변경 가능).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>위원 기호</translation>
    </message>
    <message>
        <source>Internal/external</source>
        <translation>내부/외부</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>전문분야</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>임기</translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation> (위원장)</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>위원을 추가했습니다.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>먼저 위원을 선택하십시오.</translation>
    </message>
    <message>
        <source>Affiliation recorded.</source>
        <translation>소속·관계를 기록했습니다.</translation>
    </message>
    <message>
        <source>Choose a round first.</source>
        <translation>먼저 공고 차수를 선택하십시오.</translation>
    </message>
    <message>
        <source>Committee of the round saved.</source>
        <translation>차수 위원회 구성을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Conform</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Nonconform</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>점수 {score}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>결과: {answer}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>의견: {note}</translation>
    </message>
    <message>
        <source>Text: {text}</source>
        <translation>서술: {text}</translation>
    </message>
    <message>
        <source>Evidence: {files}</source>
        <translation>증빙: {files}</translation>
    </message>
    <message>
        <source>Finding ({severity}): {description}</source>
        <translation>지적사항({severity}): {description}</translation>
    </message>
    <message>
        <source>major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>Corrective action: {action}</source>
        <translation>시정조치: {action}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>기한: {deadline}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>파일에서</translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>데이터베이스에서</translation>
    </message>
    <message>
        <source>same on both sides</source>
        <translation>양쪽이 같게</translation>
    </message>
    <message>
        <source>on both sides: choose</source>
        <translation>양쪽에서 다르게: 선택 필요</translation>
    </message>
    <message>
        <source>the file&apos;s</source>
        <translation>파일 내용</translation>
    </message>
    <message>
        <source>the database&apos;s</source>
        <translation>데이터베이스 내용</translation>
    </message>
    <message>
        <source>— choose (D or F) —</source>
        <translation>— 선택 (D 또는 F) —</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Import the offline file of {number}</source>
        <translation>{number} 오프라인 파일 가져오기</translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation>변경된 항목</translation>
    </message>
    <message numerus="yes">
        <source>Exported {at} by {who}. %n item(s) changed since: {file} in the file only, {conflicts} on both sides.</source>
        <translation>
            <numerusform>{at}에 {who}이(가) 내보냈습니다. 그 뒤 %n개 항목이 바뀌었습니다: 파일에서만 {file}개, 양쪽에서 {conflicts}개.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the export</source>
        <translation>내보낼 때</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>현재 데이터베이스</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Keep the database&apos;s (D)</source>
        <translation>데이터베이스 내용 유지 (D)</translation>
    </message>
    <message>
        <source>Take the file&apos;s (F)</source>
        <translation>파일 내용 반영 (F)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>신규 신청</translation>
    </message>
    <message>
        <source>{code} {title} ({status}, deadline {deadline})</source>
        <translation>{code} {title} ({status}, 마감 {deadline})</translation>
    </message>
    <message>
        <source>An institution already registered</source>
        <translation>이미 등록된 기관</translation>
    </message>
    <message>
        <source>Register a new institution</source>
        <translation>새 기관 등록</translation>
    </message>
    <message>
        <source>Type to search by name or number</source>
        <translation>기관명 또는 번호를 입력하여 검색</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Choose a round.</source>
        <translation>공고 차수를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose the institution from the list, or register a new one.</source>
        <translation>목록에서 기관을 선택하거나 새 기관을 등록하십시오.</translation>
    </message>
</context>
<context>
    <name>NoticeDayDialog</name>
    <message>
        <source>Comment received on</source>
        <translation>의견 접수일</translation>
    </message>
    <message>
        <source>Notice received on</source>
        <translation>통지 수령일</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>OfficialDocuments</name>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>No English name is recorded for {names}: the English document prints the Korean name. Record it on the application&apos;s Institution tab first if the reader needs it.</source>
        <translation>{names}의 영문 명칭이 등록되어 있지 않아 영문 문서에 한글 명칭이 인쇄됩니다. 읽는 사람에게 필요하면 먼저 신청서의 기관 탭에서 영문 명칭을 입력하십시오.</translation>
    </message>
    <message>
        <source>{kind} {number} has not been issued in {language} yet. Issue it in {language} now? The issue is recorded with its own verification code, and the file never changes afterwards.</source>
        <translation>{kind} {number}은(는) 아직 {language}(으)로 발급되지 않았습니다. 지금 {language}(으)로 발급하시겠습니까? 발급은 고유한 문서확인번호와 함께 기록되며, 발급된 파일은 이후 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>English names missing</source>
        <translation>영문 명칭 없음</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} 인쇄</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>{name} was exported from another database; it cannot be imported here.</source>
        <translation>{name}은(는) 다른 데이터베이스에서 내보낸 파일이어서 여기로 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} belongs to inspection {other}, not to {number}.</source>
        <translation>{name}은(는) {number}이(가) 아니라 현장실사 {other}의 파일입니다.</translation>
    </message>
    <message>
        <source>{name} was not exported from this database (unknown export); it cannot be imported.</source>
        <translation>{name}은(는) 이 데이터베이스에서 내보낸 파일이 아니어서(알 수 없는 내보내기) 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} was altered after it was exported (its signature does not match); nothing was imported.</source>
        <translation>{name}은(는) 내보낸 뒤 변조되었습니다(서명 불일치). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>This offline file was already imported on {date} by {who}; nothing was changed.</source>
        <translation>이 오프라인 파일은 {date}에 {who}이(가) 이미 가져왔습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose which version to keep for item(s) {items}.</source>
        <translation>{items} 항목에서 어느 쪽 내용을 남길지 선택하십시오.</translation>
    </message>
    <message>
        <source>The inspection changed in the database while you were reviewing the import; review it again.</source>
        <translation>가져오기를 검토하는 동안 데이터베이스의 현장실사가 바뀌었습니다. 다시 검토하십시오.</translation>
    </message>
    <message>
        <source>The export of this file is no longer known.</source>
        <translation>이 파일의 내보내기 기록이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>{name} is not an offline inspection file.</source>
        <translation>{name}은(는) 오프라인 현장실사 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation>{name} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the application; update this one first.</source>
        <translation>{name}은(는) 더 새로운 버전의 프로그램이 만든 파일입니다. 먼저 프로그램을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>{name} was changed outside the application or is damaged (its seal does not match); it was not opened.</source>
        <translation>{name}은(는) 프로그램 밖에서 수정되었거나 손상되었습니다(봉인 불일치). 열지 않았습니다.</translation>
    </message>
    <message>
        <source>{name}: an evidence file is missing.</source>
        <translation>{name}: 증빙 파일이 빠져 있습니다.</translation>
    </message>
    <message>
        <source>{name}: the evidence file {file} is damaged.</source>
        <translation>{name}: 증빙 파일 {file}이(가) 손상되었습니다.</translation>
    </message>
    <message>
        <source>Item {item} has no finding: it is not nonconform.</source>
        <translation>{item} 항목은 부적합이 아니어서 지적사항이 없습니다.</translation>
    </message>
</context>
<context>
    <name>OfflineInspectionWindow</name>
    <message>
        <source>Offline inspection {number} – {file}</source>
        <translation>오프라인 현장실사 {number} – {file}</translation>
    </message>
    <message>
        <source>Offline copy of {number} ({institution}, {date}, {place}). Every change is saved in {file}; bring the file back and import it from the inspection in the application.</source>
        <translation>{number}의 오프라인 사본입니다({institution}, {date}, {place}). 모든 변경은 {file}에 바로 저장됩니다. 파일을 가져와 프로그램의 해당 현장실사에서 가져오기 하십시오.</translation>
    </message>
    <message>
        <source>Saved in the file.</source>
        <translation>파일에 저장했습니다.</translation>
    </message>
    <message>
        <source>Open an offline inspection file</source>
        <translation>오프라인 현장실사 파일 열기</translation>
    </message>
    <message>
        <source>Offline inspection files (*.inspection)</source>
        <translation>오프라인 현장실사 파일 (*.inspection)</translation>
    </message>
</context>
<context>
    <name>OpenCaseDialog</name>
    <message>
        <source>Open a sanction case</source>
        <translation>제재사건 개시</translation>
    </message>
    <message>
        <source>, suspended now</source>
        <translation>, 현재 효력정지 중</translation>
    </message>
    <message>
        <source>{name} ({number}, designated {day}{suffix})</source>
        <translation>{name}({number}, {day} 지정{suffix})</translation>
    </message>
    <message>
        <source>What happened, with the reports or records concerned (Korean)</source>
        <translation>위반 사실과 관련 평가보고서·기록(국문)</translation>
    </message>
    <message>
        <source>The same in English, for the English documents (optional)</source>
        <translation>영문 문서에 적을 같은 내용(선택)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Suspension of</source>
        <translation>효력정지 기간</translation>
    </message>
    <message>
        <source>e.g. 타당성조사 결과 (부적정)</source>
        <translation>예: 타당성조사 결과 (부적정)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>e.g. 타당성-2026-0003, or the record the evidence refers to</source>
        <translation>예: 타당성-2026-0003 등 증거가 가리키는 기록</translation>
    </message>
    <message>
        <source>Designated institute</source>
        <translation>지정기관</translation>
    </message>
    <message>
        <source>Ground (Act Art. 31 ①)</source>
        <translation>처분 사유(법 제31조제1항)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>위반 사실</translation>
    </message>
    <message>
        <source>Facts in English</source>
        <translation>영문 위반 사실</translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation>위반행위 종료일</translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation>예정 처분</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (a file, a reference, or both)</source>
        <translation>&lt;b&gt;증거&lt;/b&gt;(파일, 참조 기록 또는 둘 다)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>참조 기록</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>사건 개시</translation>
    </message>
    <message>
        <source>No limitation: a designation obtained by fraud is revoked at any time (행정기본법 Art. 23 ② 1).</source>
        <translation>제척기간 없음: 거짓으로 받은 지정은 언제든지 취소합니다(「행정기본법」 제23조제2항제1호).</translation>
    </message>
    <message>
        <source>A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).</source>
        <translation>{day}까지 제재처분을 할 수 있습니다(5년, 「행정기본법」 제23조제1항).</translation>
    </message>
    <message>
        <source>Choose the evidence of the case</source>
        <translation>사건의 증거 선택</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</source>
        <translation>문서 (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx *.xlsx)</translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation>증거 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Choose the designated institute the case is against.</source>
        <translation>사건의 대상 지정기관을 고르십시오.</translation>
    </message>
</context>
<context>
    <name>OpenCheckDialog</name>
    <message>
        <source>Open a validity check</source>
        <translation>타당성조사 착수</translation>
    </message>
    <message>
        <source>Number of the filed report, e.g. VR-2026-0100012</source>
        <translation>등록된 평가보고서 번호 (예: VR-2026-0100012)</translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation>평가보고서</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>조사 요청</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>요청인 이름</translation>
    </message>
    <message>
        <source>Requester&apos;s address or e-mail</source>
        <translation>요청인 주소 또는 전자우편</translation>
    </message>
    <message>
        <source>Client (who commissioned the valuation)</source>
        <translation>평가 의뢰인</translation>
    </message>
    <message>
        <source>Client&apos;s address or e-mail</source>
        <translation>의뢰인 주소 또는 전자우편</translation>
    </message>
    <message>
        <source>Reason for the check</source>
        <translation>조사 사유</translation>
    </message>
    <message>
        <source>Open check</source>
        <translation>조사 착수</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Record the opinion on {number}</source>
        <translation>{number}에 대한 의견 기록</translation>
    </message>
    <message>
        <source>Prior notice {number} to {name} was sent on {sent}; the opinion was due by {due}</source>
        <translation>{name}에 사전통지 {number}을(를) {sent}에 보냈으며, 의견 제출기한은 {due}까지입니다.</translation>
    </message>
    <message>
        <source>What the institute submitted, in short</source>
        <translation>기관이 제출한 의견의 요지</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Record opinion</source>
        <translation>의견 기록</translation>
    </message>
    <message>
        <source>Received after the deadline ({due}): it is recorded as a late opinion.</source>
        <translation>제출기한({due}) 후 접수: 기한 후 의견으로 기록됩니다.</translation>
    </message>
    <message>
        <source>Received within the period to submit an opinion.</source>
        <translation>의견 제출기한 안에 접수되었습니다.</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Give it to them in person; the audit log records that you reset it, not the password.</source>
        <translation>{name}({username})의 새 비밀번호입니다. 본인에게 직접 전달하십시오. 감사기록에는 재설정 사실만 남고 비밀번호는 남지 않습니다.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>비밀번호 설정</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit to width</source>
        <translation>너비에 맞춤</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>쪽 전체</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>확대/축소:</translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation>인쇄할 문서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>프린터를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>A period must be at least one day long.</source>
        <translation>기간은 1일 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The deadline {deadline} lies before the first day of the period ({start}).</source>
        <translation>기한 {deadline}이(가) 기간의 첫날({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>{deadline} is {day}, not a working day: by the law (민법 Art. 161) the period would run to {end}; choose that day or another working day.</source>
        <translation>{deadline}은(는) {day}(으)로 근무일이 아닙니다. 「민법」 제161조에 따라 기간은 {end}에 만료되므로 그날 또는 다른 근무일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The end {end} lies before the start {start}.</source>
        <translation>종료일 {end}이(가) 시작일 {start}보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>PermissionGate</name>
    <message>
        <source>Your role ({role}) may not {permission}.</source>
        <translation>귀하의 역할({role})에는 ‘{permission}’ 권한이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>귀하의 역할({role})로는 이 작업을 할 수 없습니다: {permission}.</translation>
    </message>
    <message>
        <source>Your account was disabled or given another role since you logged in; nothing was shown or changed. Log out and log in again.</source>
        <translation>로그인한 뒤 계정이 사용 중지되었거나 역할이 바뀌었습니다. 표시하거나 변경한 내용은 없습니다. 로그아웃한 뒤 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>view applications</source>
        <translation>신청 조회</translation>
    </message>
    <message>
        <source>edit applications</source>
        <translation>신청 수정</translation>
    </message>
    <message>
        <source>submit applications</source>
        <translation>신청 제출</translation>
    </message>
    <message>
        <source>screen applications</source>
        <translation>서류심사</translation>
    </message>
    <message>
        <source>manage rounds</source>
        <translation>공고 차수 관리</translation>
    </message>
    <message>
        <source>schedule inspections</source>
        <translation>현장실사 일정 관리</translation>
    </message>
    <message>
        <source>fill in inspections</source>
        <translation>현장실사 기록 작성</translation>
    </message>
    <message>
        <source>manage the committee</source>
        <translation>지정심의위원회 관리</translation>
    </message>
    <message>
        <source>declare conflicts of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>score applicants</source>
        <translation>신청기관 평가</translation>
    </message>
    <message>
        <source>chair meetings</source>
        <translation>회의 주재</translation>
    </message>
    <message>
        <source>draft decisions</source>
        <translation>결정 기안</translation>
    </message>
    <message>
        <source>approve and issue decisions</source>
        <translation>결정 승인 및 시행</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>문서 인쇄</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>감사기록 조회</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <source>manage settings</source>
        <translation>설정 관리</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>maintain the registry</source>
        <translation>지정기관 대장 관리</translation>
    </message>
    <message>
        <source>import filed reports and track corrections</source>
        <translation>평가보고서 등록현황 가져오기 및 정정 요청 관리</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>Exported %n application(s) to {path}.</source>
        <translation>
            <numerusform>신청 %n건을 {path}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n problem(s) in the rows below; nothing was imported. Fix the file and import it again.</source>
        <translation>
            <numerusform>{name}: 아래 %n건의 오류가 있어 아무것도 가져오지 않았습니다. 파일을 고친 뒤 다시 가져오십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n person(s) from {name} ({read_as}). Save the application to keep them.</source>
        <translation>
            <numerusform>{name}({read_as})에서 %n명을 가져왔습니다. 신청을 저장해야 반영됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n person(s) to {path}.</source>
        <translation>
            <numerusform>%n명을 {path}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n document(s)…</source>
        <translation>
            <numerusform>문서 %n건을 준비하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supplement request {number} sent to the printer (%n page(s)).</source>
        <translation>
            <numerusform>보완요청 {number}을(를) 프린터로 보냈습니다(%n쪽).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) marked in the checklist.)</source>
        <translation>
            <numerusform>(점검표에 보완할 사항이 %n건 더 표시되어 있습니다.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inspection {number} still has %n open major finding(s); verify the corrective action or record an override.</source>
        <translation>
            <numerusform>현장실사 {number}의 중대 지적사항 %n건이 아직 해결되지 않았습니다. 시정조치를 확인하거나 예외 사유를 기록하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n audit event(s)…</source>
        <translation>
            <numerusform>감사기록 %n건 확인 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n audit event(s)…</source>
        <translation>
            <numerusform>감사기록 %n건 확인함…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s), chain intact, head #{sequence} {hash}…</source>
        <translation>
            <numerusform>기록 {count}건, 해시 연결 이상 없음, 마지막 #{sequence} {hash}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n recorded chain head(s) matched)</source>
        <translation>
            <numerusform>(문서에 남은 마지막 기록 %n건 일치)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) {where}; number {first} is missing.</source>
        <translation>
            <numerusform>삭제됨: {where} 기록 %n건이 지워졌습니다. 번호 {first}이(가) 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) before {event}; the later events were renumbered to close the gap.</source>
        <translation>
            <numerusform>삭제됨: {event} 앞의 기록 %n건이 지워지고, 빈 번호를 메우려고 뒤 기록의 번호가 바뀌었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted: %n event(s) at the end of the trail, which ends at #{last} though the last event written was #{head}.</source>
        <translation>
            <numerusform>삭제됨: 감사기록 끝의 기록 %n건이 지워졌습니다. 마지막으로 쓴 기록은 #{head}인데 감사기록은 #{last}에서 끝납니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n file(s) match the manifest</source>
        <translation>
            <numerusform>파일 %n개가 목록과 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n document(s) are valid</source>
        <translation>
            <numerusform>문서 %n건이 유효</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its %n audit event(s) give their hashes and links</source>
        <translation>
            <numerusform>감사기록 %n건의 해시와 연결 확인</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>문제 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of {number} were never printed: {names}. Issue them now (recorded with a verification code) and put them in the dossier? If not, the dossier lists them as not issued.</source>
        <translation>
            <numerusform>{number}의 문서 %n건은 한 번도 인쇄되지 않았습니다: {names}. 지금 발급하여(문서확인번호와 함께 기록됨) 기록철에 넣을까요? 아니면 기록철에 발급되지 않은 문서로 적습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>서명된 문서 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s)</source>
        <translation>
            <numerusform>감사기록 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriorNoticeDialog</name>
    <message>
        <source>Prior notice of {number}</source>
        <translation>{number} 사전통지</translation>
    </message>
    <message numerus="yes">
        <source>, %n month(s)</source>
        <translation>
            <numerusform> %n개월</numerusform>
        </translation>
    </message>
    <message>
        <source>The prior notice tells {name} the intended disposition ({kind}{months}), the facts and the legal basis, and how and by when to submit an opinion.</source>
        <translation>사전통지는 {name}에 처분하려는 내용({kind}{months}), 원인이 되는 사실과 법적 근거, 의견제출의 방법과 기한을 알립니다.</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Period to submit an opinion</source>
        <translation>의견제출 기간</translation>
    </message>
    <message>
        <source>Send prior notice</source>
        <translation>사전통지 발송</translation>
    </message>
    <message>
        <source>At least {days} days (행정절차법 Art. 21 ③).</source>
        <translation>{days}일 이상이어야 합니다(「행정절차법」 제21조제3항).</translation>
    </message>
    <message>
        <source>Sent today, opinions are due by {day}</source>
        <translation>오늘 발송하면 의견제출 기한은 {day}입니다.</translation>
    </message>
</context>
<context>
    <name>PublicLists</name>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>The list as of the chosen day as a workbook: a draft, not published</source>
        <translation>선택한 날짜 기준 목록을 엑셀 파일로: 공표 전 초안</translation>
    </message>
    <message>
        <source>Print draft…</source>
        <translation>초안 인쇄…</translation>
    </message>
    <message>
        <source>Published lists</source>
        <translation>공표된 목록</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>엑셀 내보내기…</translation>
    </message>
    <message>
        <source>Each published list is printed and exported exactly as it was published.</source>
        <translation>공표한 목록은 공표한 그대로 인쇄되고 내보내집니다.</translation>
    </message>
    <message>
        <source>Public list</source>
        <translation>공표 목록</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>The public list as of</source>
        <translation>공표 목록 기준일</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>공표번호</translation>
    </message>
    <message>
        <source>List</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>공표 일시</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>공표자</translation>
    </message>
    <message>
        <source>Publish the list as of {day}…</source>
        <translation>{day} 기준 목록 공표…</translation>
    </message>
    <message>
        <source>Export the list as of {day}</source>
        <translation>{day} 기준 목록 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) as of {day} exported to {path} (a draft, not published).</source>
        <translation>
            <numerusform>{day} 기준 %n건을 {path}(으)로 내보냈습니다(공표 전 초안).</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish the list of {list} as of {day}? It takes the next publication number; its content is frozen, its PDF is signed when printed and its workbooks for the website are kept with it. A published list never changes: publish another for another day.</source>
        <translation>{day} 기준 {list} 목록을 공표하시겠습니까? 다음 공표번호가 부여되고, 내용이 고정되며, PDF는 인쇄할 때 전자서명되고, 누리집 게시용 엑셀 파일이 함께 보관됩니다. 공표한 목록은 바뀌지 않습니다. 다른 날짜의 목록은 새로 공표하십시오.</translation>
    </message>
    <message>
        <source>Publish a list</source>
        <translation>목록 공표</translation>
    </message>
    <message numerus="yes">
        <source>{number} published: {list} as of {day}, %n row(s).</source>
        <translation>
            <numerusform>{number} 공표: {day} 기준 {list}, %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the workbook of {number}</source>
        <translation>{number} 엑셀 파일 내보내기</translation>
    </message>
</context>
<context>
    <name>Publication</name>
    <message>
        <source>{kind} is not a public list.</source>
        <translation>{kind}은(는) 공표 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>{text} is not a publication number such as {example}.</source>
        <translation>{text}은(는) {example}와 같은 공표번호가 아닙니다.</translation>
    </message>
    <message>
        <source>A list is published as of today or an earlier day, not {day}.</source>
        <translation>목록은 오늘 또는 그 이전 날짜 기준으로 공표합니다. {day} 기준으로는 공표할 수 없습니다.</translation>
    </message>
    <message>
        <source>The publication no longer exists.</source>
        <translation>공표 기록이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>No published list is numbered {number}.</source>
        <translation>공표번호 {number}인 목록이 없습니다.</translation>
    </message>
    <message>
        <source>Publication {number} has no frozen content.</source>
        <translation>공표 {number}에 고정된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Designated institutes</source>
        <translation>지정 평가기관</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>행정처분</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>다음에서 찾기(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>The image {file} does not exist.</source>
        <translation>이미지 {file}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{file} is not an image that can be read (PNG or JPEG).</source>
        <translation>{file}은(는) 읽을 수 있는 이미지(PNG 또는 JPEG)가 아닙니다.</translation>
    </message>
    <message>
        <source>No QR code could be read in {file}.</source>
        <translation>{file}에서 QR 코드를 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Search…</source>
        <translation>검색…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search: {table}</source>
        <translation>{table} 검색</translation>
    </message>
    <message numerus="yes">
        <source>%n{more} row(s)</source>
        <translation>
            <numerusform>%n{more}행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n{more} row(s)</source>
        <translation>
            <numerusform>%n{more}행 중 {shown}행</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry entry no longer exists.</source>
        <translation>해당 지정 현황 항목이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>A change cannot take effect before the designation on {date}.</source>
        <translation>변경은 지정일({date}) 전에 효력이 생길 수 없습니다.</translation>
    </message>
    <message>
        <source>A change is recorded once it has taken effect: {date} is after today.</source>
        <translation>변경은 효력이 생긴 뒤에 기록합니다. {date}은(는) 오늘 이후입니다.</translation>
    </message>
    <message>
        <source>The designation had ended by {date}: no change can take effect then.</source>
        <translation>{date}에는 지정의 효력이 이미 없어 변경이 효력을 가질 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose at least one kind of property the institute may evaluate.</source>
        <translation>평가 대상을 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <source>Choose at least one way the institute expresses value.</source>
        <translation>평가결과 표시 방법을 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <source>That is already in force on {date}: nothing changes.</source>
        <translation>{date}에 이미 그 내용입니다. 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Enter the institute&apos;s new name.</source>
        <translation>기관의 새 명칭을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the new representative&apos;s name.</source>
        <translation>새 대표자 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation>새 소재지를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the institute it merged with.</source>
        <translation>합병 상대 기관을 입력하십시오.</translation>
    </message>
    <message>
        <source>At most {limit} characters, please.</source>
        <translation>{limit}자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>Say whether the institute absorbed the other or was merged into it.</source>
        <translation>이 기관이 상대 기관을 흡수합병했는지, 상대 기관에 합병되었는지 고르십시오.</translation>
    </message>
    <message>
        <source>A change of this kind on {date} is recorded already.</source>
        <translation>{date}자 같은 종류의 변경이 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Attach the evidence of the change (e.g. the register extract or the letter that reported it).</source>
        <translation>변경 증빙(예: 등기사항증명서 또는 변경신고 문서)을 첨부하십시오.</translation>
    </message>
    <message>
        <source>The review date must come after the designation on {date}.</source>
        <translation>점검 예정일은 지정일({date}) 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>no review date</source>
        <translation>점검 예정일 없음</translation>
    </message>
    <message>
        <source>This change has no evidence attached.</source>
        <translation>이 변경에는 첨부된 증빙이 없습니다.</translation>
    </message>
    <message>
        <source>Merged into {partner}</source>
        <translation>{partner}에 합병</translation>
    </message>
    <message>
        <source>Absorbed {partner}</source>
        <translation>{partner} 흡수합병</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>지정 유지</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>업무정지</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>지정취소</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Inventions</source>
        <translation>발명</translation>
    </message>
    <message>
        <source>Trademarks</source>
        <translation>상표</translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation>영업비밀</translation>
    </message>
    <message>
        <source>Layout designs</source>
        <translation>배치설계</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation>평가 대상 변경</translation>
    </message>
    <message>
        <source>Output types changed</source>
        <translation>평가결과 표시 변경</translation>
    </message>
    <message>
        <source>Name changed</source>
        <translation>명칭 변경</translation>
    </message>
    <message>
        <source>Representative changed</source>
        <translation>대표자 변경</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>소재지 변경</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>합병</translation>
    </message>
    <message>
        <source>Not designated yet</source>
        <translation>지정 전</translation>
    </message>
    <message>
        <source>Suspended until {day}</source>
        <translation>{day}까지 효력정지</translation>
    </message>
    <message>
        <source>The designation is already revoked{reference}; nothing more can be disposed against it.</source>
        <translation>지정이 이미 취소되었으므로{reference} 더 이상 처분할 수 없습니다.</translation>
    </message>
    <message>
        <source>The disposition cannot take effect before the designation ({day}).</source>
        <translation>처분은 지정일({day}) 이전에 효력을 가질 수 없습니다.</translation>
    </message>
    <message>
        <source>The suspension overlaps suspension {reference} ({start} – {end}) of the same institute; choose a start after {end}</source>
        <translation>같은 기관의 효력정지 {reference}({start}–{end})와 기간이 겹칩니다. {end} 이후의 시작일을 고르십시오.</translation>
    </message>
    <message>
        <source>Designated again after the suspension ended</source>
        <translation>효력정지 기간 종료로 지정 효력 회복</translation>
    </message>
</context>
<context>
    <name>RegistryChangeDialog</name>
    <message>
        <source>Record a change of {name}</source>
        <translation>{name} 변경사항 기록</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>It absorbed the institute named</source>
        <translation>이 기관이 아래 기관을 흡수합병</translation>
    </message>
    <message>
        <source>It was merged into the institute named</source>
        <translation>이 기관이 아래 기관에 합병됨</translation>
    </message>
    <message>
        <source>Merger</source>
        <translation>합병 형태</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>효력 발생일</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>새 명칭</translation>
    </message>
    <message>
        <source>New representative</source>
        <translation>새 대표자</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>새 소재지</translation>
    </message>
    <message>
        <source>Other institute</source>
        <translation>상대 기관</translation>
    </message>
    <message>
        <source>Choose the evidence of the change</source>
        <translation>변경 증빙 파일 선택</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx)</source>
        <translation>문서 (*.pdf *.jpg *.jpeg *.png *.hwp *.hwpx *.docx)</translation>
    </message>
    <message>
        <source>The evidence file cannot be read: {reason}</source>
        <translation>증빙 파일을 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Record a change…</source>
        <translation>변경사항 기록…</translation>
    </message>
    <message>
        <source>Review date…</source>
        <translation>점검 예정일…</translation>
    </message>
    <message>
        <source>Registry entries</source>
        <translation>등록부 항목</translation>
    </message>
    <message>
        <source>History of the entry</source>
        <translation>항목 이력</translation>
    </message>
    <message>
        <source>Save evidence…</source>
        <translation>증빙 저장…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Designated per year</source>
        <translation>연도별 지정 현황</translation>
    </message>
    <message>
        <source>Published lists</source>
        <translation>공표한 목록</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>등록부</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · 기한 지남</translation>
    </message>
    <message>
        <source> · within 30 days</source>
        <translation> · 30일 이내</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Public/private</source>
        <translation>공공/민간</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>지정일</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (정정)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>평가 대상</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>평가결과 표시</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>지정 상태</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>점검 예정일</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>소재지</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>증빙</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message numerus="yes">
        <source>%n designated institute(s): {public} public, {private} private</source>
        <translation>
            <numerusform>지정 평가기관 %n곳: 공공 {public}곳, 민간 {private}곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an institute to see its history.</source>
        <translation>기관을 선택하면 이력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>{name} 이력</translation>
    </message>
    <message>
        <source>Change recorded.</source>
        <translation>변경사항을 기록했습니다.</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>증빙 저장</translation>
    </message>
    <message>
        <source>Files (*{suffix})</source>
        <translation>파일 (*{suffix})</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{name} holds no rows.</source>
        <translation>{name}에 행이 없습니다.</translation>
    </message>
    <message>
        <source>{name} has column names but no reports.</source>
        <translation>{name}에 열 이름만 있고 보고서가 없습니다.</translation>
    </message>
    <message>
        <source>{name} has {n} rows; import at most {max} at a time.</source>
        <translation>{name}은(는) {n}행입니다. 한 번에 최대 {max}행까지 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>the filing date {filing} lies in the future.</source>
        <translation>등록일 {filing}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>the report number {number} of this institute appears again (first in row {row}).</source>
        <translation>이 기관의 보고서 번호 {number}이(가) 다시 나옵니다 (처음: {row}행).</translation>
    </message>
    <message>
        <source>the report number {number} is in the register already with other content; an import does not change a filed report.</source>
        <translation>보고서 번호 {number}은(는) 이미 다른 내용으로 등록되어 있습니다. 가져오기로 등록된 보고서를 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows</source>
        <translation>{total}행 중 {done}행 확인</translation>
    </message>
    <message>
        <source>Saved {done} of {total} reports</source>
        <translation>보고서 {total}건 중 {done}건 저장</translation>
    </message>
    <message>
        <source>{n} report(s) from {name}, issued {first} to {last}</source>
        <translation>{name}에서 보고서 {n}건 (발급일 {first}~{last})</translation>
    </message>
    <message>
        <source>{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}.</source>
        <translation>{name}에 열 {missing}이(가) 없습니다. 첫 행에 열 이름을 적어야 합니다(예: {expected}).</translation>
    </message>
    <message>
        <source>the report number is empty.</source>
        <translation>보고서 번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>longer than {n} characters.</source>
        <translation>{n}자를 넘습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (e.g. 2026-03-15).</source>
        <translation>&apos;{value}&apos;은(는) 날짜가 아닙니다 (예: 2026-03-15).</translation>
    </message>
    <message>
        <source>the issue date {issue} lies before the valuation date {valuation}.</source>
        <translation>발급일 {issue}이(가) 평가기준일 {valuation}보다 앞섭니다.</translation>
    </message>
    <message>
        <source>the filing date {filing} lies before the issue date {issue}.</source>
        <translation>등록일 {filing}이(가) 발급일 {issue}보다 앞섭니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount in won (a whole number, e.g. 1,250,000,000).</source>
        <translation>&apos;{value}&apos;은(는) 원 단위 금액이 아닙니다 (정수, 예: 1,250,000,000).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a grade of the scale ({scale}).</source>
        <translation>&apos;{value}&apos;은(는) 등급 체계({scale})의 등급이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a score between 0 and 100.</source>
        <translation>&apos;{value}&apos;은(는) 0~100 사이의 점수가 아닙니다.</translation>
    </message>
    <message>
        <source>a valuation by grading states its grade or score.</source>
        <translation>등급평가는 등급이나 점수를 적어야 합니다.</translation>
    </message>
    <message>
        <source>a valuation by the market, income or cost approach states its amount.</source>
        <translation>시장·수익·원가접근법 평가는 평가금액을 적어야 합니다.</translation>
    </message>
    <message>
        <source>no designated institute has the designation number &apos;{value}&apos;.</source>
        <translation>지정번호 &apos;{value}&apos;인 지정 평가기관이 없습니다.</translation>
    </message>
    <message>
        <source>no designated institute has the business registration number &apos;{value}&apos;.</source>
        <translation>사업자등록번호 &apos;{value}&apos;인 지정 평가기관이 없습니다.</translation>
    </message>
    <message>
        <source>neither a designation number nor a business registration number is given.</source>
        <translation>지정번호도 사업자등록번호도 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {known}.</source>
        <translation>&apos;{value}&apos;은(는) 다음 중 하나가 아닙니다: {known}.</translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation>보고서가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Say what is to be corrected.</source>
        <translation>정정할 내용을 적으십시오.</translation>
    </message>
    <message>
        <source>The day of receipt {day} lies in the future.</source>
        <translation>수령일 {day}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>The day of receipt lies before the report was filed ({day}).</source>
        <translation>수령일이 보고서 등록일({day})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Correction of report {number} requested; answer due {due}</source>
        <translation>보고서 {number} 정정 요청, 회신 기한 {due}</translation>
    </message>
    <message>
        <source>The correction request no longer exists.</source>
        <translation>정정 요청이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>This request was answered on {day} already.</source>
        <translation>이 요청은 {day}에 이미 회신되었습니다.</translation>
    </message>
    <message>
        <source>The answer&apos;s date must lie between the request&apos;s receipt ({received}) and today.</source>
        <translation>회신일은 요청 수령일({received})과 오늘 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Say what the institute answered (for example, that it filed the corrected report again).</source>
        <translation>기관의 답변 내용을 적으십시오(예: 정정한 보고서를 다시 등록함).</translation>
    </message>
    <message>
        <source>Correction request answered on {day}</source>
        <translation>정정 요청 회신 {day}</translation>
    </message>
    <message>
        <source>Invention</source>
        <translation>발명</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>상표</translation>
    </message>
    <message>
        <source>Trade secret</source>
        <translation>영업비밀</translation>
    </message>
    <message>
        <source>Semiconductor layout</source>
        <translation>반도체 배치설계</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>출원</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>국내</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>해외</translation>
    </message>
    <message>
        <source>Collateral loan</source>
        <translation>담보대출</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>보증</translation>
    </message>
    <message>
        <source>Technology transfer</source>
        <translation>기술이전</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>소송</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Market approach</source>
        <translation>시장접근법</translation>
    </message>
    <message>
        <source>Income approach</source>
        <translation>수익접근법</translation>
    </message>
    <message>
        <source>Cost approach</source>
        <translation>원가접근법</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>등급평가</translation>
    </message>
    <message>
        <source>open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>회신됨</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 경과</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>평가보고서</translation>
    </message>
    <message>
        <source>Filter by institute, report number, purpose, subject, grade…</source>
        <translation>기관, 보고서 번호, 목적, 대상, 등급으로 찾기…</translation>
    </message>
    <message>
        <source>Filter the reports</source>
        <translation>평가보고서 거르기</translation>
    </message>
    <message>
        <source>Filed late only</source>
        <translation>지연 등록만</translation>
    </message>
    <message>
        <source>Import export file…</source>
        <translation>등록현황 파일 가져오기…</translation>
    </message>
    <message>
        <source>Request a correction…</source>
        <translation>정정요구…</translation>
    </message>
    <message>
        <source>Filed valuation reports</source>
        <translation>제출된 가치평가 보고서</translation>
    </message>
    <message>
        <source>Institutes</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록현황</translation>
    </message>
    <message>
        <source>By institute</source>
        <translation>기관별</translation>
    </message>
    <message>
        <source>Correction requests</source>
        <translation>정정 요청</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Filed late</source>
        <translation>지연 등록</translation>
    </message>
    <message>
        <source>Late rate</source>
        <translation>지연 비율</translation>
    </message>
    <message>
        <source>Correction of {number} requested.</source>
        <translation>{number} 정정요구를 기록했습니다.</translation>
    </message>
    <message>
        <source>Answer on {number} recorded.</source>
        <translation>{number} 정정요구 답변을 기록했습니다.</translation>
    </message>
    <message>
        <source>Loading the register…</source>
        <translation>등록현황을 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln report(s)</source>
        <translation>
            <numerusform>보고서 %Ln건 중 {shown}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Import filed reports</source>
        <translation>등록된 평가보고서 가져오기</translation>
    </message>
    <message>
        <source>Export files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>등록현황 파일 (*.xlsx *.csv *.txt);;Excel 통합 문서 (*.xlsx);;CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Importing filed reports</source>
        <translation>평가보고서 등록현황을 가져오는 중</translation>
    </message>
    <message>
        <source>{name} ({read_as}): {imported} report(s) imported, {late} of them filed late; {unchanged} already in the register unchanged.</source>
        <translation>{name} ({read_as}): 보고서 {imported}건을 가져왔습니다(지연 등록 {late}건). {unchanged}건은 이미 같은 내용으로 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name}이(가) {limit} MB보다 큽니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} 읽는 중</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Institute</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>보고서 번호</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>평가 대상</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>평가 목적</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>평가 방법</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>평가 결과</translation>
    </message>
    <message>
        <source>Due by {date} (30 days from the day after issue)</source>
        <translation>등록 기한 {date} (발급 다음 날부터 30일)</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>The Korean font file {name} is missing from {folder}: documents cannot be printed without it. Reinstall the application (the font ships with it).</source>
        <translation>한글 글꼴 파일 {name}이(가) {folder}에 없습니다. 이 글꼴 없이는 문서를 인쇄할 수 없습니다. 프로그램을 다시 설치하십시오(글꼴은 프로그램과 함께 제공됩니다).</translation>
    </message>
    <message>
        <source>The Korean font file {file} cannot be read ({reason}): documents cannot be printed without it. Reinstall the application (the font ships with it).</source>
        <translation>한글 글꼴 파일 {file}을(를) 읽을 수 없습니다({reason}). 이 글꼴 없이는 문서를 인쇄할 수 없습니다. 프로그램을 다시 설치하십시오(글꼴은 프로그램과 함께 제공됩니다).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>the backup file (.backup)</source>
        <translation>백업 파일(.backup)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>a new database file, or the URL of an empty PostgreSQL database</source>
        <translation>새 데이터베이스 파일 또는 빈 PostgreSQL 데이터베이스의 URL</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>복원할 곳</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity, contents, audit trail). It is restored only into an empty database; the database open now is not changed.</source>
        <translation>백업을 먼저 검사합니다(무결성, 내용, 감사 기록). 빈 데이터베이스에만 복원하며, 지금 열려 있는 데이터베이스는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>백업 선택</translation>
    </message>
    <message>
        <source>Backups (*.backup);;All files (*)</source>
        <translation>백업 (*.backup);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Restore into a new database file</source>
        <translation>새 데이터베이스 파일에 복원</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>SQLite 데이터베이스 (*.sqlite3 *.db)</translation>
    </message>
    <message numerus="yes">
        <source>Made {when} by {who} from {source} (version {version}, schema {schema}): %n record(s).</source>
        <translation>
            <numerusform>{when}에 {who}이(가) {source}에서 만든 백업(버전 {version}, 스키마 {schema}): 기록 %n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file does not look like a backup of this application.</source>
        <translation>이 파일은 이 프로그램의 백업으로 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>복원 중</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Compute results</source>
        <translation>결과 산출</translation>
    </message>
    <message>
        <source>Aggregate every applicant whose scoring is complete, with the round&apos;s frozen method and settings.</source>
        <translation>평가가 끝난 모든 신청기관의 결과를 공고에 확정된 집계방식과 설정으로 산출합니다.</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>결과 검증</translation>
    </message>
    <message>
        <source>Recompute every stored result from its own score sheets and settings, and check that the figures are identical.</source>
        <translation>저장된 모든 결과를 평가표와 설정으로 다시 계산하여 수치가 같은지 확인합니다.</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX 내보내기…</translation>
    </message>
    <message>
        <source>Selected applicant</source>
        <translation>선택한 신청기관</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>평가항목별 점수</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>종합점수</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>집계방식</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>주의표시</translation>
    </message>
    <message>
        <source>Normalised (information only)</source>
        <translation>표준화 점수(참고용)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>재계산 확인</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>{distance} points from the others&apos; mean</source>
        <translation>다른 위원 평균과 {distance}점 차이</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Select an applicant to see each member&apos;s total and the scores by criterion.</source>
        <translation>신청기관을 선택하면 위원별 총점과 평가항목별 점수가 표시됩니다.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>{number} {name}: aggregate {aggregate} ({method}, pass mark {mark}) — {verdict}; rank {rank} of {ranked}</source>
        <translation>{number} {name}: 종합점수 {aggregate}점 ({method}, 기준점수 {mark}점) — {verdict}, {ranked}개 기관 중 {rank}위</translation>
    </message>
    <message>
        <source>Reasons: {reasons}</source>
        <translation>사유: {reasons}</translation>
    </message>
    <message>
        <source>Flag: {flag}</source>
        <translation>주의: {flag}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) computed.</source>
        <translation>
            <numerusform>결과 %n건을 산출했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{matching} of %n stored result(s) match their recomputation.</source>
        <translation>
            <numerusform>저장된 결과 %n건 중 {matching}건이 재계산 결과와 일치합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to {file}.</source>
        <translation>
            <numerusform>결과 %n건을 {file}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Different: {numbers}.</source>
        <translation>불일치: {numbers}.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Normalised figure {value} — information only, not the official result. Equal aggregates are ranked by the higher score in criterion {first}, then criterion {second}.</source>
        <translation>표준화 점수 {value}점 — 참고용이며 공식 결과가 아닙니다. 종합점수가 같으면 평가항목 {first}, 다음으로 평가항목 {second}의 점수가 높은 기관이 앞섭니다.</translation>
    </message>
    <message>
        <source>Sheets changed since the result: {numbers}.</source>
        <translation>결과 산출 후 평가표가 바뀜: {numbers}.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting results</source>
        <translation>결과 내보내는 중</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <source>Review date of {name}</source>
        <translation>{name} 점검 예정일</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>점검 예정일 없음</translation>
    </message>
    <message>
        <source>Review (re-designation or inspection) on</source>
        <translation>재지정·점검 예정일</translation>
    </message>
    <message>
        <source>The Registry marks entries whose review date is within 30 days or past.</source>
        <translation>점검 예정일이 30일 이내이거나 지난 기관은 대장에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <source>Role of {name} ({username}), now {role}. The new role takes effect when they next log in; the change is recorded in the audit log.</source>
        <translation>{name}({username})의 현재 역할은 {role}입니다. 새 역할은 다음 로그인부터 적용되며, 변경 내용은 감사기록에 남습니다.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>새 역할</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>현장실사 위원</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>심의위원</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>결재권자</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>{row}행, {column}: {message}</translation>
    </message>
    <message>
        <source>{name} lacks the column(s) {missing}. The first row must name the columns, e.g. {expected}.</source>
        <translation>{name}에 {missing} 열이 없습니다. 첫 행에 열 이름을 적어야 합니다. 예: {expected}.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>성명이 비어 있습니다.</translation>
    </message>
    <message>
        <source>longer than {n} characters.</source>
        <translation>{n}자를 넘습니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not Y or N.</source>
        <translation>&apos;{value}&apos;은(는) Y 또는 N이 아닙니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a qualification the roster knows ({known}).</source>
        <translation>&apos;{value}&apos;은(는) 인정되는 자격이 아닙니다({known}).</translation>
    </message>
    <message>
        <source>a doctorate needs its field.</source>
        <translation>박사학위는 분야를 적어야 합니다.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of years between 0 and 60.</source>
        <translation>&apos;{value}&apos;은(는) 0에서 60 사이의 연수가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} holds no rows.</source>
        <translation>{name}에 내용이 없습니다.</translation>
    </message>
    <message>
        <source>{name} has column names but no people.</source>
        <translation>{name}에 열 이름만 있고 인력이 없습니다.</translation>
    </message>
    <message>
        <source>{name} has {n} rows; a roster holds at most {max}.</source>
        <translation>{name}은(는) {n}행입니다. 인력 명단은 최대 {max}행입니다.</translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows</source>
        <translation>{total}행 중 {done}행 확인</translation>
    </message>
</context>
<context>
    <name>RosterTransfer</name>
    <message>
        <source>{name} is {size} MB; a roster file may have at most {limit} MB.</source>
        <translation>{name}의 크기는 {size} MB입니다. 인력 명단 파일은 {limit} MB까지입니다.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>{name} 읽는 중</translation>
    </message>
    <message>
        <source>Import staff roster</source>
        <translation>전문인력 명단 가져오기</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>인력 명단 (*.xlsx *.csv *.txt);;엑셀 통합문서 (*.xlsx);;CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Importing the staff roster</source>
        <translation>전문인력 명단 가져오는 중</translation>
    </message>
    <message>
        <source>Replace the {current} people of the roster with the {new} people of {name}?</source>
        <translation>현재 명단의 {current}명을 {name}의 {new}명으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Export staff roster</source>
        <translation>전문인력 명단 내보내기</translation>
    </message>
    <message>
        <source>staff-roster.xlsx</source>
        <translation>전문인력명단.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>엑셀 통합문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RoundBatch</name>
    <message>
        <source>{done} of {total}: {number} {name}</source>
        <translation>{total}건 중 {done}건: {number} {name}</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Round {code}</source>
        <translation>공고 차수 {code}</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>새 공고 차수</translation>
    </message>
    <message>
        <source>e.g. {year}-2</source>
        <translation>예: {year}-2</translation>
    </message>
    <message>
        <source>e.g. {year} call for the designation of evaluation institutes</source>
        <translation>예: {year}년 평가기관 지정 공고</translation>
    </message>
    <message>
        <source>Deadline: day</source>
        <translation>마감: 날짜</translation>
    </message>
    <message>
        <source>Deadline: time (Korean time)</source>
        <translation>마감: 시각 (한국 시간)</translation>
    </message>
    <message>
        <source>One person may count in both staff groups (qualified and experienced)</source>
        <translation>한 사람을 두 인력 요건(자격 보유, 평가 경력)에 모두 산입할 수 있음</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>(Korean time)</source>
        <translation>(한국 시간)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>공고번호</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>접수 시작일</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>접수 종료일</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감일시</translation>
    </message>
    <message>
        <source>Settings of this round (frozen when it opens)</source>
        <translation>이 공고의 설정 (접수를 시작하면 고정됨)</translation>
    </message>
    <message>
        <source>Supplement deadline</source>
        <translation>보완 기한</translation>
    </message>
    <message>
        <source>This round is open: its period, deadline and settings are frozen.</source>
        <translation>접수 중인 공고입니다. 기간, 마감일시와 설정은 고정되어 있습니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>접수 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>A round needs a code and a title.</source>
        <translation>공고 차수에는 코드와 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>기간의 종료일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The deadline lies before the period starts.</source>
        <translation>마감일시가 기간 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The deadline lies after the period ends.</source>
        <translation>마감일시가 기간 종료일보다 뒤입니다.</translation>
    </message>
    <message>
        <source>Unknown round setting: {key}.</source>
        <translation>알 수 없는 공고 설정입니다: {key}.</translation>
    </message>
    <message>
        <source>A round with the code {code} exists.</source>
        <translation>코드가 {code}인 공고 차수가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Round {code} is open: its period, deadline and settings are frozen.</source>
        <translation>{code} 공고는 접수가 시작되어 기간, 마감일시와 설정이 고정되어 있습니다.</translation>
    </message>
    <message>
        <source>Only a planned round can be opened.</source>
        <translation>예정 상태의 공고 차수만 접수를 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>A round goes planned → open → closed → completed; it cannot go from {a} to {b}.</source>
        <translation>공고 차수는 예정 → 접수 중 → 마감 → 완료 순서로 진행합니다. {a}에서 {b}(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>공고 차수가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no round {code}.</source>
        <translation>{code} 공고가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>New round…</source>
        <translation>새 공고 차수…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>공고번호</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>접수 시작</translation>
    </message>
    <message>
        <source>One person in both staff groups</source>
        <translation>두 인력 요건 중복 산입</translation>
    </message>
    <message>
        <source>Supplement deadline</source>
        <translation>보완 기한</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>기준점수</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>점수 산정 방식</translation>
    </message>
    <message>
        <source>Criteria / checklist</source>
        <translation>심사기준 / 점검표 판</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Applications per status</source>
        <translation>상태별 신청 수</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>공고 차수</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>접수 기간</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감일시</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>상태별</translation>
    </message>
    <message>
        <source>Select a round to see its settings and counts.</source>
        <translation>공고 차수를 선택하면 설정과 신청 수를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>not yet: settings can still change</source>
        <translation>아직 아님: 설정을 바꿀 수 있음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니오</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>Trimmed mean (highest and lowest dropped)</source>
        <translation>절사평균(최고·최저 제외)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>산술평균</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Open for applications…</source>
        <translation>접수 시작…</translation>
    </message>
    <message>
        <source>Close round…</source>
        <translation>접수 마감…</translation>
    </message>
    <message>
        <source>Mark completed…</source>
        <translation>완료 처리…</translation>
    </message>
    <message>
        <source>No further step</source>
        <translation>다음 단계 없음</translation>
    </message>
    <message>
        <source>Round {code} created.</source>
        <translation>{code} 공고 차수를 만들었습니다.</translation>
    </message>
    <message>
        <source>Round {code} saved.</source>
        <translation>{code} 공고 차수를 저장했습니다.</translation>
    </message>
    <message>
        <source>Open round {code} for applications? Its settings are frozen from now on.</source>
        <translation>{code} 공고의 접수를 시작하시겠습니까? 이제부터 설정이 고정됩니다.</translation>
    </message>
    <message>
        <source>Close round {code}? Applications are no longer received.</source>
        <translation>{code} 공고의 접수를 마감하시겠습니까? 더 이상 신청을 받지 않습니다.</translation>
    </message>
    <message>
        <source>Mark round {code} completed?</source>
        <translation>{code} 공고를 완료 처리하시겠습니까?</translation>
    </message>
    <message>
        <source>Round {code}: {status}.</source>
        <translation>{code} 공고: {status}.</translation>
    </message>
</context>
<context>
    <name>SanctionFromCheckDialog</name>
    <message>
        <source>Open a sanction case from {number}</source>
        <translation>{number}(으)로 제재사건 개시</translation>
    </message>
    <message>
        <source>A case against {name} on the ground: {ground}. Check {number} is added as its evidence; the disposition is decided after the prior notice and the hearing.</source>
        <translation>{name}에 대한 사건이며 사유는 {ground}입니다. 타당성조사 {number}이(가) 증거로 첨부되며, 처분은 사전통지와 청문을 거쳐 결정합니다.</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation>개월</translation>
    </message>
    <message>
        <source>Suspension of</source>
        <translation>효력정지 기간</translation>
    </message>
    <message>
        <source>What happened (Korean)</source>
        <translation>위반 사실(국문)</translation>
    </message>
    <message>
        <source>The same in English, for the English documents (optional)</source>
        <translation>영문 문서에 적을 같은 내용(선택)</translation>
    </message>
    <message>
        <source>Intended disposition</source>
        <translation>예정 처분</translation>
    </message>
    <message>
        <source>Breach ended on</source>
        <translation>위반행위 종료일</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>위반 사실</translation>
    </message>
    <message>
        <source>Facts in English</source>
        <translation>영문 위반 사실</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>사건 개시</translation>
    </message>
    <message>
        <source>A sanction may be disposed until {day} (5 years, 행정기본법 Art. 23 ①).</source>
        <translation>{day}까지 제재처분을 할 수 있습니다(5년, 「행정기본법」 제23조제1항).</translation>
    </message>
</context>
<context>
    <name>Sanctions</name>
    <message>
        <source>The disposition no longer exists.</source>
        <translation>처분이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The disposition cannot take effect before today ({day}).</source>
        <translation>처분은 오늘({day}) 이전에 효력을 가질 수 없습니다.</translation>
    </message>
    <message>
        <source>A disposition is drafted after the hearing (Act Art. 57).</source>
        <translation>처분은 청문을 거친 후에 기안합니다(「발명진흥법」 제57조).</translation>
    </message>
    <message>
        <source>Case {number} already has a drafted disposition.</source>
        <translation>사건 {number}에는 이미 기안된 처분이 있습니다.</translation>
    </message>
    <message>
        <source>The presiding officer of the hearing does not draft the disposition.</source>
        <translation>청문주재자는 처분을 기안하지 않습니다.</translation>
    </message>
    <message>
        <source>State the reasons of the disposition (행정절차법 Art. 23).</source>
        <translation>처분의 이유를 적으십시오(「행정절차법」 제23조).</translation>
    </message>
    <message>
        <source>An issued disposition stays as issued.</source>
        <translation>발급된 처분은 발급된 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Case {number} has no drafted disposition.</source>
        <translation>사건 {number}에는 작성된 처분안이 없습니다.</translation>
    </message>
    <message>
        <source>Disposition {number} is already issued.</source>
        <translation>처분 {number}은(는) 이미 발급되었습니다.</translation>
    </message>
    <message>
        <source>The drafter of a disposition cannot also approve it: another approver must issue it (four eyes).</source>
        <translation>처분의 기안자는 결재할 수 없습니다. 다른 결재권자가 발급해야 합니다(4개의 눈 원칙).</translation>
    </message>
    <message>
        <source>The presiding officer of the hearing cannot approve the disposition.</source>
        <translation>청문주재자는 처분을 결재할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose an active user to preside over the hearing.</source>
        <translation>청문을 주재할 활성 사용자를 고르십시오.</translation>
    </message>
    <message>
        <source>{name} took part in case {number} and may not preside over its hearing (행정절차법 Art. 29); choose someone who did not handle it.</source>
        <translation>{name}은(는) 사건 {number}에 관여하였으므로 청문을 주재할 수 없습니다(「행정절차법」 제29조). 사건을 처리하지 않은 사람을 고르십시오.</translation>
    </message>
    <message>
        <source>A hearing is notified after the prior notice, once.</source>
        <translation>청문은 사전통지 후에 한 번 통지합니다.</translation>
    </message>
    <message>
        <source>Give the place of the hearing.</source>
        <translation>청문 장소를 적으십시오.</translation>
    </message>
    <message>
        <source>Notify the hearing first; its record is made once.</source>
        <translation>먼저 청문을 통지하십시오. 청문조서는 한 번 작성합니다.</translation>
    </message>
    <message>
        <source>The hearing is on {day}; its record is made after it is held.</source>
        <translation>청문일은 {day}입니다. 청문조서는 청문을 마친 후에 작성합니다.</translation>
    </message>
    <message>
        <source>Record who attended (or that the party was absent).</source>
        <translation>출석자(또는 당사자의 불출석)를 기록하십시오.</translation>
    </message>
    <message>
        <source>Record the statements made at the hearing.</source>
        <translation>청문에서 진술된 내용을 기록하십시오.</translation>
    </message>
    <message>
        <source>Record the presiding officer&apos;s opinion.</source>
        <translation>청문주재자의 의견을 기록하십시오.</translation>
    </message>
    <message>
        <source>The record of this sanction document no longer exists.</source>
        <translation>이 처분 문서의 기록이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The period to submit an opinion must be at least {days} days (행정절차법 Art. 21 ③).</source>
        <translation>의견제출 기한은 {days}일 이상이어야 합니다(「행정절차법」 제21조제3항).</translation>
    </message>
    <message>
        <source>The hearing must be notified at least {days} days before it is held (행정절차법 Art. 21 ②): with notice on {notice}, the earliest hearing date is {earliest}</source>
        <translation>청문은 시작일 {days}일 전까지 통지해야 합니다(「행정절차법」 제21조제2항). {notice}에 통지하면 가장 이른 청문일은 {earliest}입니다</translation>
    </message>
    <message>
        <source>The day the breach ended ({day}) lies in the future.</source>
        <translation>위반행위 종료일({day})이 미래입니다.</translation>
    </message>
    <message>
        <source>The breach ended on {ended}: more than {years} years have passed (the last day to sanction was {last}), so no sanction may be imposed (행정기본법 Art. 23 ①).</source>
        <translation>위반행위가 {ended}에 종료되어 {years}년이 지났으므로(제재 가능한 마지막 날 {last}) 제재처분을 할 수 없습니다(「행정기본법」 제23조제1항).</translation>
    </message>
    <message>
        <source>A designation obtained by fraud must be revoked (Act Art. 31 ① proviso); a suspension is not allowed.</source>
        <translation>거짓이나 부정한 방법으로 받은 지정은 취소해야 하며(「발명진흥법」 제31조제1항 단서) 효력정지는 할 수 없습니다.</translation>
    </message>
    <message>
        <source>A suspension lasts at least one day.</source>
        <translation>효력정지 기간은 최소 1일입니다.</translation>
    </message>
    <message>
        <source>A suspension lasts at most {months} months (Act Art. 31 ①): from {start} it must end by {last}, not {end}</source>
        <translation>효력정지는 최대 {months}개월입니다(「발명진흥법」 제31조제1항). {start}부터이면 {end}이 아니라 {last}까지 끝나야 합니다.</translation>
    </message>
    <message>
        <source>{text} is not a number such as {example}.</source>
        <translation>{text}은(는) {example}과 같은 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>The sanction case no longer exists.</source>
        <translation>제재 사건이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A case is opened against a designated institute.</source>
        <translation>제재 사건은 지정된 평가기관에 대하여 엽니다.</translation>
    </message>
    <message>
        <source>State the facts the case rests on.</source>
        <translation>사건의 원인이 되는 사실을 적으십시오.</translation>
    </message>
    <message>
        <source>An intended suspension lasts 1 to 6 months.</source>
        <translation>예정 효력정지 기간은 1개월부터 6개월까지입니다.</translation>
    </message>
    <message>
        <source>Case {number} is disposed; its evidence is closed.</source>
        <translation>사건 {number}은(는) 처분되어 증거를 더 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Name the evidence.</source>
        <translation>증거의 이름을 적으십시오.</translation>
    </message>
    <message>
        <source>Attach a file or name the record the evidence refers to.</source>
        <translation>파일을 첨부하거나 증거가 가리키는 기록을 적으십시오.</translation>
    </message>
    <message>
        <source>The prior notice of {number} was already sent.</source>
        <translation>{number}의 사전통지는 이미 발송되었습니다.</translation>
    </message>
    <message>
        <source>Send the prior notice first.</source>
        <translation>먼저 사전통지를 발송하십시오.</translation>
    </message>
    <message>
        <source>The opinion on {number} is already recorded.</source>
        <translation>{number}에 대한 의견은 이미 기록되었습니다.</translation>
    </message>
    <message>
        <source>Write what the institute submitted.</source>
        <translation>기관이 제출한 의견을 적으십시오.</translation>
    </message>
    <message>
        <source>The opinion cannot be received after today ({day}).</source>
        <translation>의견 접수일은 오늘({day}) 이후일 수 없습니다.</translation>
    </message>
    <message>
        <source>The opinion cannot be received before the prior notice was sent ({day}).</source>
        <translation>의견 접수일은 사전통지 발송일({day}) 전일 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no sanction document {number}.</source>
        <translation>처분 문서 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Designation obtained by fraud (Art. 31 ① 1)</source>
        <translation>거짓·부정한 방법으로 지정 (제31조제1항제1호)</translation>
    </message>
    <message>
        <source>Lost the ability to evaluate (Art. 31 ① 2)</source>
        <translation>평가 능력 상실 (제31조제1항제2호)</translation>
    </message>
    <message>
        <source>Evaluated in breach of the standard (Art. 31 ① 3)</source>
        <translation>평가기준 위반 평가 (제31조제1항제3호)</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>효력정지</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>지정취소</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Prior notice sent</source>
        <translation>사전통지 발송</translation>
    </message>
    <message>
        <source>Hearing notified</source>
        <translation>청문 통지</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>청문 완료</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>처분 완료</translation>
    </message>
    <message>
        <source>Draft the disposition first.</source>
        <translation>먼저 처분을 기안하십시오.</translation>
    </message>
</context>
<context>
    <name>SanctionsPage</name>
    <message>
        <source>Sanctions</source>
        <translation>제재</translation>
    </message>
    <message>
        <source>Sanction cases</source>
        <translation>제재 사건</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>사건 문서</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>문서 언어</translation>
    </message>
    <message>
        <source>Preview document</source>
        <translation>문서 미리보기</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>사건 개시…</translation>
    </message>
    <message>
        <source>Send prior notice…</source>
        <translation>사전통지 발송…</translation>
    </message>
    <message>
        <source>Record opinion…</source>
        <translation>의견 기록…</translation>
    </message>
    <message>
        <source>Notify hearing…</source>
        <translation>청문 통지…</translation>
    </message>
    <message>
        <source>Record hearing…</source>
        <translation>청문 기록…</translation>
    </message>
    <message>
        <source>Draft disposition…</source>
        <translation>처분안 작성…</translation>
    </message>
    <message>
        <source>Approve and issue disposition</source>
        <translation>처분 결재·발급</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>처분안 폐기</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>증거 추가…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>처분 사유</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>예정 처분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>개시</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(초안)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>State</source>
        <translation>발급 상태</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>발급됨</translation>
    </message>
    <message>
        <source>Draft, awaiting approval</source>
        <translation>초안, 결재 대기</translation>
    </message>
    <message>
        <source>Select a case to see its documents.</source>
        <translation>사건을 선택하면 문서가 표시됩니다.</translation>
    </message>
    <message>
        <source>Documents of {number} ({name})</source>
        <translation>{number} ({name})의 문서</translation>
    </message>
    <message>
        <source>Evidence: {evidence}</source>
        <translation>증거: {evidence}</translation>
    </message>
    <message>
        <source>Select a case, or open a new one.</source>
        <translation>사건을 고르거나 새 사건을 개시하십시오.</translation>
    </message>
    <message>
        <source>Next: send the prior notice (행정절차법 Art. 21).</source>
        <translation>다음 단계: 사전통지(「행정절차법」 제21조).</translation>
    </message>
    <message>
        <source>Opinions are due by {day}; then notify the hearing.</source>
        <translation>의견 제출기한은 {day}입니다. 그다음 청문을 통지하십시오.</translation>
    </message>
    <message>
        <source>The hearing is on {day} at {place}; record it once it is held.</source>
        <translation>청문은 {day} {place}에서 열립니다. 청문을 마친 뒤 기록하십시오.</translation>
    </message>
    <message>
        <source>The drafted disposition awaits approval by someone other than its drafter.</source>
        <translation>작성한 처분안은 작성자가 아닌 결재권자의 결재를 기다립니다.</translation>
    </message>
    <message>
        <source>Next: draft the disposition.</source>
        <translation>다음 단계: 처분안 작성.</translation>
    </message>
    <message>
        <source>Disposed.</source>
        <translation>처분 완료.</translation>
    </message>
    <message>
        <source>Case {number} opened.</source>
        <translation>사건 {number}을(를) 개시했습니다.</translation>
    </message>
    <message>
        <source>Prior notice {number} sent.</source>
        <translation>사전통지 {number}을(를) 발송했습니다.</translation>
    </message>
    <message>
        <source>Evidence added.</source>
        <translation>증거를 추가했습니다.</translation>
    </message>
    <message>
        <source>Discard the drafted disposition of {number}? It can be drafted again.</source>
        <translation>{number}의 처분안을 폐기하시겠습니까? 다시 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>처분안을 폐기했습니다.</translation>
    </message>
    <message>
        <source>Opinion recorded.</source>
        <translation>의견을 기록했습니다.</translation>
    </message>
    <message>
        <source>Hearing notice {number} sent.</source>
        <translation>청문 통지서 {number}을(를) 발송했습니다.</translation>
    </message>
    <message>
        <source>Hearing record {number} made.</source>
        <translation>청문조서 {number}을(를) 작성했습니다.</translation>
    </message>
    <message>
        <source>Disposition drafted; it awaits approval.</source>
        <translation>처분안을 작성했습니다. 결재를 기다립니다.</translation>
    </message>
    <message>
        <source>Approve and issue the disposition of {number}? It is written into the registry at once.</source>
        <translation>{number}의 처분을 결재하고 발급할까요? 즉시 등록부에 반영됩니다.</translation>
    </message>
    <message>
        <source>Disposition issued.</source>
        <translation>처분을 발급했습니다.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Reschedule the inspection</source>
        <translation>현장실사 일정 변경</translation>
    </message>
    <message>
        <source>Schedule an inspection</source>
        <translation>현장실사 일정 지정</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>현장실사 일자</translation>
    </message>
    <message>
        <source>Inspection time (Korean time)</source>
        <translation>현장실사 시각 (한국 시간)</translation>
    </message>
    <message>
        <source>(Korean time)</source>
        <translation>(한국 시간)</translation>
    </message>
    <message>
        <source>Address of the applicant&apos;s office</source>
        <translation>신청기관 사무소 주소</translation>
    </message>
    <message>
        <source>Tick at least two; Space ticks the selected inspector.</source>
        <translation>2명 이상 선택하십시오. Space 키로 선택한 실사위원을 체크합니다.</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>신청:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>일시:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>장소:</translation>
    </message>
    <message>
        <source>Inspectors:</source>
        <translation>실사위원:</translation>
    </message>
    <message>
        <source>{name} — conflict declared: {ground}</source>
        <translation>{name} — 이해충돌 신고: {ground}</translation>
    </message>
</context>
<context>
    <name>ScheduleMeetingDialog</name>
    <message>
        <source>Schedule a committee meeting</source>
        <translation>위원회 회의 일정 등록</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Agenda (applicants in committee review)</source>
        <translation>안건 (위원회 심의 단계의 신청기관)</translation>
    </message>
</context>
<context>
    <name>ScoreSheetForm</name>
    <message>
        <source>Save draft</source>
        <translation>임시저장</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Score: {criterion}</source>
        <translation>점수: {criterion}</translation>
    </message>
    <message>
        <source>Comment: {criterion}</source>
        <translation>의견: {criterion}</translation>
    </message>
    <message>
        <source>Submitted and locked: only the chair can return it.</source>
        <translation>제출되어 잠겼습니다. 위원장만 반송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Fix these before saving:</source>
        <translation>저장하기 전에 다음을 고치십시오:</translation>
    </message>
    <message>
        <source>To submit, score every criterion; not scored yet: {ids}.</source>
        <translation>제출하려면 모든 평가항목에 점수를 입력하십시오. 아직 입력하지 않은 항목: {ids}.</translation>
    </message>
    <message>
        <source>Saves what you typed; you can change it later.</source>
        <translation>입력한 내용을 저장합니다. 나중에 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Submitting locks your sheet; then you see the other members&apos; sheets.</source>
        <translation>제출하면 평가표가 잠기고, 다른 위원의 평가표를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Not possible until this is fixed:</source>
        <translation>다음을 고치기 전에는 할 수 없습니다:</translation>
    </message>
    <message>
        <source>Total so far {total} of {max} (incomplete: only valid scores count)</source>
        <translation>현재 총점 {total} / {max} (미완성: 올바른 점수만 합산)</translation>
    </message>
    <message>
        <source>Select an applicant to score.</source>
        <translation>평가할 신청기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>평가항목</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(의견 없음)</translation>
    </message>
    <message>
        <source>0–{max}</source>
        <translation>0–{max}</translation>
    </message>
    <message>
        <source>Required below {floor}</source>
        <translation>{floor}점 미만이면 필수</translation>
    </message>
    <message>
        <source>{title} — your sheet: {status}</source>
        <translation>{title} — 나의 평가표: {status}</translation>
    </message>
    <message>
        <source>The chair returned your sheet: {reason}</source>
        <translation>위원장이 평가표를 반송했습니다: {reason}</translation>
    </message>
    <message>
        <source>Total {total} of {max}</source>
        <translation>총점 {total} / {max}</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The aggregate {total} is below the pass mark {mark}.</source>
        <translation>종합점수 {total}점이 합격 기준 {mark}점에 미달합니다.</translation>
    </message>
    <message>
        <source>Criterion {id} ({name}) scored {score}, below {floor} ({percent}% of {max}).</source>
        <translation>평가항목 {id}({name}) 점수 {score}점이 배점 {max}점의 {percent}%인 {floor}점에 미달함.</translation>
    </message>
    <message>
        <source>Criterion {id}: &apos;{text}&apos; is not a number.</source>
        <translation>평가항목 {id}: &apos;{text}&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Criterion {id}: the score must be between 0 and {max}.</source>
        <translation>평가항목 {id}: 점수는 0점에서 {max}점 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Criterion {id}: scores go in steps of {step}.</source>
        <translation>평가항목 {id}: 점수는 {step}점 단위로 입력합니다.</translation>
    </message>
    <message>
        <source>Criterion {id}: a score below {floor} ({percent}% of {max}) needs a comment.</source>
        <translation>평가항목 {id}: {floor}점(배점 {max}점의 {percent}%) 미만의 점수에는 의견을 적어야 합니다.</translation>
    </message>
    <message>
        <source>No submitted score sheets for {number}.</source>
        <translation>{number}에 대해 제출된 평가표가 없습니다.</translation>
    </message>
    <message>
        <source>{number}: waiting for the sheets of member(s) {labels}.</source>
        <translation>{number}: {labels} 위원의 평가표를 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>최고·최저 제외 평균</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>심사 결과</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>종합점수</translation>
    </message>
    <message>
        <source>Criterion {id}</source>
        <translation>평가항목 {id}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>주의표시</translation>
    </message>
    <message>
        <source>Normalised (information only)</source>
        <translation>표준화 점수(참고용)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>집계방식</translation>
    </message>
    <message>
        <source>Criteria version</source>
        <translation>심사기준 버전</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>기준점수</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>재계산</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>불일치</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Dropped (trimmed)</source>
        <translation>제외(절사)</translation>
    </message>
    <message>
        <source>In part ({share}): tied for the highest or lowest total</source>
        <translation>일부 반영({share}): 최고 또는 최저 총점 동점</translation>
    </message>
    <message>
        <source>{member}: total {total} is {distance} points from the others&apos; mean {mean}.</source>
        <translation>{member}: 총점 {total}점이 다른 위원 평균 {mean}점과 {distance}점 차이 납니다.</translation>
    </message>
    <message>
        <source>Criterion {id}: scores range from {low} to {high} (more than {limit} apart).</source>
        <translation>평가항목 {id}: 점수가 {low}점에서 {high}점까지 분포합니다({limit}점 초과 차이).</translation>
    </message>
    <message>
        <source>With 5 or more sheets one highest and one lowest total are left out; when several sheets tie for the highest (or lowest) total, they share that exclusion equally (each of k tied sheets counts (k−1)/k), so the result never depends on who holds which seat.</source>
        <translation>평가표가 5장 이상이면 최고·최저 총점 각 1장 분을 제외합니다. 최고(또는 최저) 총점이 같은 평가표가 여러 장이면 제외분을 똑같이 나누어(동점인 k장은 각각 (k−1)/k만큼 반영) 어느 위원이 어느 좌석에 앉았는지에 따라 결과가 달라지지 않습니다.</translation>
    </message>
    <message>
        <source>With 5 or more sheets one highest and one lowest total are left out; this result was computed before the shared tie rule: a tie was decided by seat label.</source>
        <translation>평가표가 5장 이상이면 최고·최저 총점 각 1장을 제외합니다. 이 결과는 동점 분할 규칙 이전에 산출되어 동점은 좌석 기호 순으로 정해졌습니다.</translation>
    </message>
    <message>
        <source>{number} has no result yet.</source>
        <translation>{number}의 심사 결과가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Member {label}</source>
        <translation>{label} 위원</translation>
    </message>
    <message>
        <source>{number} is not in committee review; it cannot be scored.</source>
        <translation>{number}은(는) 위원회 심의 단계가 아니어서 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unknown criterion: {ids}.</source>
        <translation>알 수 없는 평가항목: {ids}.</translation>
    </message>
    <message>
        <source>Criterion {id}: enter a score before submitting.</source>
        <translation>평가항목 {id}: 제출하기 전에 점수를 입력하십시오.</translation>
    </message>
    <message>
        <source>Your sheet for {number} is submitted and locked; the chair can return it to you.</source>
        <translation>{number}의 평가표는 제출되어 잠겼습니다. 위원장이 반송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your sheet for {number}</source>
        <translation>{number}에 대한 내 평가표</translation>
    </message>
    <message>
        <source>The score sheet no longer exists.</source>
        <translation>평가표가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>State why the sheet is returned.</source>
        <translation>평가표를 반송하는 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>Only a submitted sheet can be returned.</source>
        <translation>제출된 평가표만 반송할 수 있습니다.</translation>
    </message>
    <message>
        <source>The sheet</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>The sheets are shown once every present, non-conflicted member has submitted ({submitted} of {expected}).</source>
        <translation>출석한 모든 위원(이해충돌 위원 제외)이 제출하면 평가표가 공개됩니다({expected}명 중 {submitted}명 제출).</translation>
    </message>
    <message>
        <source>You see the other members&apos; sheets after submitting yours.</source>
        <translation>본인의 평가표를 제출한 뒤에 다른 위원의 평가표를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>미작성</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>임시저장</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반송</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Applicants to score</source>
        <translation>평가 대상 신청기관</translation>
    </message>
    <message>
        <source>Return sheet…</source>
        <translation>평가표 반송…</translation>
    </message>
    <message>
        <source>Your score sheet</source>
        <translation>나의 평가표</translation>
    </message>
    <message>
        <source>Submitted sheets</source>
        <translation>제출된 평가표</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Your sheet</source>
        <translation>나의 평가표</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>산출됨</translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): attendance not recorded yet.</source>
        <translation>회의 {number} ({status}): 출석이 아직 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): {present} of {seats} members present, quorum present ({required} needed).</source>
        <translation>회의 {number} ({status}): 위원 {seats}명 중 {present}명 출석, 정족수 충족 ({required}명 필요).</translation>
    </message>
    <message>
        <source>Meeting {number} ({status}): {present} of {seats} members present, no quorum ({required} needed).</source>
        <translation>회의 {number} ({status}): 위원 {seats}명 중 {present}명 출석, 정족수 미달 ({required}명 필요).</translation>
    </message>
    <message>
        <source>Select an applicant to score.</source>
        <translation>평가할 신청기관을 선택하십시오.</translation>
    </message>
    <message>
        <source>{title}: you do not score this applicant.</source>
        <translation>{title}: 이 신청기관을 평가하지 않습니다.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (본인)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message numerus="yes">
        <source>{submitted} of %n expected sheet(s) submitted.</source>
        <translation>
            <numerusform>제출 {submitted}건 / 예정 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit your sheet for {number}? It is then locked; only the chair can return it.</source>
        <translation>{number}의 평가표를 제출하시겠습니까? 제출하면 잠기며 위원장만 반송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Sheet for {number} submitted.</source>
        <translation>{number}의 평가표를 제출했습니다.</translation>
    </message>
    <message>
        <source>Draft for {number} saved.</source>
        <translation>{number}의 평가표를 임시저장했습니다.</translation>
    </message>
    <message>
        <source>Restored what you typed on this computer at {time} and had not saved yet; save it to keep it.</source>
        <translation>이 컴퓨터에서 {time}에 입력하고 저장하지 않은 내용을 되살렸습니다. 남기려면 저장하십시오.</translation>
    </message>
    <message>
        <source>Select the sheet to return.</source>
        <translation>반송할 평가표를 선택하십시오.</translation>
    </message>
    <message>
        <source>Return sheet</source>
        <translation>평가표 반송</translation>
    </message>
    <message>
        <source>Why is the sheet of {member} returned? The member sees this reason.</source>
        <translation>{member}의 평가표를 반송하는 이유는 무엇입니까? 위원에게 이 사유가 표시됩니다.</translation>
    </message>
    <message>
        <source>Sheet of {member} returned.</source>
        <translation>{member}의 평가표를 반송했습니다.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>patent attorney</source>
        <translation>변리사</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>공인회계사</translation>
    </message>
    <message>
        <source>professional engineer</source>
        <translation>기술사</translation>
    </message>
    <message>
        <source>doctorate</source>
        <translation>박사</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>변호사</translation>
    </message>
    <message>
        <source>real-estate appraiser</source>
        <translation>감정평가사</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{names} (not permanently employed)</source>
        <translation>{names}(상시 고용 아님)</translation>
    </message>
    <message>
        <source>{names} (no evidence of employment)</source>
        <translation>{names}(재직 증빙 없음)</translation>
    </message>
    <message>
        <source>{names} (no evidence of the experience)</source>
        <translation>{names}(경력 증빙 없음)</translation>
    </message>
    <message>
        <source> Not counted: {notes}.</source>
        <translation> 인정하지 않은 인력: {notes}.</translation>
    </message>
    <message>
        <source>No qualified permanent staff could be counted; at least {required} are required.</source>
        <translation>자격 요건을 갖춘 상근 인력으로 인정된 사람이 없음. 요건은 {required}명 이상임.</translation>
    </message>
    <message>
        <source>Qualified permanent staff counted: {n} ({names}); at least {required} are required.</source>
        <translation>자격 요건을 갖춘 상근 인력으로 {n}명({names})을 인정함. 요건은 {required}명 이상임.</translation>
    </message>
    <message>
        <source>No permanent staff with {years}+ years of evaluation experience could be counted; at least {required} are required.</source>
        <translation>평가 경력 {years}년 이상인 상근 인력으로 인정된 사람이 없음. 요건은 {required}명 이상임.</translation>
    </message>
    <message>
        <source>Permanent staff with {years}+ years of evaluation experience counted: {n} ({names}); at least {required} are required.</source>
        <translation>평가 경력 {years}년 이상인 상근 인력으로 {n}명({names})을 인정함. 요건은 {required}명 이상임.</translation>
    </message>
    <message>
        <source>{n} different people counted in the two staff groups; nobody may count in both, so at least {required} are required.</source>
        <translation>두 요건의 인력으로 서로 다른 {n}명을 인정함. 한 사람을 두 요건에 모두 산입할 수 없으므로 {required}명 이상이 필요함.</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>전문인력</translation>
    </message>
    <message>
        <source>dedicated unit</source>
        <translation>전담조직</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>시설·장비</translation>
    </message>
    <message>
        <source>Evidence missing for: {items}.</source>
        <translation>증빙서류 미제출: {items}.</translation>
    </message>
    <message>
        <source>Evidence attached for staff, dedicated unit and facilities.</source>
        <translation>전문인력, 전담조직, 시설·장비 증빙서류가 첨부되었습니다.</translation>
    </message>
    <message>
        <source>Dedicated evaluation unit: {text}</source>
        <translation>평가 전담조직: {text}</translation>
    </message>
    <message>
        <source>No dedicated evaluation unit is described.</source>
        <translation>평가 전담조직에 대한 기재가 없습니다.</translation>
    </message>
    <message>
        <source>Facilities and equipment: {text}</source>
        <translation>시설 및 장비: {text}</translation>
    </message>
    <message>
        <source>No facilities or equipment are described.</source>
        <translation>시설 및 장비에 대한 기재가 없습니다.</translation>
    </message>
    <message>
        <source>Application form attached.</source>
        <translation>지정신청서가 첨부되었습니다.</translation>
    </message>
    <message>
        <source>The application form (Form 3-5) is missing.</source>
        <translation>지정신청서(별지 제3호의5서식)가 없습니다.</translation>
    </message>
    <message>
        <source>Business plan provided.</source>
        <translation>사업계획서가 제출되었습니다.</translation>
    </message>
    <message>
        <source>The business plan is missing.</source>
        <translation>사업계획서가 없습니다.</translation>
    </message>
    <message>
        <source>No consent to the administrative check; registry extract attached.</source>
        <translation>행정정보 공동이용에 동의하지 않았으며, 등기사항증명서가 첨부되었습니다.</translation>
    </message>
    <message>
        <source>No consent to the administrative check and no registry extract or business registration certificate attached.</source>
        <translation>행정정보 공동이용에 동의하지 않았고 등기사항증명서나 사업자등록증도 첨부되지 않았습니다.</translation>
    </message>
    <message>
        <source>Screening runs on applications in status &apos;Screening&apos;.</source>
        <translation>서류심사는 &apos;서류심사&apos; 상태의 신청에 대해서만 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Screening results can be changed only while the application is in status &apos;Screening&apos;.</source>
        <translation>서류심사 결과는 신청이 &apos;서류심사&apos; 상태일 때만 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Run the screening first.</source>
        <translation>먼저 서류심사를 실행하십시오.</translation>
    </message>
    <message>
        <source>An override needs a reason; enter why the requirement is judged differently.</source>
        <translation>판정을 바꾸려면 사유가 필요합니다. 요건을 달리 판단한 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The latest screening has no requirement {rule}.</source>
        <translation>최근 서류심사에 {rule} 요건이 없습니다.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>적격</translation>
    </message>
    <message>
        <source>Deficient</source>
        <translation>보완 필요</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>부적격</translation>
    </message>
    <message>
        <source>Qualified staff (2 or more)</source>
        <translation>자격 보유 인력(2명 이상)</translation>
    </message>
    <message>
        <source>Experienced staff (3 or more, 3+ years)</source>
        <translation>경력 인력(3년 이상 경력자 3명 이상)</translation>
    </message>
    <message>
        <source>Distinct people in both staff groups</source>
        <translation>두 인력 요건의 서로 다른 인원</translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation>평가 전담조직</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>시설 및 장비</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>지정신청서</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>사업계획서</translation>
    </message>
    <message>
        <source>Evidence for each requirement</source>
        <translation>요건별 증빙서류</translation>
    </message>
    <message>
        <source>Registry extract or registration certificate</source>
        <translation>등기사항증명서 또는 사업자등록증</translation>
    </message>
</context>
<context>
    <name>ScreeningDetailPanel</name>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>Screened at:</source>
        <translation>심사일시:</translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation>확인:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>Required documents (Decree Art. 12 ①)</source>
        <translation>제출서류 (시행령 제12조제1항)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>첨부파일</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Preview letter</source>
        <translation>공문 미리보기</translation>
    </message>
    <message>
        <source>Print letter…</source>
        <translation>공문 인쇄…</translation>
    </message>
    <message>
        <source>Save letter as PDF…</source>
        <translation>공문 PDF 저장…</translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <translation>보완서류 접수…</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>공문:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>제출서류</translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>공문 언어</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Screener&apos;s override</source>
        <translation>심사자 판정 변경</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>{result} (overridden)</source>
        <translation>{result} (판정 변경)</translation>
    </message>
    <message>
        <source>{reason} ({by})</source>
        <translation>{reason} ({by})</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Files / reason</source>
        <translation>파일 / 사유</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rejection reason / note</source>
        <translation>반려 사유 / 증빙 내용</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청일</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일시</translation>
    </message>
    <message>
        <source>Deficiencies</source>
        <translation>보완 요청 사항</translation>
    </message>
    <message>
        <source>{date} – overdue</source>
        <translation>{date} – 기한 경과</translation>
    </message>
    <message>
        <source>Select an application to see its screening.</source>
        <translation>신청을 선택하면 서류심사 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>아직 심사하지 않음</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} {who}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 아님</translation>
    </message>
    <message>
        <source>The application changed after this screening (roster, documents or facts): run the screening again.</source>
        <translation>이 서류심사 뒤에 신청 내용(인력, 서류 또는 기재 사항)이 바뀌었습니다. 서류심사를 다시 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Only applications awaiting screening</source>
        <translation>서류심사 대기 중인 신청만</translation>
    </message>
    <message>
        <source>Mark overdue requests ineligible…</source>
        <translation>기한 경과 신청 부적격 처리…</translation>
    </message>
    <message>
        <source>Run screening</source>
        <translation>서류심사 실행</translation>
    </message>
    <message>
        <source>Confirm result</source>
        <translation>결과 확인</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>판정 변경…</translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <translation>보완요청…</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>서류심사</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Supplement due</source>
        <translation>보완 기한</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Applications to screen</source>
        <translation>서류심사 대상 신청</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>미심사</translation>
    </message>
    <message>
        <source>Screened at</source>
        <translation>심사일시</translation>
    </message>
    <message>
        <source>Failed requirements</source>
        <translation>미충족 요건</translation>
    </message>
    <message>
        <source>OVERDUE {text}</source>
        <translation>기한 경과 {text}</translation>
    </message>
    <message>
        <source>{application} (deadline {deadline})</source>
        <translation>{application} (기한 {deadline})</translation>
    </message>
    <message numerus="yes">
        <source>%n supplement request(s) past the deadline: {names}.</source>
        <translation>
            <numerusform>보완 기한이 지난 보완요청 %n건: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject document</source>
        <translation>서류 반려</translation>
    </message>
    <message>
        <source>Why is {file} rejected? The reason goes into the supplement request.</source>
        <translation>{file}을(를) 반려하는 사유는 무엇입니까? 사유는 보완요청 공문에 들어갑니다.</translation>
    </message>
    <message>
        <source>{file}: {state}.</source>
        <translation>{file}: {state}.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Review of {file}</source>
        <translation>{file} 검토</translation>
    </message>
    <message>
        <source>Only PDF files can be previewed here; {file} is a {type} file.</source>
        <translation>여기서는 PDF 파일만 미리 볼 수 있습니다. {file}은(는) {type} 파일입니다.</translation>
    </message>
    <message>
        <source>Supplement request {number} sent to {name}; deadline {deadline}.</source>
        <translation>보완요청 {number}을(를) {name}에 보냈습니다. 기한 {deadline}.</translation>
    </message>
    <message>
        <source>Supplement received late</source>
        <translation>기한 후 보완서류 접수</translation>
    </message>
    <message>
        <source>The deadline of {number} was {deadline}. Enter why the late supplement is accepted.</source>
        <translation>{number}의 기한은 {deadline}였습니다. 기한 후 보완서류를 접수하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>보완서류 접수</translation>
    </message>
    <message>
        <source>What did {name} supply for {number}? (optional)</source>
        <translation>{name}이(가) {number}에 따라 제출한 서류는 무엇입니까? (선택)</translation>
    </message>
    <message>
        <source>{number} received; screening again: {outcome}.</source>
        <translation>{number} 보완서류를 접수하고 다시 심사했습니다: {outcome}.</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n application(s) whose supplement deadline passed as ineligible? The reason is recorded with each.</source>
        <translation>
            <numerusform>보완 기한이 지난 신청 %n건을 부적격 처리하시겠습니까? 각 신청에 사유가 기록됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ineligible (not supplemented in time): {numbers}.</source>
        <translation>부적격 처리(기한 내 미보완): {numbers}.</translation>
    </message>
    <message>
        <source>Supplement request {number} – {name}</source>
        <translation>보완요청 {number} – {name}</translation>
    </message>
    <message>
        <source>Print supplement request {number}</source>
        <translation>보완요청 {number} 인쇄</translation>
    </message>
    <message>
        <source>Save supplement request as PDF</source>
        <translation>보완요청 공문을 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Screening of {number}: {outcome}.</source>
        <translation>{number} 서류심사 결과: {outcome}.</translation>
    </message>
    <message>
        <source>Confirm the screening of {number} as {outcome}?</source>
        <translation>{number}의 서류심사 결과를 &apos;{outcome}&apos;(으)로 확인하시겠습니까?</translation>
    </message>
    <message>
        <source>Screening of {number} confirmed.</source>
        <translation>{number}의 서류심사 결과를 확인했습니다.</translation>
    </message>
    <message>
        <source>Select the requirement to override in the Requirements tab.</source>
        <translation>지정요건 탭에서 판정을 바꿀 요건을 선택하십시오.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>판정 변경</translation>
    </message>
    <message>
        <source>Mark &apos;{rule}&apos; of {number} as {verdict}. Enter the reason (it is recorded).</source>
        <translation>{number}의 &apos;{rule}&apos; 요건을 {verdict}(으)로 판정합니다. 사유를 입력하십시오(기록됩니다).</translation>
    </message>
    <message>
        <source>{number}: &apos;{rule}&apos; overridden; outcome {outcome}.</source>
        <translation>{number}: &apos;{rule}&apos; 판정 변경, 결과 {outcome}.</translation>
    </message>
    <message>
        <source>{action}: {number} {name}?</source>
        <translation>{action}: {number} {name}?</translation>
    </message>
    <message>
        <source>{number} is now: {status}.</source>
        <translation>{number}의 상태: {status}.</translation>
    </message>
</context>
<context>
    <name>SealImageBox</name>
    <message>
        <source>Load the seal image</source>
        <translation>관인 이미지 불러오기</translation>
    </message>
    <message>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG 이미지 (*.png);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Load seal image…</source>
        <translation>관인 이미지 불러오기…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The registered seal as a PNG with a transparent background, at most 2 MB. It is printed with the last character of the sender&apos;s title at its centre.</source>
        <translation>등록된 관인을 배경이 투명한 PNG(2 MB 이하)로 불러옵니다. 발신명의의 마지막 글자가 관인의 중앙에 오도록 찍힙니다.</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>관인 없음</translation>
    </message>
    <message>
        <source>No seal image is loaded: documents print &quot;직인생략&quot; (seal omitted) beside the sender until the registered seal is loaded.</source>
        <translation>관인 이미지가 등록되지 않았습니다. 등록된 관인을 불러올 때까지 문서의 발신명의 옆에 &quot;직인생략&quot;이 표시됩니다.</translation>
    </message>
    <message>
        <source>The seal image is loaded ({size} KB); documents issued from now on carry it.</source>
        <translation>관인 이미지가 등록되어 있습니다({size} KB). 앞으로 시행하는 문서에 찍힙니다.</translation>
    </message>
</context>
<context>
    <name>SeatsDialog</name>
    <message>
        <source>Committee of round {code}</source>
        <translation>{code} 차수 지정심의위원회 구성</translation>
    </message>
    <message>
        <source>Members (seat order A, B, … as listed)</source>
        <translation>위원(목록 순서대로 A, B, … 위원)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>No user of that name</source>
        <translation>해당 이름의 사용자 없음</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>비밀번호 틀림</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>비활성화된 계정</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The server refused the user name or password for {where}; check both and try again.</source>
        <translation>서버가 {where}의 사용자 이름 또는 비밀번호를 거부했습니다. 둘 다 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server has no database {database}; create it first (see the README, Server).</source>
        <translation>서버에 데이터베이스 {database}이(가) 없습니다. 먼저 만드십시오(README의 서버 항목 참조).</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at {host}:{port}; check the address and that the server runs.</source>
        <translation>{host}:{port}에서 응답하는 PostgreSQL 서버가 없습니다. 주소와 서버 실행 여부를 확인하십시오.</translation>
    </message>
    <message>
        <source>The secure connection to {where} failed: {reason}. Check sslrootcert (the CA file) and the server&apos;s name.</source>
        <translation>{where}에 대한 보안 연결에 실패했습니다: {reason}. sslrootcert(CA 파일)와 서버 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>The server {where} cannot be used: {reason}</source>
        <translation>서버 {where}을(를) 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>A server needs a PostgreSQL address such as postgresql://admin@host/review; {where} is not one.</source>
        <translation>서버에는 postgresql://admin@host/review와 같은 PostgreSQL 주소가 필요합니다. {where}은(는) 그런 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>The role {role} may not create roles, so it cannot set up {where}: as the PostgreSQL superuser run ALTER ROLE {role} CREATEROLE, or connect as a role that may.</source>
        <translation>역할 {role}은(는) 역할을 만들 수 없으므로 {where}을(를) 설정할 수 없습니다. PostgreSQL 슈퍼유저로 ALTER ROLE {role} CREATEROLE을 실행하거나, 역할을 만들 수 있는 역할로 접속하십시오.</translation>
    </message>
    <message>
        <source>{where} could not be prepared: {reason}. Connect as the owner of the database.</source>
        <translation>{where}을(를) 준비하지 못했습니다: {reason}. 데이터베이스 소유자로 접속하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s database has schema {stored}, this application needs {head}: ask the administrator to run `designation-review server upgrade`.</source>
        <translation>서버 데이터베이스의 스키마는 {stored}이고 이 애플리케이션에는 {head}이(가) 필요합니다. 관리자에게 `designation-review server upgrade` 실행을 요청하십시오.</translation>
    </message>
    <message>
        <source>The database has no administrator yet: give --admin NAME and the password.</source>
        <translation>데이터베이스에 아직 관리자가 없습니다. --admin 이름과 비밀번호를 지정하십시오.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>서버의 호스트 이름이나 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>포트는 1부터 65535까지의 숫자입니다(PostgreSQL 기본값은 5432).</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>데이터베이스 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose how the connection is secured.</source>
        <translation>연결 보안 방식을 선택하십시오.</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate against the CA file that signed it: choose that file.</source>
        <translation>verify-full은 서버 인증서를 그 인증서에 서명한 CA 파일로 확인합니다. 그 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no CA file at {path}.</source>
        <translation>{path}에 CA 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Unknown setting: {key}.</source>
        <translation>알 수 없는 설정: {key}.</translation>
    </message>
    <message>
        <source>{setting}: choose yes or no.</source>
        <translation>{setting}: 예 또는 아니요를 선택하십시오.</translation>
    </message>
    <message>
        <source>{setting}: a whole number from {min} to {max}.</source>
        <translation>{setting}: {min}부터 {max}까지의 정수를 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: a number from {min} to {max}, with at most two decimals.</source>
        <translation>{setting}: {min}부터 {max}까지의 수를 소수점 이하 두 자리까지 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: a percentage from {min} % to {max} %, with at most two decimals.</source>
        <translation>{setting}: {min}%부터 {max}%까지의 비율을 소수점 이하 두 자리까지 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: {choices} 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>{setting}: enter a value.</source>
        <translation>{setting}: 값을 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: at most {n} characters.</source>
        <translation>{setting}: {n}자 이내로 입력하십시오.</translation>
    </message>
    <message>
        <source>The postcode has five digits, e.g. 35208.</source>
        <translation>우편번호는 다섯 자리 숫자입니다(예: 35208).</translation>
    </message>
    <message>
        <source>{setting}: digits and hyphens, e.g. 042-481-5000.</source>
        <translation>{setting}: 숫자와 하이픈으로 입력하십시오(예: 042-481-5000).</translation>
    </message>
    <message>
        <source>{setting}: an address like name@example.kr.</source>
        <translation>{setting}: name@example.kr 형식의 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: an address like www.moip.go.kr.</source>
        <translation>{setting}: www.moip.go.kr 형식의 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>{setting}: a list of at most {n} days with their names.</source>
        <translation>{setting}: 날짜와 명칭을 {n}개까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>{setting}: {value} is not a date such as 2026-10-02.</source>
        <translation>{setting}: {value}은(는) 2026-10-02와 같은 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>{setting}: name the day of {day} (at most 100 characters).</source>
        <translation>{setting}: {day}의 명칭을 입력하십시오(100자 이내).</translation>
    </message>
    <message>
        <source>{setting}: {day} is listed twice.</source>
        <translation>{setting}: {day}이(가) 두 번 입력되었습니다.</translation>
    </message>
    <message>
        <source>{setting}: PEM certificates (-----BEGIN CERTIFICATE----- …) and nothing else.</source>
        <translation>{setting}: PEM 형식의 인증서(-----BEGIN CERTIFICATE----- …)만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>{setting}: at most the days from the disposition ({days}).</source>
        <translation>{setting}: 처분이 있은 날부터의 기간({days}일) 이하여야 합니다.</translation>
    </message>
    <message>
        <source>{setting}: at most the years from the disposition ({years} × 365 days).</source>
        <translation>{setting}: 처분이 있은 날부터의 기간({years}년 × 365일) 이하여야 합니다.</translation>
    </message>
    <message>
        <source>The setting &apos;{label}&apos;</source>
        <translation>설정 &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>발신 기관</translation>
    </message>
    <message>
        <source>Procedure defaults</source>
        <translation>심사 절차 기본값</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>서명용 인증서</translation>
    </message>
    <message>
        <source>Remedies printed on refusals and sanctions</source>
        <translation>거부·제재 처분에 적는 불복 절차</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>데이터 보호</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>공문서</translation>
    </message>
    <message>
        <source>Authority title (Korean)</source>
        <translation>발신명의 (국문)</translation>
    </message>
    <message>
        <source>Authority title (English)</source>
        <translation>발신명의 (영문)</translation>
    </message>
    <message>
        <source>Agency name (Korean)</source>
        <translation>행정기관명 (국문)</translation>
    </message>
    <message>
        <source>Agency name (English)</source>
        <translation>행정기관명 (영문)</translation>
    </message>
    <message>
        <source>Secretariat (Korean)</source>
        <translation>사무국 (국문)</translation>
    </message>
    <message>
        <source>Secretariat (English)</source>
        <translation>사무국 (영문)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Address (Korean)</source>
        <translation>주소 (국문)</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>주소 (영문)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>팩스</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Disclosure class</source>
        <translation>공개구분</translation>
    </message>
    <message>
        <source>Pass mark (of 100)</source>
        <translation>기준점수 (100점 만점)</translation>
    </message>
    <message>
        <source>An applicant passes with an aggregate of at least this many points.</source>
        <translation>종합점수가 이 점수 이상이면 적합입니다.</translation>
    </message>
    <message>
        <source>Aggregation of the members&apos; scores</source>
        <translation>위원 점수 산정 방식</translation>
    </message>
    <message>
        <source>Criteria sheet version</source>
        <translation>심사기준표 판</translation>
    </message>
    <message>
        <source>Inspection checklist version</source>
        <translation>현장실사 점검표 판</translation>
    </message>
    <message>
        <source>One person may count in both staff groups</source>
        <translation>한 사람을 두 인력 요건에 중복 산입</translation>
    </message>
    <message>
        <source>Supplement deadline (days)</source>
        <translation>보완 기한 (일)</translation>
    </message>
    <message>
        <source>Days an applicant is given to supplement a filing, counted on the official calendar.</source>
        <translation>신청기관에 주는 보완 기간(일)으로, 공휴일을 반영한 달력으로 셉니다.</translation>
    </message>
    <message>
        <source>Conflict look-back period (years)</source>
        <translation>이해충돌 확인 기간 (년)</translation>
    </message>
    <message>
        <source>A member who worked for or with an applicant within these years is suggested as conflicted.</source>
        <translation>이 기간(년) 안에 신청기관에서 일했거나 함께 일한 위원은 이해충돌 후보로 제시됩니다.</translation>
    </message>
    <message>
        <source>Outlier sheet distance (points)</source>
        <translation>이상 평가표 기준 편차 (점)</translation>
    </message>
    <message>
        <source>A sheet this many points or more from the others&apos; aggregate is marked for the committee to discuss.</source>
        <translation>다른 위원들의 종합점수와 이 점수 이상 차이 나는 평가표는 위원회 논의 대상으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Criterion floor (share of its maximum)</source>
        <translation>항목별 과락 기준 (배점 대비)</translation>
    </message>
    <message>
        <source>An applicant fails when a criterion&apos;s aggregate is below this share of its maximum.</source>
        <translation>어느 평가항목의 종합점수가 그 배점의 이 비율에 못 미치면 부적합입니다.</translation>
    </message>
    <message>
        <source>Wide spread of a criterion (share of its maximum)</source>
        <translation>항목 점수 편차 경고 (배점 대비)</translation>
    </message>
    <message>
        <source>Quorum (more than this share of the members)</source>
        <translation>의사정족수 (재적위원 대비 초과 비율)</translation>
    </message>
    <message>
        <source>Show members as seats (Member A, B, …) in scores</source>
        <translation>점수에 위원을 좌석으로 표시 (위원 A, B, …)</translation>
    </message>
    <message>
        <source>Deadline of a finding&apos;s corrective action (days)</source>
        <translation>지적사항 시정조치 기한 (일)</translation>
    </message>
    <message>
        <source>Holidays declared by the government (임시공휴일)</source>
        <translation>정부가 지정한 임시공휴일</translation>
    </message>
    <message>
        <source>Signing key file (.p12)</source>
        <translation>서명 키 파일(.p12)</translation>
    </message>
    <message>
        <source>Signing certificate and chain (PEM)</source>
        <translation>서명용 인증서와 인증서 체인(PEM)</translation>
    </message>
    <message>
        <source>Signer shown in the signature</source>
        <translation>서명에 표시되는 서명자</translation>
    </message>
    <message>
        <source>Automatic daily backups to keep (0: none are made)</source>
        <translation>보관할 일일 자동 백업 수(0: 만들지 않음)</translation>
    </message>
    <message>
        <source>Appeals commission (Korean)</source>
        <translation>행정심판위원회 (한국어)</translation>
    </message>
    <message>
        <source>Appeals commission (English)</source>
        <translation>행정심판위원회 (영어)</translation>
    </message>
    <message>
        <source>Online appeals (website)</source>
        <translation>온라인 행정심판 (누리집)</translation>
    </message>
    <message>
        <source>Appeal: days from knowing of the disposition</source>
        <translation>행정심판: 처분이 있음을 안 날부터 (일)</translation>
    </message>
    <message>
        <source>Appeal: days from the disposition</source>
        <translation>행정심판: 처분이 있은 날부터 (일)</translation>
    </message>
    <message>
        <source>Court of a lawsuit (Korean)</source>
        <translation>행정소송 관할 법원 (한국어)</translation>
    </message>
    <message>
        <source>Court of a lawsuit (English)</source>
        <translation>행정소송 관할 법원 (영어)</translation>
    </message>
    <message>
        <source>Lawsuit: days from knowing of the disposition</source>
        <translation>행정소송: 처분이 있음을 안 날부터 (일)</translation>
    </message>
    <message>
        <source>Lawsuit: years from the disposition</source>
        <translation>행정소송: 처분이 있은 날부터 (년)</translation>
    </message>
    <message>
        <source>Objection to the ministry: days from receipt</source>
        <translation>이의신청: 처분을 받은 날부터 (일)</translation>
    </message>
    <message>
        <source>Electronic seal image (전자이미지관인)</source>
        <translation>전자이미지관인</translation>
    </message>
    <message>
        <source>Supplement request: finally approved by</source>
        <translation>보완 요청: 최종 결재권자</translation>
    </message>
    <message>
        <source>Inspection notice: finally approved by</source>
        <translation>현장실사 통지: 최종 결재권자</translation>
    </message>
    <message>
        <source>Decision notice: finally approved by</source>
        <translation>지정 결과 통지: 최종 결재권자</translation>
    </message>
    <message>
        <source>Trimmed mean (drop highest and lowest with 5 or more)</source>
        <translation>최고·최저 제외 평균 (5명 이상일 때)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>산술평균</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Public (공개)</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>Partly public (부분공개)</source>
        <translation>부분공개</translation>
    </message>
    <message>
        <source>Not public (비공개)</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Head of the authority (처장)</source>
        <translation>처장 결재</translation>
    </message>
    <message>
        <source>Director general, delegated (국장 전결)</source>
        <translation>국장 전결</translation>
    </message>
    <message>
        <source>Director, delegated (과장 전결)</source>
        <translation>과장 전결</translation>
    </message>
    <message>
        <source>The seal image is {size:.1f} MB; it may be 2 MB at most.</source>
        <translation>관인 이미지가 {size:.1f} MB입니다. 2 MB 이하의 파일만 등록할 수 있습니다.</translation>
    </message>
    <message>
        <source>The seal image must be a PNG file (this file is not one).</source>
        <translation>관인 이미지는 PNG 파일이어야 합니다(이 파일은 PNG가 아닙니다).</translation>
    </message>
    <message>
        <source>The seal image cannot be read as a PNG file.</source>
        <translation>관인 이미지를 PNG 파일로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The seal image has no transparency: load the registered seal as a PNG with a transparent background (an alpha channel).</source>
        <translation>관인 이미지에 투명한 부분이 없습니다. 등록된 관인을 배경이 투명한(알파 채널이 있는) PNG로 불러오십시오.</translation>
    </message>
    <message>
        <source>The file is not an export of this program: it has no settings table.</source>
        <translation>이 파일은 이 프로그램의 내보내기 파일이 아닙니다. 설정 표가 없습니다.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as JSON: {reason}</source>
        <translation>{file} 파일을 JSON으로 읽을 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Procedure defaults are copied into a round when it is created and frozen when it opens: rounds that already exist keep their own values, and only rounds created after you save take the new defaults. The issuing authority&apos;s details appear on documents printed from now on; documents already issued are printed again as they were issued. Every change is recorded in the audit log.</source>
        <translation>심사 절차 기본값은 공고를 만들 때 그 공고에 복사되고 접수를 시작하면 고정됩니다. 이미 만든 공고는 자신의 값을 그대로 유지하며, 저장한 뒤에 만드는 공고에만 새 기본값이 적용됩니다. 발신 기관 정보는 앞으로 출력하는 문서에 표시되며, 이미 시행한 문서는 시행 당시 그대로 다시 출력됩니다. 모든 변경은 감사기록에 남습니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Load from an export…</source>
        <translation>내보내기 파일에서 불러오기…</translation>
    </message>
    <message>
        <source>Put the settings of a JSON export (Export → JSON) into the fields; they are stored when you save.</source>
        <translation>JSON 내보내기 파일의 설정을 입력란에 넣습니다. 저장을 누르면 반영됩니다.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>new rounds</source>
        <translation>새 공고부터</translation>
    </message>
    <message>
        <source>from now on</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <source>The settings of {file} are in the fields: check them and save.</source>
        <translation>{file}의 설정을 입력란에 넣었습니다. 확인한 뒤 저장하십시오.</translation>
    </message>
    <message>
        <source>Not settings of this version, left out: {keys}.</source>
        <translation>이 버전에 없는 설정이어서 제외했습니다: {keys}.</translation>
    </message>
    <message>
        <source>The stored settings were loaded; check them and save again.</source>
        <translation>저장된 설정을 불러왔습니다. 확인한 뒤 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Load the settings of an export</source>
        <translation>내보내기 파일의 설정 불러오기</translation>
    </message>
    <message>
        <source>JSON exports (*.json);;All files (*)</source>
        <translation>JSON 내보내기 파일 (*.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Inspector</source>
        <translation>실사위원</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 일시</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>미서명</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>확인 내용</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>이해충돌</translation>
    </message>
    <message>
        <source>declared: must be replaced</source>
        <translation>신고됨: 교체 필요</translation>
    </message>
    <message>
        <source>Inspectors&apos; signatures</source>
        <translation>실사위원 서명</translation>
    </message>
    <message>
        <source>Attest and sign off</source>
        <translation>확인 및 서명</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>다시 열기…</translation>
    </message>
    <message>
        <source>Your attestation:</source>
        <translation>확인 문구:</translation>
    </message>
    <message>
        <source>Signed off by every inspector: the inspection is read-only.</source>
        <translation>실사위원 전원이 서명했습니다. 현장실사는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Completed: waiting for the signatures of every inspector.</source>
        <translation>작성 완료: 실사위원 전원의 서명을 기다립니다.</translation>
    </message>
    <message>
        <source>Complete the checklist (Ctrl+Enter) before signing off.</source>
        <translation>서명하기 전에 점검표 작성을 완료하십시오(Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The application may go to the committee.</source>
        <translation>지정심의위원회에 상정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Reopen {number}</source>
        <translation>{number} 다시 열기</translation>
    </message>
    <message>
        <source>Why must the signed checklist change? (recorded in the audit log)</source>
        <translation>서명된 점검표를 고쳐야 하는 이유는 무엇입니까? (감사 기록에 남습니다)</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>The certificate {name} was not valid when the document says it was signed.</source>
        <translation>인증서 {name}은(는) 문서에 적힌 서명 시각에 유효하지 않았습니다.</translation>
    </message>
    <message>
        <source>No certificate is trusted here: give the authority&apos;s certificate with --trust or add it to the trust folder.</source>
        <translation>이곳에서 신뢰하는 인증서가 없습니다. 발급기관의 인증서를 --trust로 지정하거나 신뢰 폴더에 추가하십시오.</translation>
    </message>
    <message>
        <source>The certificate {name} is not issued by a trusted certificate.</source>
        <translation>인증서 {name}은(는) 신뢰하는 인증서가 발급한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The file carries no signature and no sealed facts.</source>
        <translation>이 파일에는 서명도 봉인된 정보도 없습니다.</translation>
    </message>
    <message>
        <source>The pages differ from those that were signed.</source>
        <translation>페이지 내용이 서명된 것과 다릅니다.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF document.</source>
        <translation>이 파일은 읽을 수 있는 PDF 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>The file is damaged: parts of it cannot be read, so what it shows cannot be trusted.</source>
        <translation>파일이 손상되어 일부를 읽을 수 없으므로 표시된 내용을 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>The file was saved again by another program, so its PDF signature no longer matches its bytes; the signed content and the sealed facts are intact.</source>
        <translation>다른 프로그램으로 다시 저장된 파일이어서 PDF 서명이 파일의 바이트와 더 이상 일치하지 않지만, 서명된 내용과 봉인된 정보는 그대로입니다.</translation>
    </message>
    <message>
        <source>The signature cannot be read: {reason}.</source>
        <translation>서명을 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The signed bytes were changed: the signature no longer matches the document.</source>
        <translation>서명된 바이트가 변경되어 서명이 문서와 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>The signature is not valid cryptographically.</source>
        <translation>서명이 암호학적으로 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>The signature covers only part of the file.</source>
        <translation>서명이 파일의 일부만 포함합니다.</translation>
    </message>
    <message>
        <source>Changes were added after signing that alter what the document shows.</source>
        <translation>서명 후에 문서에 보이는 내용을 바꾸는 변경이 추가되었습니다.</translation>
    </message>
    <message>
        <source>The sealed facts were not sealed by the document&apos;s signer.</source>
        <translation>봉인된 정보가 이 문서의 서명자가 봉인한 것이 아닙니다.</translation>
    </message>
    <message>
        <source>The certificate {name} could not be validated up to a trusted certificate.</source>
        <translation>인증서 {name}을(를) 신뢰하는 인증서까지 검증할 수 없었습니다.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The certificate {name} is not valid yet: it is valid from {start}.</source>
        <translation>인증서 {name}은(는) 아직 유효하지 않습니다. {start}부터 유효합니다.</translation>
    </message>
    <message>
        <source>The certificate {name} expired on {end}; documents cannot be signed with it.</source>
        <translation>인증서 {name}은(는) {end}에 만료되어 문서에 서명할 수 없습니다.</translation>
    </message>
    <message>
        <source>The certificate {name} may not sign documents: its key usage does not include digital signature or non-repudiation.</source>
        <translation>인증서 {name}은(는) 문서 서명에 쓸 수 없습니다. 키 용도에 전자서명(digital signature)이나 부인방지(non-repudiation)가 없습니다.</translation>
    </message>
    <message>
        <source>the signing certificate file</source>
        <translation>서명용 인증서 파일</translation>
    </message>
    <message>
        <source>{file} holds no private key: export the certificate together with its key.</source>
        <translation>{file}에 개인키가 없습니다. 인증서를 키와 함께 내보내십시오.</translation>
    </message>
    <message>
        <source>{file} holds no certificate for its key.</source>
        <translation>{file}에 키에 해당하는 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>{file} holds a key of a kind that cannot sign documents (use ECDSA or RSA).</source>
        <translation>{file}의 키는 문서에 서명할 수 없는 종류입니다(ECDSA 또는 RSA를 사용하십시오).</translation>
    </message>
    <message>
        <source>In {file} the private key does not belong to the certificate {name}.</source>
        <translation>{file}의 개인키가 인증서 {name}의 키가 아닙니다.</translation>
    </message>
    <message>
        <source>{file} is not a PKCS#12 file (.p12 or .pfx).</source>
        <translation>{file}은(는) PKCS#12 파일(.p12 또는 .pfx)이 아닙니다.</translation>
    </message>
    <message>
        <source>The password of {file} is wrong.</source>
        <translation>{file}의 암호가 틀립니다.</translation>
    </message>
    <message>
        <source>The signing certificate file {file} does not exist.</source>
        <translation>서명용 인증서 파일 {file}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The signing certificate file {file} cannot be read: {reason}.</source>
        <translation>서명용 인증서 파일 {file}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>The document cannot be signed: it is not a readable PDF ({reason}).</source>
        <translation>문서에 서명할 수 없습니다. 읽을 수 있는 PDF가 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>The password file {file} cannot be read: {reason}.</source>
        <translation>암호 파일 {file}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>No signing certificate is configured: the administrator chooses it under File → Signing certificate…; nothing was issued.</source>
        <translation>서명용 인증서가 설정되지 않았습니다. 관리자가 파일 → 서명용 인증서…에서 선택합니다. 아무것도 발급하지 않았습니다.</translation>
    </message>
    <message>
        <source>The key file {file} now holds another certificate than the one configured: choose it again under File → Signing certificate….</source>
        <translation>키 파일 {file}에 설정된 것과 다른 인증서가 들어 있습니다. 파일 → 서명용 인증서…에서 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing was issued.</source>
        <translation>아무것도 발급하지 않았습니다.</translation>
    </message>
    <message>
        <source>The password of the signing key {file} was not given (set {variable} or use --signing-password-file); nothing was issued.</source>
        <translation>서명 키 {file}의 암호가 주어지지 않았습니다({variable}을(를) 설정하거나 --signing-password-file을 사용하십시오). 아무것도 발급하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SigningCertificateDialog</name>
    <message>
        <source>Signing certificate</source>
        <translation>서명용 인증서</translation>
    </message>
    <message>
        <source>Issued documents are signed with this key and certificate. The key file stays where it is, outside the database; its password is never stored in the database.</source>
        <translation>발급하는 문서는 이 키와 인증서로 서명합니다. 키 파일은 데이터베이스 밖, 지금 있는 곳에 그대로 두며 그 암호는 데이터베이스에 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 암호 기억</translation>
    </message>
    <message>
        <source>No system keyring is available (install the optional keyring package): the password is asked when a document is first signed.</source>
        <translation>사용할 수 있는 시스템 키링이 없습니다(선택 패키지 keyring을 설치하십시오). 암호는 처음 문서에 서명할 때 묻습니다.</translation>
    </message>
    <message>
        <source>the certificate&apos;s name</source>
        <translation>인증서의 이름</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>키 파일(PKCS#12)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Signer shown in the signature</source>
        <translation>서명에 표시되는 서명자</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>주체</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효기간</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>키 용도</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>서명 키 파일 선택</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>표시 없음</translation>
    </message>
    <message>
        <source>Choose the key file (.p12 or .pfx) first.</source>
        <translation>먼저 키 파일(.p12 또는 .pfx)을 선택하십시오.</translation>
    </message>
    <message>
        <source>This certificate can sign documents. Save to use it for documents issued from now on.</source>
        <translation>이 인증서로 문서에 서명할 수 있습니다. 저장하면 앞으로 발급하는 문서에 사용합니다.</translation>
    </message>
    <message>
        <source>Password of the signing key {file}:</source>
        <translation>서명 키 {file}의 암호:</translation>
    </message>
    <message>
        <source>Sign documents</source>
        <translation>문서 서명</translation>
    </message>
</context>
<context>
    <name>Spreadsheets</name>
    <message>
        <source>{name} is not UTF-8 or CP949 text (it looks like UTF-16 or a binary file). Save it from Excel as &apos;CSV UTF-8&apos; or &apos;CSV (comma delimited)&apos;.</source>
        <translation>{name}은(는) UTF-8 또는 CP949 텍스트가 아닙니다(UTF-16 또는 이진 파일로 보입니다). 엑셀에서 &apos;CSV UTF-8&apos; 또는 &apos;CSV (쉼표로 분리)&apos; 형식으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor CP949 (EUC-KR) text: byte {offset} cannot be read. Save it from Excel as &apos;CSV UTF-8&apos; or &apos;CSV (comma delimited)&apos;.</source>
        <translation>{name}은(는) UTF-8도 CP949(EUC-KR)도 아닙니다: {offset}번째 바이트를 읽을 수 없습니다. 엑셀에서 &apos;CSV UTF-8&apos; 또는 &apos;CSV (쉼표로 분리)&apos; 형식으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{name} cannot be read as CSV: {reason}</source>
        <translation>{name}을(를) CSV로 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): it is damaged or of another type.</source>
        <translation>{name}을(를) 엑셀 통합문서(.xlsx)로 읽을 수 없습니다. 파일이 손상되었거나 다른 형식입니다.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}은(는) 빈 파일입니다.</translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Save it as an Excel workbook (.xlsx) or as CSV and import that.</source>
        <translation>{name}은(는) 예전 엑셀 형식(.xls)입니다. 엑셀 통합문서(.xlsx)나 CSV로 저장한 뒤 가져오십시오.</translation>
    </message>
    <message>
        <source>{name}: only Excel workbooks (.xlsx) and CSV files can be imported.</source>
        <translation>{name}: 엑셀 통합문서(.xlsx)와 CSV 파일만 가져올 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff roster</source>
        <translation>전문인력 명단</translation>
    </message>
    <message>
        <source>Requirements: at least 2 permanent staff who are patent attorneys, CPAs, professional engineers or hold a related doctorate, and at least 3 with 3 or more years of evaluation experience.</source>
        <translation>요건: 변리사, 공인회계사, 기술사 또는 관련 분야 박사학위 소지자인 상시 고용 인력 2명 이상, 그리고 평가 업무 경력 3년 이상인 인력 3명 이상.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>인력 추가</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>인력 삭제</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>엑셀/CSV에서 가져오기…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>상시 고용</translation>
    </message>
    <message>
        <source>Employment evidence</source>
        <translation>재직 증빙</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>자격</translation>
    </message>
    <message>
        <source>Doctorate field</source>
        <translation>박사학위 분야</translation>
    </message>
    <message>
        <source>Related doctorate</source>
        <translation>관련 분야 박사</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>경력(년)</translation>
    </message>
    <message>
        <source>Experience evidence</source>
        <translation>경력 증빙</translation>
    </message>
</context>
<context>
    <name>StaleApplication</name>
    <message>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 기관명</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Business reg. no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Corporate reg. no.</source>
        <translation>법인등록번호</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>사업계획</translation>
    </message>
    <message>
        <source>Dedicated evaluation unit</source>
        <translation>전담조직</translation>
    </message>
    <message>
        <source>Facilities and equipment</source>
        <translation>시설·장비</translation>
    </message>
    <message>
        <source>Consent to the administrative check</source>
        <translation>행정정보 공동이용 동의</translation>
    </message>
    <message>
        <source>Inventions</source>
        <translation>발명</translation>
    </message>
    <message>
        <source>Trademarks</source>
        <translation>상표</translation>
    </message>
    <message>
        <source>Trade secrets</source>
        <translation>영업비밀</translation>
    </message>
    <message>
        <source>Semiconductor layout designs</source>
        <translation>반도체 배치설계</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>전문인력 명단</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니오</translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>Usefulness and competitiveness of the technology or mark</source>
        <translation>기술 또는 상표의 유용성 및 경쟁력</translation>
    </message>
    <message>
        <source>Degree of legal protection</source>
        <translation>권리의 법적 보호 정도</translation>
    </message>
    <message>
        <source>Commercialisation potential and marketability</source>
        <translation>사업화 가능성 및 시장성</translation>
    </message>
    <message>
        <source>Business economics</source>
        <translation>사업의 경제성</translation>
    </message>
    <message>
        <source>Choice and application of the valuation method</source>
        <translation>평가방법의 선택과 적용</translation>
    </message>
    <message>
        <source>Statement of the basis in the report</source>
        <translation>평가서의 근거 기재</translation>
    </message>
    <message>
        <source>Meets the standard</source>
        <translation>기준 충족</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>미흡</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Appropriate</source>
        <translation>적정</translation>
    </message>
    <message>
        <source>Inappropriate</source>
        <translation>부적정</translation>
    </message>
    <message>
        <source>Judge every criterion of the standard; missing: {names}.</source>
        <translation>평가기준의 모든 항목을 판단하십시오. 빠진 항목: {names}.</translation>
    </message>
    <message>
        <source>Each criterion is judged once.</source>
        <translation>각 항목은 한 번만 판단합니다.</translation>
    </message>
    <message>
        <source>Say why the report falls short on “{name}”.</source>
        <translation>“{name}” 항목이 미흡한 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>Give the reasons for the conclusion.</source>
        <translation>결론의 이유를 적으십시오.</translation>
    </message>
    <message>
        <source>The report falls short on a criterion but is concluded appropriate: explain why in the reasons (at least 20 characters).</source>
        <translation>미흡한 항목이 있는데 적정으로 결론지었습니다. 그 이유를 20자 이상 적으십시오.</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <source>Request a supplement – {number}</source>
        <translation>보완요청 – {number}</translation>
    </message>
    <message>
        <source>{number} {name}: the applicant is asked to remedy each line below by the deadline. The letter is kept as sent and can be printed from the Screening page.</source>
        <translation>{number} {name}: 아래 각 사항을 기한까지 보완하도록 요청합니다. 공문은 보낸 그대로 보관되며 서류심사 화면에서 인쇄할 수 있습니다.</translation>
    </message>
    <message>
        <source>Internal note (not printed)</source>
        <translation>내부 메모(공문에 인쇄되지 않음)</translation>
    </message>
    <message>
        <source>Deficiencies (one per line)</source>
        <translation>보완 요청 사항(한 줄에 하나)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>제출 기한</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>보완요청 보내기</translation>
    </message>
    <message>
        <source>the round&apos;s default</source>
        <translation>공고의 기본 기간</translation>
    </message>
    <message>
        <source>{date} is not a working day: choose {end} (where the law ends the period) or another working day.</source>
        <translation>{date}은(는) 근무일이 아닙니다. 법정 만료일인 {end} 또는 다른 근무일을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Supplements</name>
    <message>
        <source>{text} is not a supplement request number such as 보완-2026-0001.</source>
        <translation>{text}은(는) 보완-2026-0001 형식의 보완요청 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>{document}: resubmit ({detail})</source>
        <translation>{document}: 다시 제출 ({detail})</translation>
    </message>
    <message>
        <source>A supplement is requested from an application in screening.</source>
        <translation>보완요청은 서류심사 중인 신청에만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The latest screening found nothing to supplement: run the screening first.</source>
        <translation>최근 서류심사에서 보완할 사항이 없습니다. 먼저 서류심사를 실행하십시오.</translation>
    </message>
    <message>
        <source>List at least one deficiency the applicant must remedy.</source>
        <translation>신청기관이 보완할 사항을 하나 이상 적으십시오.</translation>
    </message>
    <message>
        <source>The deadline lies more than {days} days ahead.</source>
        <translation>기한이 {days}일보다 뒤입니다.</translation>
    </message>
    <message>
        <source>The supplement request no longer exists.</source>
        <translation>보완요청이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Supplement request {number} is no longer open.</source>
        <translation>보완요청 {number}은(는) 이미 종결되었습니다.</translation>
    </message>
    <message>
        <source>The deadline of {number} ({deadline}) has passed. Record why the late supplement is accepted, or mark the request overdue.</source>
        <translation>{number}의 기한({deadline})이 지났습니다. 기한 후 보완서류를 접수하는 사유를 기록하거나 기한 경과로 처리하십시오.</translation>
    </message>
    <message>
        <source>After supplement {number}</source>
        <translation>보완요청 {number}에 따른 보완 후</translation>
    </message>
    <message>
        <source>Not supplemented by the deadline {deadline} (supplement request {number}).</source>
        <translation>보완 기한({deadline})까지 보완하지 아니함(보완요청 {number}).</translation>
    </message>
    <message>
        <source>There is no supplement request {number}.</source>
        <translation>보완요청 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>보완 접수</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>기한 경과</translation>
    </message>
</context>
<context>
    <name>SurveyChart</name>
    <message>
        <source>No reviewed report yet.</source>
        <translation>아직 검토한 보고서가 없습니다.</translation>
    </message>
    <message>
        <source>Share found inappropriate per stratum, with its 95 % interval</source>
        <translation>층별 부적정 비율과 95% 구간</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>The sampled report no longer exists.</source>
        <translation>표본 보고서가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The report of {number} is issued: its reviews are closed.</source>
        <translation>{number}의 결과보고가 발급되어 검토를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>No report was filed in the chosen period: the population is empty. Choose another period.</source>
        <translation>선택한 기간에 등록된 보고서가 없어 모집단이 비어 있습니다. 다른 기간을 선택하십시오.</translation>
    </message>
    <message>
        <source>The sample size must be at least 1.</source>
        <translation>표본 크기는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The sample of {size} is larger than the population of {total} reports filed in the period.</source>
        <translation>표본 {size}건이 기간 중 등록된 모집단 {total}건보다 큽니다.</translation>
    </message>
    <message>
        <source>The minimum per stratum is at least 1: a stratum without a sampled report cannot be estimated.</source>
        <translation>층별 최소 표본은 1 이상입니다. 표본이 없는 층은 추정할 수 없습니다.</translation>
    </message>
    <message>
        <source>A minimum of {minimum} in each of the {strata} strata needs {needed} reports, more than the sample size of {size}: lower the minimum or raise the size.</source>
        <translation>{strata}개 층마다 최소 {minimum}건이면 {needed}건이 필요하여 표본 크기 {size}건을 넘습니다. 최소 표본을 줄이거나 표본 크기를 늘리십시오.</translation>
    </message>
    <message>
        <source>The report of {number} is issued already.</source>
        <translation>{number}의 결과보고는 이미 발급되었습니다.</translation>
    </message>
    <message>
        <source>Draw the sample first.</source>
        <translation>먼저 표본을 추출하십시오.</translation>
    </message>
    <message>
        <source>{left} of {total} sampled reports are not reviewed yet.</source>
        <translation>표본 보고서 {total}건 중 {left}건을 아직 검토하지 않았습니다.</translation>
    </message>
    <message>
        <source>{text} is not a survey number such as {example}.</source>
        <translation>{text}은(는) {example}와 같은 표본조사 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose the period of filing dates.</source>
        <translation>등록일 기간을 선택하십시오.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it begins ({start}).</source>
        <translation>기간의 종료일({end})이 시작일({start})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>Give the survey a title.</source>
        <translation>조사명을 입력하십시오.</translation>
    </message>
    <message>
        <source>The title is {n} characters long; at most {limit} fit.</source>
        <translation>조사명이 {n}자입니다. {limit}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The English title is {n} characters long; at most {limit} fit.</source>
        <translation>영문 조사명이 {n}자입니다. {limit}자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The sample survey no longer exists.</source>
        <translation>표본조사가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The sample of {number} is drawn already; redraw it from its seed to check it.</source>
        <translation>{number}의 표본은 이미 추출되었습니다. 확인하려면 시드로 다시 추출하십시오.</translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to {limit}.</source>
        <translation>시드는 0부터 {limit}까지의 정수입니다.</translation>
    </message>
    <message>
        <source>The population of {number} no longer matches its design.</source>
        <translation>{number}의 모집단이 설계와 더 이상 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no sample survey {number}.</source>
        <translation>표본조사 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Institute × subject type</source>
        <translation>평가기관 × 평가대상 유형</translation>
    </message>
    <message>
        <source>Institute × purpose</source>
        <translation>평가기관 × 평가 목적</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>평가대상 유형</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>평가 목적</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>비례배분</translation>
    </message>
    <message>
        <source>Neyman</source>
        <translation>네이만배분</translation>
    </message>
    <message>
        <source>Designed</source>
        <translation>설계됨</translation>
    </message>
    <message>
        <source>Drawn, under review</source>
        <translation>추출됨, 검토 중</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>결과보고 발급</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Sample surveys</source>
        <translation>표본조사</translation>
    </message>
    <message>
        <source>Draw sample</source>
        <translation>표본 추출</translation>
    </message>
    <message>
        <source>Redraw from seed</source>
        <translation>시드로 다시 추출</translation>
    </message>
    <message>
        <source>Sampled reports</source>
        <translation>표본 보고서</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>검토 저장</translation>
    </message>
    <message>
        <source>Results by stratum</source>
        <translation>층별 결과</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Language of the survey report</source>
        <translation>조사 보고서 언어</translation>
    </message>
    <message>
        <source>Close and issue survey report</source>
        <translation>조사 종료 및 결과보고 발급</translation>
    </message>
    <message>
        <source>Preview survey report</source>
        <translation>결과보고 미리보기</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>난수 시드</translation>
    </message>
    <message>
        <source>1 Design</source>
        <translation>1 설계</translation>
    </message>
    <message>
        <source>2–3 Draw and review</source>
        <translation>2–3 추출 및 검토</translation>
    </message>
    <message>
        <source>4 Analysis and report</source>
        <translation>4 분석 및 결과보고</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>조사번호</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>조사명</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Strata</source>
        <translation>층화 기준</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>배분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{m}건 중 {n}건</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>보고서 번호</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <source>Population N_h</source>
        <translation>모집단 N_h</translation>
    </message>
    <message>
        <source>Weight W_h</source>
        <translation>가중치 W_h</translation>
    </message>
    <message>
        <source>Reviewed n_h</source>
        <translation>검토 n_h</translation>
    </message>
    <message>
        <source>Inappropriate</source>
        <translation>부적정</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>부적정 비율</translation>
    </message>
    <message>
        <source>95 % interval (Wilson)</source>
        <translation>95% 구간(윌슨)</translation>
    </message>
    <message>
        <source>Select a survey, or design one on the first tab.</source>
        <translation>표본조사를 선택하거나 첫 번째 탭에서 설계하십시오.</translation>
    </message>
    <message>
        <source>Designed; not drawn yet.</source>
        <translation>설계됨. 아직 추출하지 않았습니다.</translation>
    </message>
    <message>
        <source>Seed {seed}: {n} of {m} sampled reports reviewed.</source>
        <translation>시드 {seed}: 표본 보고서 {m}건 중 {n}건 검토.</translation>
    </message>
    <message>
        <source>{x} of {n} reviewed reports inappropriate; the stratified estimate needs a reviewed report in every stratum.</source>
        <translation>검토 {n}건 중 부적정 {x}건. 층화 추정에는 모든 층에 검토한 보고서가 있어야 합니다.</translation>
    </message>
    <message>
        <source>{x} of {n} reviewed reports inappropriate. Stratified estimate p = Σ W_h·p_h = {share} (95 % interval {low} – {high}; standard error {se}).</source>
        <translation>검토 {n}건 중 부적정 {x}건. 층화 추정 p = Σ W_h·p_h = {share} (95% 구간 {low} – {high}, 표준오차 {se}).</translation>
    </message>
    <message>
        <source>Survey designed.</source>
        <translation>표본조사를 설계했습니다.</translation>
    </message>
    <message>
        <source>Sample drawn.</source>
        <translation>표본을 추출했습니다.</translation>
    </message>
    <message>
        <source>Redrawn from seed {seed}: the same {n} reports as the stored sample.</source>
        <translation>시드 {seed}로 다시 추출: 저장된 표본과 같은 보고서 {n}건.</translation>
    </message>
    <message>
        <source>Redrawn from seed {seed}: {d} report(s) differ from the stored sample (population unchanged: {same}).</source>
        <translation>시드 {seed}로 다시 추출: 저장된 표본과 다른 보고서 {d}건 (모집단 동일: {same}).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>검토를 저장했습니다.</translation>
    </message>
    <message>
        <source>Close {number} and issue its report? The reviews cannot be changed afterwards.</source>
        <translation>{number}을(를) 종료하고 결과보고를 발급하시겠습니까? 발급 후에는 검토를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Survey report issued.</source>
        <translation>결과보고를 발급했습니다.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>{file} holds no certificate that can be read (PEM or DER).</source>
        <translation>{file}에 읽을 수 있는 인증서(PEM 또는 DER)가 없습니다.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>입력한 내용</translation>
    </message>
    <message>
        <source>The certificate file {file} cannot be read: {reason}.</source>
        <translation>인증서 파일 {file}을(를) 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>the authority certificate in the settings</source>
        <translation>설정에 있는 발급기관 인증서</translation>
    </message>
    <message>
        <source>No signing certificate is configured: the administrator chooses it under File → Signing certificate….</source>
        <translation>서명용 인증서가 설정되지 않았습니다. 관리자가 파일 → 서명용 인증서…에서 선택합니다.</translation>
    </message>
    <message>
        <source>The configured certificate</source>
        <translation>설정된 인증서</translation>
    </message>
    <message>
        <source>The trust folder {folder} cannot be created: {reason}.</source>
        <translation>신뢰 폴더 {folder}을(를) 만들 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User {name}</source>
        <translation>사용자 {name}</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>e.g. hong.gildong</source>
        <translation>예: hong.gildong</translation>
    </message>
    <message>
        <source>e.g. 주무관, 심의위원</source>
        <translation>예: 주무관, 심의위원</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Search user name, name, role, title or e-mail…</source>
        <translation>사용자 이름, 성명, 역할, 직위, 전자우편 검색…</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>역할 변경…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>전자우편</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>최근 로그인</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>사용 재개</translation>
    </message>
    <message>
        <source>This is your own account: change your password with File → Change password…; another administrator changes your role or disables it.</source>
        <translation>본인 계정입니다. 비밀번호는 파일 → 비밀번호 변경…에서 바꾸고, 역할 변경이나 사용 중지는 다른 관리자가 합니다.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: it can be neither disabled nor given another role until another administrator is active.</source>
        <translation>{name}은(는) 마지막으로 남은 사용 중인 관리자이므로, 다른 관리자가 사용 중이 될 때까지 사용 중지하거나 역할을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>User {name} added as {role}.</source>
        <translation>사용자 {name}을(를) {role}(으)로 추가했습니다.</translation>
    </message>
    <message>
        <source>User {name} saved.</source>
        <translation>사용자 {name}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>{name}의 역할을 {role}(으)로 변경했습니다.</translation>
    </message>
    <message>
        <source>New password set for {name}.</source>
        <translation>{name}의 비밀번호를 새로 설정했습니다.</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer log in; their records stay.</source>
        <translation>{name}({username}) 계정의 사용을 중지하시겠습니까? 더 이상 로그인할 수 없으며, 작성한 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>{name} is disabled.</source>
        <translation>{name} 계정의 사용을 중지했습니다.</translation>
    </message>
    <message>
        <source>{name} is enabled again.</source>
        <translation>{name} 계정의 사용을 재개했습니다.</translation>
    </message>
</context>
<context>
    <name>Validity</name>
    <message>
        <source>Check {number} is already concluded.</source>
        <translation>{number} 조사는 이미 결론이 났습니다.</translation>
    </message>
    <message>
        <source>Send the notices of {number} first (missing: {names}).</source>
        <translation>{number}의 통지를 먼저 발송하십시오(미발송: {names}).</translation>
    </message>
    <message>
        <source>The receipt of notice {number} to {name} is not recorded: its comment period has not begun, so the check cannot be concluded yet.</source>
        <translation>{name}에게 보낸 통지 {number}의 수령일이 기록되지 않아 의견제출 기간이 시작되지 않았으므로 아직 결론을 낼 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} may comment on notice {number} until {deadline}: conclude after that day, or once every recipient has commented.</source>
        <translation>{name}은(는) 통지 {number}에 대하여 {deadline}까지 의견을 제출할 수 있습니다. 그 다음 날 이후 또는 모든 통지 대상이 의견을 제출한 뒤에 결론을 내십시오.</translation>
    </message>
    <message>
        <source>Only a check that concluded the report inappropriate can open a sanction case; {number} did not.</source>
        <translation>평가가 부적정하다고 결론 난 조사만 제재사건을 개시할 수 있습니다. {number}은(는) 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Check {number} has opened a sanction case already.</source>
        <translation>{number} 조사로 이미 제재사건이 개시되었습니다.</translation>
    </message>
    <message>
        <source>{name} is not in the registry.</source>
        <translation>{name}은(는) 평가기관 지정 현황에 없습니다.</translation>
    </message>
    <message>
        <source>The designation of {name} is revoked: a sanction case is opened against a designated institute only.</source>
        <translation>{name}의 지정은 취소되었습니다. 제재사건은 지정된 평가기관에 대해서만 개시합니다.</translation>
    </message>
    <message>
        <source>The notice no longer exists.</source>
        <translation>통지가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{text} is not a number such as {example}.</source>
        <translation>{text}은(는) {example}과 같은 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>The validity check no longer exists.</source>
        <translation>타당성조사가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>결론</translation>
    </message>
    <message>
        <source>Send the notices</source>
        <translation>통지 발송</translation>
    </message>
    <message>
        <source>Record when the notices were received</source>
        <translation>통지 수령일 기록</translation>
    </message>
    <message>
        <source>Comments due</source>
        <translation>의견제출 기간</translation>
    </message>
    <message>
        <source>Ready to conclude</source>
        <translation>결론 가능</translation>
    </message>
    <message>
        <source>Type the number of the filed report.</source>
        <translation>평가보고서 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>No filed report has the number {number}.</source>
        <translation>번호가 {number}인 평가보고서가 없습니다.</translation>
    </message>
    <message>
        <source>Several institutes filed a report numbered {number}.</source>
        <translation>여러 기관이 {number} 번호의 평가보고서를 등록했습니다.</translation>
    </message>
    <message>
        <source>The filed report no longer exists.</source>
        <translation>평가보고서가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Name who commissioned the valuation.</source>
        <translation>평가 의뢰인을 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the client&apos;s address or e-mail for the notice.</source>
        <translation>통지를 보낼 의뢰인의 주소 또는 전자우편을 입력하십시오.</translation>
    </message>
    <message>
        <source>Name who asked for the check.</source>
        <translation>조사를 요청한 자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the requester&apos;s address or e-mail for the notice.</source>
        <translation>통지를 보낼 요청인의 주소 또는 전자우편을 입력하십시오.</translation>
    </message>
    <message>
        <source>State the reason for the check.</source>
        <translation>조사 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Check {number} of report {report} is still open.</source>
        <translation>평가보고서 {report}에 대한 {number} 조사가 아직 진행 중입니다.</translation>
    </message>
    <message>
        <source>Check {number} is concluded.</source>
        <translation>{number} 조사는 결론이 났습니다.</translation>
    </message>
    <message>
        <source>Check {number} was withdrawn; no further step is taken on it.</source>
        <translation>타당성조사 {number}은(는) 철회되어 더 이상 절차를 진행하지 않습니다.</translation>
    </message>
    <message>
        <source>Check {number} was opened ex officio or at the client&apos;s request: no separate notice goes to the requester.</source>
        <translation>{number} 조사는 직권 또는 의뢰인의 요청으로 착수되어 요청인에게 따로 통지하지 않습니다.</translation>
    </message>
    <message>
        <source>The notice of {number} to {recipient} was already sent.</source>
        <translation>{number}의 {recipient} 통지는 이미 발송되었습니다.</translation>
    </message>
    <message>
        <source>The notices of {number} had to be sent within {days} days of its opening, by {deadline}; today is {today}, so the notice can no longer be sent (Act Art. 31-4 ②).</source>
        <translation>{number}의 통지는 착수일부터 {days}일 이내인 {deadline}까지 발송해야 했습니다. 오늘은 {today}이므로 더 이상 발송할 수 없습니다(법 제31조의4 ②).</translation>
    </message>
    <message>
        <source>Every notice of {number} was sent.</source>
        <translation>{number}의 통지는 모두 발송되었습니다.</translation>
    </message>
    <message>
        <source>{day} lies in the future.</source>
        <translation>{day}은(는) 미래의 날짜입니다.</translation>
    </message>
    <message>
        <source>Give the day the notice was received.</source>
        <translation>통지를 받은 날을 입력하십시오.</translation>
    </message>
    <message>
        <source>The notice was sent on {sent}; it cannot have been received before.</source>
        <translation>통지는 {sent}에 발송되었으므로 그 전에 받았을 수 없습니다.</translation>
    </message>
    <message>
        <source>The receipt of {number} is already recorded ({day}).</source>
        <translation>{number}의 수령일은 이미 기록되었습니다({day}).</translation>
    </message>
    <message>
        <source>The comment on {number} is already recorded.</source>
        <translation>{number}에 대한 의견은 이미 기록되었습니다.</translation>
    </message>
    <message>
        <source>Give the day the comment was received.</source>
        <translation>의견을 접수한 날을 입력하십시오.</translation>
    </message>
    <message>
        <source>Write what the recipient submitted.</source>
        <translation>제출된 의견의 내용을 입력하십시오.</translation>
    </message>
    <message>
        <source>Record the day {number} was received first: the comment period runs from it.</source>
        <translation>{number}을(를) 받은 날을 먼저 기록하십시오. 의견제출 기간은 그날부터 계산합니다.</translation>
    </message>
    <message>
        <source>The notice was received on {day}; a comment on it cannot come earlier.</source>
        <translation>통지는 {day}에 수령되었으므로 그 전에 의견이 접수될 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no validity-check document {number}.</source>
        <translation>타당성조사 문서 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Ex officio</source>
        <translation>직권</translation>
    </message>
    <message>
        <source>A state body</source>
        <translation>국가기관</translation>
    </message>
    <message>
        <source>The client (interested party)</source>
        <translation>평가 의뢰인(이해관계인)</translation>
    </message>
    <message>
        <source>A recipient of the result (interested party)</source>
        <translation>평가 결과를 받은 자(이해관계인)</translation>
    </message>
    <message>
        <source>the institute</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>평가 의뢰인</translation>
    </message>
    <message>
        <source>the requester</source>
        <translation>조사 요청인</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>착수</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>통지 완료</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>State why the check is withdrawn.</source>
        <translation>조사를 철회하는 사유를 적으십시오.</translation>
    </message>
</context>
<context>
    <name>ValidityPage</name>
    <message>
        <source>Validity checks</source>
        <translation>타당성조사</translation>
    </message>
    <message>
        <source>Notices of the check</source>
        <translation>조사 통지</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>문서 언어</translation>
    </message>
    <message>
        <source>Open check…</source>
        <translation>조사 착수…</translation>
    </message>
    <message>
        <source>Send notices</source>
        <translation>통지 발송</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>수령일 기록…</translation>
    </message>
    <message>
        <source>Record comment…</source>
        <translation>의견 기록…</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>결론…</translation>
    </message>
    <message>
        <source>Open sanction case…</source>
        <translation>제재사건 개시…</translation>
    </message>
    <message>
        <source>Withdraw check…</source>
        <translation>조사 철회…</translation>
    </message>
    <message>
        <source>Preview notice</source>
        <translation>통지서 미리보기</translation>
    </message>
    <message>
        <source>Preview result letter</source>
        <translation>결과 통지서 미리보기</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>조사번호</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>평가기관</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>평가보고서</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>조사 요청</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>다음 기한</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>통지 대상</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>통지번호</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송일</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수령일</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>미기록</translation>
    </message>
    <message>
        <source>Comment due by</source>
        <translation>의견제출 기한</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (기한 경과)</translation>
    </message>
    <message>
        <source>Select a check to see its notices.</source>
        <translation>조사를 선택하면 통지 내역이 표시됩니다.</translation>
    </message>
    <message>
        <source>{number}: report {report} of {name} · notices due by {deadline}</source>
        <translation>{number}: {name}의 평가보고서 {report} · 통지 기한 {deadline}</translation>
    </message>
    <message>
        <source>result letter {number}</source>
        <translation>결과 통지서 {number}</translation>
    </message>
    <message>
        <source>a sanction case was opened from it</source>
        <translation>이 조사로 제재사건 개시됨</translation>
    </message>
    <message>
        <source>withdrawn: {reason}</source>
        <translation>철회: {reason}</translation>
    </message>
    <message>
        <source>Validity check {number} opened.</source>
        <translation>타당성조사 {number}을(를) 착수했습니다.</translation>
    </message>
    <message>
        <source>Notices {numbers} sent.</source>
        <translation>통지 {numbers}을(를) 발송했습니다.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>기록했습니다.</translation>
    </message>
    <message>
        <source>Comment of {name}</source>
        <translation>{name}의 의견</translation>
    </message>
    <message>
        <source>A comment is due by {deadline}; one received later is recorded and marked late.</source>
        <translation>의견제출 기한은 {deadline}입니다. 그 후에 접수된 의견도 기록하되 기한 경과로 표시합니다.</translation>
    </message>
    <message>
        <source>Receipt of {name}</source>
        <translation>{name}의 통지 수령</translation>
    </message>
    <message>
        <source>The recipient may comment within 10 days of the day it received the notice.</source>
        <translation>통지 대상은 통지를 받은 날부터 10일 이내에 의견을 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Check {check} concluded; result letter {number} issued.</source>
        <translation>{check} 조사의 결론을 내리고 결과 통지서 {number}을(를) 발급했습니다.</translation>
    </message>
    <message>
        <source>Conclude {number}</source>
        <translation>{number} 결론</translation>
    </message>
    <message>
        <source>Check {number} withdrawn.</source>
        <translation>타당성조사 {number}을(를) 철회했습니다.</translation>
    </message>
    <message>
        <source>Sanction case opened from {number}.</source>
        <translation>{number}(으)로 제재사건을 개시했습니다.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>NOT VERIFIED: the file carries the code {code}, which belongs to no issued document.</source>
        <translation>확인 불가: 파일에 있는 번호 {code}에 해당하는 발급 문서가 없습니다.</translation>
    </message>
    <message>
        <source>issued {day}</source>
        <translation>{day} 발급</translation>
    </message>
    <message>
        <source>VALID: an unaltered document signed by {signer}: {record} (verification code {code}).</source>
        <translation>유효: {signer}의 전자서명이 있는 변경되지 않은 문서입니다: {record} (문서확인번호 {code}).</translation>
    </message>
    <message>
        <source>VALID, SAVED AGAIN: another program saved this file again, but what it shows and the facts signed by {signer} are intact: {record} (verification code {code}).</source>
        <translation>유효(다시 저장됨): 다른 프로그램이 이 파일을 다시 저장했으나, 표시된 내용과 {signer}이(가) 서명한 사항은 변경되지 않았습니다: {record} (문서확인번호 {code}).</translation>
    </message>
    <message>
        <source>ALTERED: this file claims to be {record} (verification code {code}), but what it shows was changed after it was issued. Do not rely on it.</source>
        <translation>변조됨: 이 파일은 {record}(문서확인번호 {code})(이)라고 표시하지만, 발급 후 내용이 바뀌었습니다. 이 파일을 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>NOT TRUSTED: the file is intact and signed by {signer}, but that certificate is not trusted on this computer: {record}. Install the authority&apos;s certificate (designation-review trust add authority.pem) or give it with --trust.</source>
        <translation>신뢰할 수 없음: 파일은 변경되지 않았고 {signer}이(가) 서명했으나, 이 컴퓨터에서는 그 인증서를 신뢰하지 않습니다: {record}. 발급기관의 인증서를 설치하거나(designation-review trust add authority.pem) --trust로 지정하십시오.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the file carries no signature; it names {record} (verification code {code}), but proves nothing by itself.</source>
        <translation>확인되지 않음: 파일에 전자서명이 없습니다. {record}(문서확인번호 {code})(이)라고 표시하지만 그 자체로는 아무것도 증명하지 않습니다.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this file is not a document issued by this system (no signature, no sealed facts and no verification code).</source>
        <translation>확인되지 않음: 이 파일은 이 시스템에서 발급한 문서가 아닙니다(전자서명, 서명된 사항, 문서확인번호가 모두 없음).</translation>
    </message>
    <message>
        <source>Note: {status}.</source>
        <translation>참고: {status}.</translation>
    </message>
    <message>
        <source>Checked without the authority&apos;s database: whether the record was later superseded is not known here.</source>
        <translation>발급기관 데이터베이스 없이 확인했으므로, 이후 다른 결정으로 대체되었는지는 여기서 알 수 없습니다.</translation>
    </message>
    <message>
        <source>designated</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>not designated</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>decision {number} on application {application} of {institution}</source>
        <translation>{institution}의 신청 {application}에 대한 결정 {number}</translation>
    </message>
    <message>
        <source>public notice {number} of round {round}</source>
        <translation>{round} 공고의 고시 {number}</translation>
    </message>
    <message>
        <source>{kind} {number} for application {application} of {institution}</source>
        <translation>{institution}의 신청 {application}에 대한 {kind} {number}</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>The file lost its signature and metadata (saved again by another program); its pages are those of the issued document in the database.</source>
        <translation>다른 프로그램이 다시 저장하면서 전자서명과 메타데이터가 없어졌으나, 페이지 내용은 데이터베이스에 보관된 발급 문서와 같습니다.</translation>
    </message>
    <message>
        <source>VALID: the QR code&apos;s facts are signed by {signer}: {facts}.</source>
        <translation>유효: QR코드의 사항은 {signer}이(가) 서명한 것입니다: {facts}.</translation>
    </message>
    <message>
        <source>Checked without the authority&apos;s database: compare them with the paper; whether the record was later superseded is not known here.</source>
        <translation>발급기관 데이터베이스 없이 확인했습니다. 종이 문서와 대조하십시오. 이후 대체되었는지는 여기서 알 수 없습니다.</translation>
    </message>
    <message>
        <source>ALTERED OR FOREIGN: the QR code is signed by {signer} and names {facts}, but no record of this database has that content.</source>
        <translation>변조 또는 타 기관 문서: QR코드는 {signer}이(가) 서명했고 {facts}(을)를 표시하지만, 이 데이터베이스에는 그 내용의 기록이 없습니다.</translation>
    </message>
    <message>
        <source>A verification code can only be checked with the issuing authority&apos;s database; scan the QR code (verify --qr) or check the PDF file instead.</source>
        <translation>문서확인번호는 발급기관의 데이터베이스로만 확인할 수 있습니다. QR코드를 스캔하거나(verify --qr) PDF 파일을 확인하십시오.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: {code} is not the verification code of any issued document.</source>
        <translation>확인되지 않음: {code}은(는) 발급된 어떤 문서의 문서확인번호도 아닙니다.</translation>
    </message>
    <message>
        <source>ISSUED: {code} is the verification code of {kind} {number}, {record}, issued {day}; compare the paper with it.</source>
        <translation>발급됨: {code}은(는) {day}에 발급된 {kind} {number}({record})의 문서확인번호입니다. 종이 문서와 대조하십시오.</translation>
    </message>
    <message>
        <source>{file} holds no QR code of a document issued by this system.</source>
        <translation>{file}에는 이 시스템에서 발급한 문서의 QR코드가 없습니다.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: {reason}</source>
        <translation>확인되지 않음: {reason}</translation>
    </message>
</context>
<context>
    <name>VerifyDocument</name>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Verify document</source>
        <translation>문서 진위 확인</translation>
    </message>
    <message>
        <source>Choose the PDF files to verify</source>
        <translation>확인할 PDF 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>someone else</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>{what} was changed by {name} at {time} after you opened it. Nothing of yours was saved; your input is still in the form.</source>
        <translation>{what}을(를) 연 뒤 {name}님이 {time}에 변경했습니다. 내 입력은 저장되지 않았으며 입력 화면에 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{what} was changed by {name} after you opened it. Nothing of yours was saved; your input is still in the form.</source>
        <translation>{what}을(를) 연 뒤 {name}님이 변경했습니다. 내 입력은 저장되지 않았으며 입력 화면에 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>WindowSystem</name>
    <message>
        <source>The window system could not be started: {reason}</source>
        <translation>화면 시스템을 시작할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The details were written to {log}.</source>
        <translation>자세한 내용은 {log}에 기록했습니다.</translation>
    </message>
    <message>
        <source>On Linux, install the libraries Qt needs for X11, for example: sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0; or start on Wayland with QT_QPA_PLATFORM=wayland. The command-line commands (designation-review-cli) work without a display.</source>
        <translation>Linux에서는 Qt가 X11에 필요로 하는 라이브러리를 설치하십시오. 예: sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0. 또는 QT_QPA_PLATFORM=wayland로 Wayland에서 시작하십시오. 명령줄 명령(designation-review-cli)은 화면 없이도 동작합니다.</translation>
    </message>
</context>
<context>
    <name>WithdrawCheckDialog</name>
    <message>
        <source>Withdraw {number}</source>
        <translation>{number} 철회</translation>
    </message>
    <message>
        <source>A withdrawn check takes no further step; the report may be checked again by a new check.</source>
        <translation>철회된 조사는 더 이상 진행하지 않으며, 같은 평가보고서는 새 조사로 다시 조사할 수 있습니다.</translation>
    </message>
    <message>
        <source>e.g. 통지기한(개시일부터 10일) 경과, or: the request was withdrawn</source>
        <translation>예: 통지기한(개시일부터 10일) 경과, 조사 요청 취하</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Withdraw check</source>
        <translation>조사 철회</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>An application in status &apos;{source}&apos; cannot go to &apos;{target}&apos;.</source>
        <translation>&apos;{source}&apos; 상태의 신청은 &apos;{target}&apos;(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>This step needs a reason; enter why.</source>
        <translation>이 단계에는 사유가 필요합니다. 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>서류심사</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>보완요청</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>현장실사</translation>
    </message>
    <message>
        <source>Committee review</source>
        <translation>지정심의</translation>
    </message>
    <message>
        <source>Designated</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Not designated</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>부적격</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>취하</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출(접수)</translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation>서류심사 시작</translation>
    </message>
    <message>
        <source>Request supplement</source>
        <translation>보완요청</translation>
    </message>
    <message>
        <source>Pass to inspection</source>
        <translation>현장실사로 넘기기</translation>
    </message>
    <message>
        <source>Declare ineligible</source>
        <translation>부적격 처리</translation>
    </message>
    <message>
        <source>Send to committee</source>
        <translation>지정심의위원회 상정</translation>
    </message>
    <message>
        <source>Designate</source>
        <translation>지정</translation>
    </message>
    <message>
        <source>Do not designate</source>
        <translation>미지정</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>취하</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>작성 중으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>WorkingDayConfirmation</name>
    <message>
        <source>Yes, it takes place on that day</source>
        <translation>예, 그날 진행합니다</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>{date} is {name}, not a working day.</source>
        <translation>{date}은(는) {name}(으)로 근무일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>YearCountsChart</name>
    <message>
        <source>No institute designated yet.</source>
        <translation>아직 지정된 기관이 없습니다.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>공공</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>민간</translation>
    </message>
    <message>
        <source>new: designated that year; in force: designated and not revoked at the year&apos;s end (this year: today)</source>
        <translation>신규: 그해 지정, 유지: 연말(올해는 오늘) 기준 지정이 취소되지 않은 기관</translation>
    </message>
</context>
</TS>
