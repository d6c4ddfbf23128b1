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
        <source>Enter the person&apos;s name.</source>
        <translation>이름을 입력하십시오.</translation>
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
        <source>You cannot disable your own account.</source>
        <translation>자신의 계정은 사용 중지할 수 없습니다.</translation>
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
        <source>Someone else saved this application meanwhile. Reopen it to see their changes; your edits are still in the form.</source>
        <translation>그 사이에 다른 사용자가 이 신청을 저장했습니다. 다시 열어 변경 내용을 확인하십시오. 입력하신 내용은 양식에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Someone else saved this application meanwhile.</source>
        <translation>그 사이에 다른 사용자가 이 신청을 저장했습니다.</translation>
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
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Applications</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Search by name, number or business reg. no.</source>
        <translation>기관명, 신청번호 또는 사업자등록번호로 검색</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
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
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>모든 차수</translation>
    </message>
    <message>
        <source>{shown} of {total} applications</source>
        <translation>신청 {total}건 중 {shown}건</translation>
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
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>New: saved with the application</source>
        <translation>신규: 신청과 함께 저장</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
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
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search summary, action or user…</source>
        <translation>요약, 작업 또는 사용자 검색…</translation>
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
        <source>Entity</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Select an event to see what it changed.</source>
        <translation>기록을 선택하면 변경 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>사유: {reason}</translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation>(기록 없음)</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>You are excluded from this applicant because of a conflict of interest; its file is not available to you.</source>
        <translation>이해충돌로 이 신청기관의 심의에서 제외되어 해당 자료를 볼 수 없습니다.</translation>
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
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Verify results</source>
        <translation>결과 검증</translation>
    </message>
    <message>
        <source>Recompute every stored result from its own score sheets and settings, and check that the figures are identical.</source>
        <translation>저장된 모든 결과를 해당 평가표와 설정으로 다시 계산하여 수치가 같은지 확인합니다.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>지정심의위원회</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
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
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
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
        <source>Institution</source>
        <translation>기관</translation>
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
        <translation>산정방법</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
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
        <source>Members ({n})</source>
        <translation>위원 ({n})</translation>
    </message>
    <message>
        <source>Conflicts of interest ({n})</source>
        <translation>이해충돌 ({n})</translation>
    </message>
    <message>
        <source>Results ({n})</source>
        <translation>결과 ({n})</translation>
    </message>
    <message>
        <source>{matching} of {total} stored results match their recomputation.</source>
        <translation>저장된 결과 {total}건 중 {matching}건이 재계산 결과와 일치합니다.</translation>
    </message>
    <message>
        <source>Different: {numbers}.</source>
        <translation>불일치: {numbers}.</translation>
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
    <name>Database</name>
    <message>
        <source>The database {where} is locked by another program. Close the other copy of the application (or wait for it to finish) and try again; nothing was changed.</source>
        <translation>데이터베이스 {where}을(를) 다른 프로그램이 잠그고 있습니다. 다른 창에서 실행 중인 프로그램을 닫거나 작업이 끝날 때까지 기다린 뒤 다시 시도하십시오. 변경된 내용은 없습니다.</translation>
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
        <source>The database {where} was written by a newer version of this application (schema {schema}). It was left untouched: install the newer version to open it.</source>
        <translation>데이터베이스 {where}은(는) 이 프로그램의 새 버전에서 작성되었습니다(스키마 {schema}). 파일은 그대로 두었습니다. 새 버전을 설치한 뒤 여십시오.</translation>
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
        <source>You drafted this decision; another person must approve it.</source>
        <translation>이 결정을 기안하셨으므로 다른 사람이 승인해야 합니다.</translation>
    </message>
    <message>
        <source>You inspected or scored this applicant, so you may not approve its decision.</source>
        <translation>이 신청기관을 실사했거나 평가했으므로 결정을 승인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>결정이 더 이상 존재하지 않습니다.</translation>
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
        <source>Notice language:</source>
        <translation>통지서 언어:</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>지정 결정</translation>
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
        <source>Approved by</source>
        <translation>승인자</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>시행일시</translation>
    </message>
    <message>
        <source>Decision notice {number} – {name}</source>
        <translation>결정 통지서 {number} – {name}</translation>
    </message>
    <message>
        <source>Print decision notice {number}</source>
        <translation>결정 통지서 {number} 인쇄</translation>
    </message>
    <message>
        <source>Decision notice {number} sent to the printer ({pages} page(s)).</source>
        <translation>결정 통지서 {number}을(를) 프린터로 보냈습니다({pages}쪽).</translation>
    </message>
    <message>
        <source>Save decision notice as PDF</source>
        <translation>결정 통지서를 PDF로 저장</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>{path} 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cannot do this</source>
        <translation>할 수 없는 작업</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>예기치 않은 오류가 발생했습니다: {error}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
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
        <source>{n} major finding(s) of inspection {number} are still open; verify the corrective action or record an override.</source>
        <translation>현장실사 {number}의 중대 지적사항 {n}건이 아직 해결되지 않았습니다. 시정조치를 확인하거나 예외 사유를 기록하십시오.</translation>
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
</context>
<context>
    <name>InstitutionForm</name>
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
        <source>{name} ({role}) · {database}</source>
        <translation>{name} ({role}) · {database}</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
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
    <message>
        <source>Exported {count} records to {file}.</source>
        <translation>레코드 {count}건을 {file}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
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
        <source>{n} page(s)</source>
        <translation>{n}쪽</translation>
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
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>귀하의 역할({role})로는 이 작업을 할 수 없습니다: {permission}.</translation>
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
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Search…</source>
        <translation>검색…</translation>
    </message>
    <message>
        <source>{n}{more} rows</source>
        <translation>{n}{more}행</translation>
    </message>
    <message>
        <source>{shown} of {n}{more} rows</source>
        <translation>{n}{more}행 중 {shown}행</translation>
    </message>
