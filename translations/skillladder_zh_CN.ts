<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>skl::AuditLog</name>
    <message>
        <source>Writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
</context>
<context>
    <name>skl::CertificateIssuer</name>
    <message>
        <source>Issuing the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate serials of %1 are used up for %2 (%3); change the evaluation site serial in the certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificateNumbers</name>
    <message>
        <source>A certificate number has %1 characters; &quot;%2&quot; has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate number is one or two capital letters followed by digits; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1-%2 of &quot;%3&quot; should be a province code (37 for 山东); %4 is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate category must be one capital letter (Y or S), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluating body code must be 4 digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation site serial must be 6 digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of 特级技师 and 首席技师 certificates must be two capital letters, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade digit of 特级技师 and 首席技师 certificates must be one digit, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificatePdf</name>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational skill level certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificatePrinting</name>
    <message>
        <source>Print certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificates as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::CertificateStore</name>
    <message>
        <source>Reading the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verification key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no verification key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 has no certificate: only approved certifications have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was revoked and cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several sites have a workshop named &quot;%1&quot;; print by assessment round or from the window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %n certificate(s), %1 of them duplicates (补发).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Logging the printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SkillLadder certificate code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate numbered %1 was issued by this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not match certificate %1 as issued: the printed details were changed, or the code was copied wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3, issued %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (%2) was revoked and is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the company seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the company seal for certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the photo of worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the verification key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationFacts</name>
    <message>
        <source>Reading the worker</source>
        <translation type="unfinished">读取职工信息</translation>
    </message>
    <message>
        <source>Reading the occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker has the employee number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1 is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occupation is named &quot;%1&quot;; occupations come with the roster import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation %1 is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the worker&apos;s grades</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationNames</name>
    <message>
        <source>Regular promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct certification, outstanding frontline worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved a major technical problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial or higher innovation award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding mentoring results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished">撤销日期</translation>
    </message>
    <message>
        <source>WorldSkills Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold medal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver medal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze medal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medallion for excellence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationPage</name>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for assessment and target planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill competitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationRules</name>
    <message>
        <source>The worker is not in service on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker already holds %1 in this occupation; a certification must be to a higher grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists only in occupations that have %2; this occupation ends at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This occupation&apos;s standard ends at %1; %2 is above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular promotion needs a grade held in the occupation; the worker has none (use direct certification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular promotion goes one rung up: from %1 only to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A regular promotion from %1 needs %n year(s) at that grade: held since %2, eligible from %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A direct certification goes up to %1; %2 needs the outstanding-frontline way with a justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outstanding-frontline way certifies %1 or above; use direct certification for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outstanding-frontline way is for frontline workers; this worker is not marked as frontline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outstanding-frontline way needs a written justification (evidence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exceptional promotion needs a grade held in the occupation; the worker has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exceptional promotion must name its ground: technical-problem, award or mentoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exceptional promotion needs an evidence reference (the document that proves its ground).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An exceptional promotion may climb at most %n rung(s) under the policy; %1 to %2 is more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A competition promotion must name the competition result it rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition policy gives no promotion for this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This competition result gives at most %n rung(s) under the policy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::CertificationStore</name>
    <message>
        <source>Reading the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the competition result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no competition result %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition result %1 belongs to another worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decides (--by USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed certification %2 and cannot also decide it: another person must approve or reject it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not decide certifications; the policy names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification %1 is %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who proposes (--by USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has certification %3 in %4 awaiting a decision; approve or reject it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate number %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessment rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed %1 (%2) for %3 in %4 from %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was proposed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved certification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round %1 has no certification awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certification(s) at once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was approved. Certification %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving the certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected certification %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation needs its reason (--reason TEXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who revokes (--by USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not revoke certifications; the policy names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked certification %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment round needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the assessment round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment round named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the assessment round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">车间</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">职业（工种）</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CertificationView</name>
    <message>
        <source>New certification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the whole round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificates as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected proposals (another person than the proposer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every proposal of the chosen round in one step</source>
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
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 awaiting, %3 approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the proposal rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking takes the grade back as if never awarded and invalidates the certificate. Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CliCommands</name>
    <message>
        <source>No command given.</source>
        <translation>未给出命令。</translation>
    </message>
    <message>
        <source>--db FILE is required: the database to work on.</source>
        <translation>需要 --db 文件：要操作的数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs what to %1: %1 workers FILE.</source>
        <translation>“%1”需要指明对象：%1 workers 文件。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>init needs --company NAME and --province PROVINCE.</source>
        <translation>init 需要 --company 名称 和 --province 省份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province; write it as 山东, 山东省 or Shandong.</source>
        <translation>“%1”不是省份；请写作 山东、山东省 或 Shandong。</translation>
    </message>
    <message>
        <source>Created the company %1 (%2) in %3.</source>
        <translation>已在 %3 中创建企业 %1（%2）。</translation>
    </message>
    <message>
        <source>import workers needs exactly one file.</source>
        <translation>import workers 需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid.</source>
        <translation>--rejects 须与 --skip-invalid 一起使用。</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1; nothing was imported. Correct the file and import it again, or use --skip-invalid to import the good rows.</source>
        <translation>
            <numerusform>%1 中发现 %n 处问题，未导入任何数据。请改正文件后重新导入，或使用 --skip-invalid 只导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 created, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation>%1（%2）：读取 %3 行，新增 %4，更新 %5，未变 %6，拒收 %7。</translation>
    </message>
    <message>
        <source>export workers needs exactly one output file.</source>
        <translation>export workers 需要且只需要一个输出文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8 or gbk.</source>
        <translation>未知编码“%1”；请用 utf-8 或 gbk。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--as-of：“%1”不是日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>demo needs --workers N with N ≥ 1.</source>
        <translation>demo 需要 --workers N，且 N ≥ 1。</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number.</source>
        <translation>--seed：“%1”不是整数。</translation>
    </message>
    <message numerus="yes">
        <source>Demo company written to %1: %n worker(s).</source>
        <translation>
            <numerusform>示例企业已写入 %1：共 %n 名职工。</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs exactly one output file.</source>
        <translation>backup 需要且只需要一个输出文件。</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Run skillladder-cli --help for the commands.</source>
        <translation>运行 skillladder-cli --help 查看命令。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--encoding is for CSV files; an .xlsx workbook needs none.</source>
        <translation>--encoding 只用于 CSV 文件；.xlsx 工作簿不需要。</translation>
    </message>
    <message>
        <source>Usage: skillladder-cli --db FILE COMMAND [OPTIONS]

Commands:
  init --company NAME --province PROVINCE   create the company database
  import workers FILE.csv|FILE.xlsx [--sheet NAME] [--skip-invalid]
                 [--rejects OUT.csv]        import or update the roster
  export workers OUT.csv|OUT.xlsx [--encoding utf-8|gbk]
                                            write the roster for Excel
  targets [--as-of YYYY-MM-DD] [--json]     the workforce targets on a date
  demo --workers N [--seed S]               fill an empty database with the demo company
  backup OUT.sqlite                         a consistent copy of the database

Certification (issue #5):
  certify propose --employee NO --occupation OCC --grade GRADE --way WAY
          [--ground G] [--evidence REF] --date YYYY-MM-DD [--round ID]
          [--certificate NUMBER] [--by USER] [--json]
          WAY: regular | direct | direct-high | exceptional | competition
          G: technical-problem | award | mentoring
  certify approve|reject ID --by USER [--reason TEXT]
  certify revoke ID --by USER --reason TEXT
  certify approve-round ID --by USER       approve a whole round at once
  certify list [--status S] [--round ID] [--json]
  round add NAME [--by USER]               open an assessment round
  competition add --name N --level L --organiser O --date D [--occupation OCC]
  competition result ID --employee NO --placing gold|silver|bronze|excellence|rank
          [--rank N] [--no-propose]        record a result (and its promotion)
  due [--as-of D] [--workshop W] [--json | --csv OUT | --xlsx OUT]
                                            workers due for assessment
  plan [--as-of D] [--json | --csv OUT]    who would close each unit&apos;s target gap
  certificates --workshop W | --round ID | --id ID --out FILE.pdf [--a5]
          [--font FAMILY]                  print certificates into one PDF
  verify STRING                            check a certificate&apos;s QR code
  policy show [--as-of D] | policy set KEY VALUE [--from D] [--by USER]

Options: --lang zh|en (language of messages), --progress (percentages on stderr).
Exit codes: 0 success, 1 invalid data, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 YYYY-MM-DD is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify needs propose, approve, reject, revoke, approve-round or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown certify command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify propose needs --employee, --occupation, --grade, --way and --date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade: &quot;%1&quot; is not a grade (高级工, 三级, Senior Worker …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--way: &quot;%1&quot; is not one of regular, direct, direct-high, exceptional, competition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ground: &quot;%1&quot; is not one of technical-problem, award, mentoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--round: &quot;%1&quot; is not a round number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed certification %1: %2 (%3), %4 %5 from %6; it awaits approval by another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify %1 needs one certification (or round) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certify %1 needs --by USER: who decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certification(s) of round %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approved certification %1: certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected certification %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked certification %1; certificate %2 is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of proposed, approved, rejected, revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round add NAME opens an assessment round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened assessment round %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competition needs add or result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not one of world, national, provincial, municipal, industry, enterprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded competition %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown competition command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competition result ID --employee NO --placing P [--rank N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--placing: &quot;%1&quot; is not one of gold, silver, bronze, excellence, rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded result %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed certification %1 as the competition policy offers; it awaits approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due for assessment written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due for assessment on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates needs one of --workshop W, --round ID, --id ID, and --out FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verify needs the string of the certificate&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy needs show or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy set needs KEY and VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CompanyStore</name>
    <message>
        <source>The company name is empty.</source>
        <translation>企业名称为空。</translation>
    </message>
    <message>
        <source>%1 already belongs to the company %2; choose another file for a new company.</source>
        <translation>%1 已属于企业 %2；新企业请选择另一个文件。</translation>
    </message>
    <message>
        <source>Created the company %1 (%2).</source>
        <translation>已创建企业 %1（%2）。</translation>
    </message>
    <message>
        <source>Creating the company</source>
        <translation>创建企业</translation>
    </message>
    <message>
        <source>Reading the company</source>
        <translation>读取企业信息</translation>
    </message>
    <message>
        <source>The company&apos;s province code %1 is unknown.</source>
        <translation>企业所在省份代码 %1 无法识别。</translation>
    </message>
    <message>
        <source>%1 has no company yet; create it with &quot;init --company NAME --province PROVINCE&quot;.</source>
        <translation>%1 中还没有企业；请用“init --company 名称 --province 省份”创建。</translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>读取政策参数</translation>
    </message>
    <message>
        <source>The policy value %1 is not set for %2.</source>
        <translation>政策参数 %1 在 %2 没有设定值。</translation>
    </message>
    <message>
        <source>The policy value %1 is &quot;%2&quot;, which is not a share.</source>
        <translation>政策参数 %1 的值为“%2”，不是比例。</translation>
    </message>
</context>
<context>
    <name>skl::CompetitionStore</name>
    <message>
        <source>Reading the competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no competition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition needs its organiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competition needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the competition %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1（%2）</translation>
    </message>
    <message>
        <source>A competition named %1 on %2 is already on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the competitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the competition results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ranked result needs its rank (1, 2, 3 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 (%2): %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) already has a result in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1：%2 {1,?}</translation>
    </message>
    <message>
        <source>The result is recorded, but the promotion could not be proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::CompetitionView</name>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">层级</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">职业（工种）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Placing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New competition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve its promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save its certificates as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(each worker&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the promotion the competition policy offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy offers no promotion for this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy offers %1 → %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) approved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save its certificates as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotion of this competition is approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::Connection</name>
    <message>
        <source>The database %1 does not exist. Create it with &quot;init&quot; or choose another file.</source>
        <translation>数据库 %1 不存在。请用“init”创建，或选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <source>%1 is not a SkillLadder database, or it is damaged.</source>
        <translation>%1 不是技能人才管理系统的数据库，或已损坏。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>备份文件 %1 已存在；请换一个文件名。</translation>
    </message>
    <message>
        <source>Backing up to %1</source>
        <translation>备份到 %1</translation>
    </message>
</context>
<context>
    <name>skl::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is saved as UTF-16 (&quot;Unicode text&quot;). Save it from Excel as &quot;CSV UTF-8&quot; or &quot;CSV&quot; and import again.</source>
        <translation>%1 保存为 UTF-16（“Unicode 文本”）格式。请在 Excel 中另存为“CSV UTF-8”或“CSV”后重新导入。</translation>
    </message>
    <message>
        <source>a quoted cell opened on this line is never closed</source>
        <translation>本行开始的带引号单元格没有闭合</translation>
    </message>
</context>
<context>
    <name>skl::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds characters that GBK cannot represent; export as UTF-8 instead.</source>
        <translation>%1 含有 GBK 无法表示的字符；请改用 UTF-8 导出。</translation>
    </message>
</context>
<context>
    <name>skl::DashboardView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>统计日期：</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Double-click a site or workshop to see its workers in the roster.</source>
        <translation>双击单位或车间，可在花名册中查看其职工。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>各单位</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>各车间</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>明细表</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; target met &amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;■&lt;/span&gt; target not met &amp;nbsp; &lt;b&gt;- - -&lt;/b&gt; the unit&apos;s target (35 % in eastern provinces)</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; 达标 &amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;■&lt;/span&gt; 未达标 &amp;nbsp; &lt;b&gt;- - -&lt;/b&gt; 该单位的目标（东部地区为 35%）</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>数据截至 %1。</translation>
    </message>
    <message>
        <source>%1 %2.png</source>
        <translation>%1 %2.png</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1; choose another folder.</source>
        <translation>无法写入 %1；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>no ratio</source>
        <translation>无比例</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1b7f3b&quot;&gt;met&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1b7f3b&quot;&gt;达标&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;not met&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;未达标&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 employees in service, %3 skilled (%4, target %5: %6), %7 high-skilled (%8 of skilled, target %9: %10).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：在岗职工 %2 人，技能人才 %3 人（占 %4，目标 %5：%6），高技能人才 %7 人（占技能人才 %8，目标 %9：%10）。</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>报告另存为 PDF…</translation>
    </message>
    <message>
        <source>%1 workforce targets %2</source>
        <translation>%1 队伍建设目标 %2</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>%1 workforce targets %2.pdf</source>
        <translation>%1 队伍建设目标 %2.pdf</translation>
    </message>
    <message>
        <source>Report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>skl::DeferredIndexes</name>
    <message>
        <source>Preparing the bulk import</source>
        <translation>准备批量导入</translation>
    </message>
    <message>
        <source>Building the indexes of the imported roster</source>
        <translation>为导入的花名册建立索引</translation>
    </message>
</context>
<context>
    <name>skl::DemoCertifications</name>
    <message>
        <source>Creating the demo competition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::DemoCompany</name>
    <message>
        <source>Creating the demo company</source>
        <translation>生成示例企业</translation>
    </message>
    <message>
        <source>The database already has workers; the demo company needs an empty database.</source>
        <translation>数据库中已有职工；示例企业需要空数据库。</translation>
    </message>
    <message>
        <source>Generated the demo company: %1 workers, seed %2.</source>
        <translation>已生成示例企业：%1 名职工，随机种子 %2。</translation>
    </message>
    <message>
        <source>Cancelled; the database is unchanged.</source>
        <translation>已取消；数据库未改变。</translation>
    </message>
    <message>
        <source>The demo generator made an invalid worker: %1</source>
        <translation>示例生成器产生了无效的职工记录：%1</translation>
    </message>
</context>
<context>
    <name>skl::DueList</name>
    <message>
        <source>Listing the workers due for assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">车间</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">技能等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for the targets of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::DueView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the selected for promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a workshop to show its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">车间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due for assessment&lt;/b&gt; (bold: closes a target gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Target planner&lt;/b&gt;: more workers each unit needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished">全部车间</translation>
    </message>
    <message>
        <source>Listing the workers due on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due for assessment on %1; %2 of them close a target gap.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Due for assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose for promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the workers to propose in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Propose %n worker(s) for regular promotion on %1 in the assessment round:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skill level assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) recorded; they await approval by another person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::GradeNames</name>
    <message>
        <source>Apprentice</source>
        <translation>学徒工</translation>
    </message>
    <message>
        <source>Junior Worker</source>
        <translation>初级工</translation>
    </message>
    <message>
        <source>Intermediate Worker</source>
        <translation>中级工</translation>
    </message>
    <message>
        <source>Senior Worker</source>
        <translation>高级工</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Senior Technician</source>
        <translation>高级技师</translation>
    </message>
    <message>
        <source>Special-Grade Technician</source>
        <translation>特级技师</translation>
    </message>
    <message>
        <source>Chief Technician</source>
        <translation>首席技师</translation>
    </message>
</context>
<context>
    <name>skl::GradeSpans</name>
    <message>
        <source>Updating the grades in force</source>
        <translation>更新现行技能等级</translation>
    </message>
</context>
<context>
    <name>skl::ImportDialog</name>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>Import the good rows and set the bad ones aside</source>
        <translation>导入正确的行，将有误的行另行保存</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save the problems as CSV…</source>
        <translation>将问题清单另存为 CSV…</translation>
    </message>
    <message>
        <source>Save the rows set aside as CSV…</source>
        <translation>将未导入的行另存为 CSV…</translation>
    </message>
    <message>
        <source>Import workers</source>
        <translation>导入职工</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Without this, nothing is imported while any row is wrong.</source>
        <translation>不勾选时，只要有一行有误就不导入任何数据。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is as it was.</source>
        <translation>导入已取消；数据库保持原样。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported.&lt;/b&gt; %1 rows read: %2 new workers, %3 updated, %4 unchanged.</source>
        <translation>&lt;b&gt;导入完成。&lt;/b&gt;读取 %1 行：新增职工 %2 人，更新 %3 人，未变 %4 人。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were set aside because of the problems below.</source>
        <translation>
            <numerusform>因下列问题，有 %n 行未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Nothing was imported:&lt;/b&gt; %n problem(s) in the file, listed below. Correct them in the file and import it again, or import the good rows and set the bad ones aside.</source>
        <translation>
            <numerusform>&lt;b&gt;未导入任何数据：&lt;/b&gt;文件中有 %n 处问题，列在下方。请在文件中改正后重新导入，或选择只导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change:&lt;/b&gt; all %1 rows match the database already.</source>
        <translation>&lt;b&gt;无需更改：&lt;/b&gt;全部 %1 行与数据库中的记录一致。</translation>
    </message>
    <message>
        <source>%1 problems.csv</source>
        <translation>%1 问题清单.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 set aside.csv</source>
        <translation>%1 未导入的行.csv</translation>
    </message>
    <message>
        <source>Save the rows set aside</source>
        <translation>保存未导入的行</translation>
    </message>
    <message numerus="yes">
        <source>Encoding: %1 · %2 columns · the first %n row(s) below; the first line, in italics, shows how each column is read.</source>
        <translation>
            <numerusform>编码：%1 · 共 %2 列 · 下方为前 %n 行；首行斜体字显示各列的识别结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Choose the roster file: an Excel workbook or CSV</source>
        <translation>请选择花名册文件：Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Roster files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>花名册文件 (*.xlsx *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>skl::MainWindow</name>
    <message>
        <source>Workforce targets</source>
        <translation>队伍建设目标</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SkillLadder</source>
        <translation>关于技能人才管理系统(&amp;A)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Open company database</source>
        <translation>打开企业数据库</translation>
    </message>
    <message>
        <source>SkillLadder databases (*.sqlite *.db);;All files (*)</source>
        <translation>技能人才管理系统数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <translation>%1 备份 %2.sqlite</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>SkillLadder databases (*.sqlite)</source>
        <translation>技能人才管理系统数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>About SkillLadder</source>
        <translation>关于技能人才管理系统</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SkillLadder %1&lt;/h3&gt;&lt;p&gt;Skilled-workforce management for enterprises: the eight-grade ladder from 学徒工 to 首席技师 and the workforce targets of the 2022 opinion on high-skilled talent (中办发〔2022〕58号).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;技能人才管理系统 %1&lt;/h3&gt;&lt;p&gt;企业技能人才队伍管理：从学徒工到首席技师的八级工制度，以及《关于加强新时代高技能人才队伍建设的意见》（中办发〔2022〕58号）提出的队伍建设目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SkillLadder</source>
        <translation>技能人才管理系统</translation>
    </message>
    <message>
        <source>%1 — %2 — SkillLadder</source>
        <translation>%1 — %2 — 技能人才管理系统</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>&amp;New company database…</source>
        <translation>新建企业数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo company</source>
        <translation>打开示例企业(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import workers…</source>
        <translation>导入职工(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export workers…</source>
        <translation>导出职工(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>尚未打开过数据库</translation>
    </message>
    <message>
        <source>New company database</source>
        <translation>新建企业数据库</translation>
    </message>
    <message>
        <source>Generating the demo company…</source>
        <translation>正在生成示例企业…</translation>
    </message>
    <message>
        <source>Demo company</source>
        <translation>示例企业</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8) (*.csv)</source>
        <translation>Excel 用 CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>CSV for older Excel and tools (GBK) (*.csv)</source>
        <translation>旧版 Excel 及其他工具用 CSV（GBK）(*.csv)</translation>
    </message>
    <message>
        <source>Export workers</source>
        <translation>导出职工</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>正在导出花名册…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language applies when SkillLadder is started again.</source>
        <translation>新的界面语言将在重新启动本系统后生效。</translation>
    </message>
    <message>
        <source>Target dashboard</source>
        <translation>目标看板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 roster %2.xlsx</source>
        <translation>%1 花名册 %2.xlsx</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certification policy and certificates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::Migrations</name>
    <message>
        <source>The program is incomplete: schema step %1 is missing.</source>
        <translation>程序不完整：缺少数据库结构第 %1 步。</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1</source>
        <translation>将数据库升级到第 %1 版</translation>
    </message>
    <message>
        <source>Recording the database version</source>
        <translation>记录数据库版本</translation>
    </message>
    <message>
        <source>%1 is not a SkillLadder database, or it is damaged.</source>
        <translation>%1 不是技能人才管理系统的数据库，或已损坏。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of SkillLadder.</source>
        <translation>%1 是其他程序的数据库，不是技能人才管理系统的数据库。</translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation>读取数据库版本</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SkillLadder (database version %2; this program knows up to %3). Install the newer SkillLadder to open it; the file was not changed.</source>
        <translation>%1 由更新版本的技能人才管理系统写入（数据库第 %2 版；本程序最高支持第 %3 版）。请安装新版本后再打开；文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a SkillLadder database yet. Create one with &quot;init&quot;.</source>
        <translation>%1 是空文件，还不是技能人才管理系统的数据库。请用“init”创建。</translation>
    </message>
    <message>
        <source>Upgrading the database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>Added the default certification policy (database version 4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::NewCompanyDialog</name>
    <message>
        <source>New company database</source>
        <translation>新建企业数据库</translation>
    </message>
    <message>
        <source>%1 (eastern)</source>
        <translation>%1（东部地区）</translation>
    </message>
    <message>
        <source>company.sqlite</source>
        <translation>企业数据库.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>企业名称：</translation>
    </message>
    <message>
        <source>Registered province:</source>
        <translation>注册所在省份：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>SkillLadder databases (*.sqlite)</source>
        <translation>技能人才管理系统数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>请填写企业名称。</translation>
    </message>
    <message>
        <source>Choose where the database file goes.</source>
        <translation>请选择数据库文件的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>skl::PolicyDialog</name>
    <message>
        <source>Certification policy and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes hold from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular promotion: minimum years at a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: anyone but the proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct certification up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional promotion: rungs at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition results: rungs of promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (Y employer, S social body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating body code (4 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation site serial (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of 特级技师 / 首席技师 (2 letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade digit of 特级技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade digit of 首席技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating body as printed (empty: the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the seal image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TrueType Chinese font such as WenQuanYi Zen Hei or SimSun keeps the PDF searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print font (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">数值</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image SkillLadder can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::PolicyStore</name>
    <message>
        <source>The policy value %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share such as 1/3, 0.35 or 35%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of years from 0 to 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of rungs from 0 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade such as 高级工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one capital letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two capital letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation type="unfinished">读取政策参数</translation>
    </message>
    <message>
        <source>%1: the date from which the value holds is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the policy from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the policy defaults</source>
        <translation type="unfinished">写入政策默认值</translation>
    </message>
</context>
<context>
    <name>skl::ProposalDialog</name>
    <message>
        <source>New certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number or written justification (required for exceptional promotion and outstanding frontline workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a certificate issued by an outside body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished">职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished">技能等级</translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::ReportPrinter</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Skilled %</source>
        <translation>技能人才占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>High-skilled %</source>
        <translation>高技能人才占比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Employees in service</source>
        <translation>在岗职工</translation>
    </message>
    <message>
        <source>Skilled workers (初级工 and above)</source>
        <translation>技能人才（初级工及以上）</translation>
    </message>
    <message>
        <source>High-skilled workers (高级工 and above)</source>
        <translation>高技能人才（高级工及以上）</translation>
    </message>
    <message>
        <source>Skilled workers of employees</source>
        <translation>技能人才占职工总数</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers</source>
        <translation>高技能人才占技能人才</translation>
    </message>
    <message>
        <source>Target (eastern province)</source>
        <translation>目标（东部地区）</translation>
    </message>
    <message>
        <source>Workforce targets</source>
        <translation>队伍建设目标</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>各车间</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>各单位</translation>
    </message>
    <message>
        <source>%1: skilled workers of employees</source>
        <translation>%1：技能人才占职工总数</translation>
    </message>
    <message>
        <source>%1: high-skilled of skilled workers</source>
        <translation>%1：高技能人才占技能人才</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Trend at month ends</source>
        <translation>各月末占比趋势</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计日期：%1</translation>
    </message>
    <message>
        <source>SkillLadder · page %1 of %2 · section 二 of the 2022 opinion (中办发〔2022〕58号)</source>
        <translation>技能人才管理系统 · 第 %1 页，共 %2 页 · 依据《关于加强新时代高技能人才队伍建设的意见》（中办发〔2022〕58号）第二部分</translation>
    </message>
</context>
<context>
    <name>skl::ResidentId</name>
    <message>
        <source>&quot;%1&quot; is an ID number that Excel turned into a number and its last digits are lost; format the column as text and type the numbers again.</source>
        <translation>“%1”是被 Excel 转成数字的身份证号，末几位已丢失；请把该列设置为“文本”格式后重新录入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old 15-digit ID number; enter the 18-digit number.</source>
        <translation>“%1”是旧的 15 位身份证号；请录入 18 位号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 characters; an ID number has 18.</source>
        <translation>“%1”有 %2 位；身份证号应为 18 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a character that is not a digit at position %2.</source>
        <translation>“%1”第 %2 位不是数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends in a character that is neither a digit nor X.</source>
        <translation>“%1”的最后一位既不是数字也不是 X。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails the check digit (the last character should be %2); check the number for a typing error.</source>
        <translation>“%1”校验码不符（最后一位应为 %2）；请检查是否录入有误。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no valid birth date (positions 7 to 14).</source>
        <translation>“%1”中（第 7 至 14 位）没有有效的出生日期。</translation>
    </message>
</context>
<context>
    <name>skl::RosterColumns</name>
    <message>
        <source>the columns &quot;%1&quot; and &quot;%2&quot; both mean %3; keep one of them.</source>
        <translation>“%1”和“%2”两列都表示%3；请只保留其中一列。</translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing.</source>
        <translation>缺少必需的列 %1（%2）。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
</context>
<context>
    <name>skl::RosterExport</name>
    <message>
        <source>Exporting the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>职工 %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入文件。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
</context>
<context>
    <name>skl::RosterImport</name>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged, %5 rejected.</source>
        <translation>已导入 %1：新增 %2，更新 %3，未变 %4，拒收 %5。</translation>
    </message>
    <message>
        <source>Saving the imported roster</source>
        <translation>保存导入的花名册</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reading the roster</source>
        <translation>读取花名册</translation>
    </message>
</context>
<context>
    <name>skl::RosterRow</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01.</source>
        <translation>“%1”不是日期；请写作 YYYY-MM-DD，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; write 是 or 否 (Y/N, 1/0).</source>
        <translation>“%1”既不是“是”也不是“否”；请填 是 或 否（Y/N、1/0）。</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header only %2 columns; is a comma inside a cell without quotes?</source>
        <translation>本行有 %1 个单元格，但表头只有 %2 列；是否有单元格内含逗号却未加引号？</translation>
    </message>
    <message>
        <source>the cell holds bytes that are not text in the file&apos;s encoding; save the file again as CSV UTF-8.</source>
        <translation>单元格中含有不符合文件编码的字节；请重新另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>the employee number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender; write 男 or 女 (M/F).</source>
        <translation>“%1”不是性别；请填 男 或 女（M/F）。</translation>
    </message>
    <message>
        <source>%1 differs from the birth date in the ID number (%2).</source>
        <translation>%1 与身份证号中的出生日期（%2）不一致。</translation>
    </message>
    <message>
        <source>the hire date is missing.</source>
        <translation>缺少入职日期。</translation>
    </message>
    <message>
        <source>%1 is before the hire date %2.</source>
        <translation>%1 早于入职日期 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province; write it as 山东, 山东省 or Shandong.</source>
        <translation>“%1”不是省份；请写作 山东、山东省 或 Shandong。</translation>
    </message>
    <message>
        <source>a province is given but no site (单位) it would belong to.</source>
        <translation>填写了省份，但没有填写所属单位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known grade; write one of 学徒工, 初级工, 中级工, 高级工, 技师, 高级技师, 特级技师, 首席技师 (or 五级 … 一级).</source>
        <translation>“%1”不是已知的技能等级；请填 学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师 之一（或 五级 … 一级）。</translation>
    </message>
    <message>
        <source>the grade %1 needs the date it was obtained.</source>
        <translation>技能等级 %1 需要填写取得日期。</translation>
    </message>
    <message>
        <source>a grade date is given but no grade.</source>
        <translation>填写了等级取得日期，但没有填写技能等级。</translation>
    </message>
</context>
<context>
    <name>skl::RosterTableModel</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Filter by this column above the table; it is not sorted.</source>
        <translation>此列不排序；请用表格上方的筛选条件。</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Grade since</source>
        <translation>等级取得日期</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>一线</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
</context>
<context>
    <name>skl::RosterView</name>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>尚无等级</translation>
    </message>
    <message>
        <source>Frontline and others</source>
        <translation>一线及非一线</translation>
    </message>
    <message>
        <source>Frontline only</source>
        <translation>仅一线</translation>
    </message>
    <message>
        <source>Not frontline</source>
        <translation>非一线</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>In service and left</source>
        <translation>在岗及离职</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>全部职业（工种）</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>显示 %1 人，共 %2 人</translation>
    </message>
    <message>
        <source>Search: start of a name or employee no., or the last 4 of an ID number</source>
        <translation>搜索：姓名或工号开头，或身份证号后四位</translation>
    </message>
</context>
<context>
    <name>skl::RosterWriter</name>
    <message>
        <source>Saving the roster</source>
        <translation>保存花名册</translation>
    </message>
    <message>
        <source>employee number %1 already appears on line %2 of this file.</source>
        <translation>工号 %1 已出现在本文件第 %2 行。</translation>
    </message>
    <message>
        <source>%1 is after the recorded leave date %2.</source>
        <translation>%1 晚于已登记的离职日期 %2。</translation>
    </message>
    <message>
        <source>this ID number already belongs to employee %1.</source>
        <translation>该身份证号已属于职工 %1。</translation>
    </message>
    <message>
        <source>the site %1 is recorded in %2, not in %3.</source>
        <translation>单位 %1 登记在 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>the occupation %1 goes up to %2 only; %3 is above it.</source>
        <translation>职业（工种）%1 最高只设到 %2；%3 超出了该范围。</translation>
    </message>
</context>
<context>
    <name>skl::SqlErrors</name>
    <message>
        <source>%1: another program is writing to the database. Try again in a moment.</source>
        <translation>%1：另一个程序正在写入数据库。请稍后再试。</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing was changed.</source>
        <translation>%1：磁盘已满。请腾出空间后重试；数据未被改动。</translation>
    </message>
    <message>
        <source>%1: the database reported an error (%2).</source>
        <translation>%1：数据库报告错误（%2）。</translation>
    </message>
</context>
<context>
    <name>skl::TargetCharts</name>
    <message>
        <source>%1: workforce targets as of %2</source>
        <translation>%1：截至 %2 的队伍建设目标</translation>
    </message>
    <message>
        <source>Skilled workers of employees
(target %1)</source>
        <translation>技能人才占职工总数
（目标 %1）</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers
(target %1, eastern province)</source>
        <translation>高技能人才占技能人才
（目标 %1，东部地区）</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers
(target %1)</source>
        <translation>高技能人才占技能人才
（目标 %1）</translation>
    </message>
    <message>
        <source>Actual share</source>
        <translation>实际占比</translation>
    </message>
    <message>
        <source>Skilled workers of employees</source>
        <translation>技能人才占职工总数</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers</source>
        <translation>高技能人才占技能人才</translation>
    </message>
    <message>
        <source>Employees in service by grade, by site, as of %1</source>
        <translation>截至 %1 各等级在岗职工人数（按单位）</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Trend at month ends</source>
        <translation>各月末占比趋势</translation>
    </message>
    <message>
        <source>Target for skilled workers</source>
        <translation>技能人才占比目标</translation>
    </message>
    <message>
        <source>Target for high-skilled workers</source>
        <translation>高技能人才占比目标</translation>
    </message>
</context>
<context>
    <name>skl::TargetPlanner</name>
    <message>
        <source>Company</source>
        <translation type="unfinished">企业</translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished">车间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished">层级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">单位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished">职工人数</translation>
    </message>
    <message>
        <source>Skilled</source>
        <translation type="unfinished">技能人才</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation type="unfinished">高技能人才</translation>
    </message>
    <message>
        <source>Skilled needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due 学徒工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled short after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-skilled needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due 中级工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-skilled short after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>skl::TargetReportFormat</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Skilled</source>
        <translation>技能人才</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation>高技能人才</translation>
    </message>
    <message>
        <source>Skilled %</source>
        <translation>技能人才占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>High-skilled %</source>
        <translation>高技能人才占比</translation>
    </message>
    <message>
        <source>Workforce targets as of %1 (section 二 of the 2022 opinion)</source>
        <translation>截至 %1 的队伍建设目标（2022 年《意见》第二部分）</translation>
    </message>
    <message>
        <source>Skilled %: skilled workers (初级工 and above) of employees in service. High-skilled %: high-skilled workers (高级工 and above) of skilled workers; the target is 35 % for units in eastern provinces.</source>
        <translation>技能人才占比：在岗职工中持初级工及以上等级者所占比例。高技能人才占比：技能人才中高级工及以上者所占比例；东部地区单位目标为 35%。</translation>
    </message>
</context>
<context>
    <name>skl::TargetTableModel</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Nobody is in service here on this date, so there is no ratio.</source>
        <translation>该日此处无在岗职工，因此没有比例。</translation>
    </message>
    <message>
        <source>Skilled workers are at least %1 of employees: target met.</source>
        <translation>技能人才不低于职工的 %1：达标。</translation>
    </message>
    <message>
        <source>Skilled workers are below %1 of employees: target not met.</source>
        <translation>技能人才低于职工的 %1：未达标。</translation>
    </message>
    <message>
        <source>Nobody here holds a skill grade on this date, so there is no ratio.</source>
        <translation>该日此处无人持有技能等级，因此没有比例。</translation>
    </message>
    <message>
        <source>High-skilled workers are at least %1 of skilled workers: target met.</source>
        <translation>高技能人才不低于技能人才的 %1：达标。</translation>
    </message>
    <message>
        <source>High-skilled workers are below %1 of skilled workers: target not met.</source>
        <translation>高技能人才低于技能人才的 %1：未达标。</translation>
    </message>
    <message>
        <source>Employees in service holding 初级工 or a higher grade</source>
        <translation>持初级工及以上等级的在岗职工</translation>
    </message>
    <message>
        <source>Employees in service holding 高级工 or a higher grade</source>
        <translation>持高级工及以上等级的在岗职工</translation>
    </message>
    <message>
        <source>Skilled workers ÷ employees in service (target T1)</source>
        <translation>技能人才 ÷ 在岗职工（目标一）</translation>
    </message>
    <message>
        <source>High-skilled workers ÷ skilled workers (target T2, T3 in the east)</source>
        <translation>高技能人才 ÷ 技能人才（目标二；东部地区为目标三）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <source>Skilled</source>
        <translation>技能人才</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation>高技能人才</translation>
    </message>
    <message>
        <source>Skilled %</source>
        <translation>技能人才占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>High-skilled %</source>
        <translation>高技能人才占比</translation>
    </message>
    <message>
        <source>The eastern threshold applies: the unit is in an eastern province (东部地区).</source>
        <translation>适用东部地区目标：该单位位于东部地区。</translation>
    </message>
</context>
<context>
    <name>skl::TargetTrend</name>
    <message>
        <source>Computing the trend of the workforce targets</source>
        <translation>计算队伍建设目标的趋势</translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation>读取数据库版本</translation>
    </message>
</context>
<context>
    <name>skl::UnitChartPage</name>
    <message>
        <source>Skilled workers of employees</source>
        <translation>技能人才占职工总数</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers</source>
        <translation>高技能人才占技能人才</translation>
    </message>
    <message>
        <source>Share:</source>
        <translation>占比：</translation>
    </message>
    <message>
        <source>Click a bar to see the unit&apos;s workers.</source>
        <translation>点击条形可查看该单位的职工。</translation>
    </message>
    <message>
        <source>%1: skilled workers of employees</source>
        <translation>%1：技能人才占职工总数</translation>
    </message>
    <message>
        <source>%1: high-skilled of skilled workers</source>
        <translation>%1：高技能人才占技能人才</translation>
    </message>
</context>
<context>
    <name>skl::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;SkillLadder&lt;/h1&gt;&lt;p&gt;Skilled-workforce management: the eight-grade ladder, the roster and the workforce targets.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;技能人才管理系统&lt;/h1&gt;&lt;p&gt;技能人才队伍管理：八级工制度、职工花名册与队伍建设目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a company database…</source>
        <translation>新建企业数据库…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>打开示例企业</translation>
    </message>
    <message>
        <source>A generated company of 20,000 workers in five sites, to try SkillLadder without real data.</source>
        <translation>自动生成的示例企业，五个单位共 20,000 名职工，无需真实数据即可试用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近打开的数据库&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No database opened yet.</source>
        <translation>尚未打开过数据库。</translation>
    </message>
</context>
<context>
    <name>skl::WorkerEditor</name>
    <message>
        <source>Edited employee %1 in the profile.</source>
        <translation>在职工档案中修改了职工 %1。</translation>
    </message>
    <message>
        <source>Employee %1 is no longer in the database.</source>
        <translation>职工 %1 已不在数据库中。</translation>
    </message>
    <message>
        <source>Saving employee %1</source>
        <translation>保存职工 %1</translation>
    </message>
</context>
<context>
    <name>skl::WorkerProfileDialog</name>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>花名册导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Profile edit</source>
        <translation>档案修改</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>How obtained</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>等级历史</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Show to edit</source>
        <translation>显示并修改</translation>
    </message>
    <message>
        <source>ID numbers are shown masked; show the full number to change it.</source>
        <translation>身份证号默认部分隐藏；需要修改时再显示完整号码。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The first day no longer in service; empty while in service.</source>
        <translation>不再在岗的第一天；在岗期间留空。</translation>
    </message>
    <message>
        <source>Frontline worker</source>
        <translation>一线职工</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>Employee no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Hire date:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>Leave date:</source>
        <translation>离职日期：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>车间：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业（工种）：</translation>
    </message>
    <message>
        <source>Worker profile</source>
        <translation>职工档案</translation>
    </message>
    <message>
        <source>%1 %2 — worker profile</source>
        <translation>%1 %2 — 职工档案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Save worker</source>
        <translation>保存职工信息</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>（建档）</translation>
    </message>
</context>
<context>
    <name>skl::WorkerRepository</name>
    <message>
        <source>Reading the roster</source>
        <translation>读取花名册</translation>
    </message>
    <message>
        <source>Counting the workers</source>
        <translation>统计职工人数</translation>
    </message>
    <message>
        <source>Reading the sites, workshops and occupations</source>
        <translation>读取单位、车间和职业（工种）</translation>
    </message>
    <message>
        <source>Reading the worker</source>
        <translation>读取职工信息</translation>
    </message>
    <message>
        <source>The worker is no longer in the database.</source>
        <translation>该职工已不在数据库中。</translation>
    </message>
    <message>
        <source>Reading the grade history</source>
        <translation>读取等级历史</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>读取变更记录</translation>
    </message>
</context>
<context>
    <name>skl::WorkforceTargets</name>
    <message>
        <source>Computing the workforce targets</source>
        <translation>计算队伍建设目标</translation>
    </message>
</context>
<context>
    <name>skl::XlsxReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或已损坏。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel and save it again as &quot;Excel Workbook (*.xlsx)&quot;.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx），或已损坏。请在 Excel 中打开，另存为“Excel 工作簿(*.xlsx)”。</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表；现有工作表：%2。</translation>
    </message>
    <message>
        <source>The workbook %1 has no sheet.</source>
        <translation>工作簿 %1 中没有工作表。</translation>
    </message>
    <message>
        <source>the sheet ends in damaged XML (%1); save the workbook again in Excel.</source>
        <translation>工作表末尾的数据已损坏（%1）；请在 Excel 中重新保存工作簿。</translation>
    </message>
    <message>
        <source>Excel · sheet %1</source>
        <translation>Excel · 工作表 %1</translation>
    </message>
</context>
<context>
    <name>skl::XlsxSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the workbook could not be written.</source>
        <translation>无法写入工作簿。</translation>
    </message>
    <message>
        <source>the workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>an Excel sheet holds at most %1 rows; export as CSV instead.</source>
        <translation>Excel 工作表最多容纳 %1 行；请改为导出 CSV。</translation>
    </message>
</context>
</TS>