</context>
<context>
    <name>Registry</name>
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
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Registry</source>
        <translation>등록부</translation>
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
        <source>Scope</source>
        <translation>평가 대상</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>지정 상태</translation>
    </message>
    <message>
        <source>{total} designated institutes: {public} public, {private} private</source>
        <translation>지정 평가기관 {total}곳: 공공 {public}곳, 민간 {private}곳</translation>
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
        <source>A round with the code {code} exists.</source>
        <translation>코드가 {code}인 공고 차수가 이미 있습니다.</translation>
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
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>The aggregate {total} is below the pass mark {mark}.</source>
        <translation>종합점수 {total}점이 합격 기준 {mark}점에 미달합니다.</translation>
    </message>
    <message>
        <source>Criterion {id} ({name}) scored {score}, below {floor} (40% of {max}).</source>
        <translation>평가항목 {id}({name})의 점수 {score}점이 {floor}점(배점 {max}점의 40%)에 미달합니다.</translation>
    </message>
    <message>
        <source>No submitted score sheets for {number}.</source>
        <translation>{number}에 대해 제출된 평가표가 없습니다.</translation>
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
        <source>{n} of the {required} required qualified staff: {names}</source>
        <translation>자격 보유 인력 {n}명 / 필요 {required}명: {names}</translation>
    </message>
    <message>
        <source>{n} of the {required} required staff with {years}+ years of evaluation experience: {names}</source>
        <translation>평가 경력 {years}년 이상 인력 {n}명 / 필요 {required}명: {names}</translation>
    </message>
    <message>
        <source>{n} of the {required} distinct people needed when nobody may count in both groups</source>
        <translation>두 요건에 중복 산입할 수 없을 때 필요한 서로 다른 인력 {required}명 중 {n}명</translation>
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
        <source>Registry extract or registration certificate</source>
        <translation>등기사항증명서 또는 사업자등록증</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Only applications awaiting screening</source>
        <translation>서류심사 대기 중인 신청만</translation>
    </message>
    <message>
        <source>Run screening</source>
        <translation>서류심사 실행</translation>
    </message>
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
        <source>Outcome</source>
        <translation>결과</translation>
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
        <source>Requirement</source>
        <translation>요건</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
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
        <source>{result} (overridden)</source>
        <translation>{result} (예외 인정)</translation>
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
        <source>Screening of {number}: {outcome}.</source>
        <translation>{number} 서류심사 결과: {outcome}.</translation>
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
    <name>Settings</name>
    <message>
        <source>Unknown setting: {key}.</source>
        <translation>알 수 없는 설정: {key}.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
</TS>
