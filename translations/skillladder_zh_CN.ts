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
    <name>skl::AboutDialog</name>
    <message>
        <source>About SkillLadder</source>
        <translation>关于技能人才管理系统</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SkillLadder %1&lt;/h3&gt;&lt;p&gt;Skilled-workforce management for enterprises: the eight-grade ladder from 学徒工 to 首席技师 and the workforce targets of the 2022 opinion on high-skilled talent (中办发〔2022〕58号).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;技能人才管理系统 %1&lt;/h3&gt;&lt;p&gt;企业技能人才队伍管理：从学徒工到首席技师的八级工制度，以及《关于加强新时代高技能人才队伍建设的意见》（中办发〔2022〕58号）提出的队伍建设目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2.</source>
        <translation>版本 %1，基于 Qt %2 构建。</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>技术支持：%1</translation>
    </message>
    <message>
        <source>ask your company&apos;s IT department. They can write the support contact here with the setting help/support of SkillLadder&apos;s settings file (see the README, &quot;Help and About&quot;).</source>
        <translation>请联系本单位信息化部门。信息化部门可在本程序设置文件的 help/support 项中填写技术支持联系方式（见 README 中“Help and About”一节）。</translation>
    </message>
</context>
<context>
    <name>skl::ActGuard</name>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>skl::AdoptDialog</name>
    <message>
        <source>First administrator of %1</source>
        <translation>%1 的首位系统管理员</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2) was written before SkillLadder had officers: anyone could act as anyone. Name its first administrator now.&lt;/p&gt;&lt;p&gt;The administrator holds every role, so that a one-person company can work, and adds the other officers under System ▸ Officers and permissions. Approving a certification still needs a second person.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;（%2）是在技能人才管理系统有操作员之前写入的：任何人都能以任何人的身份操作。现在请指定它的首位系统管理员。&lt;/p&gt;&lt;p&gt;系统管理员拥有全部角色，一人企业也能使用；其他操作员由其在“系统 ▸ 人员与权限”中添加。批准等级认定仍需另一个人。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the name shown in the audit trail, e.g. 王科长</source>
        <translation>审计记录中显示的姓名，如 王科长</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
</context>
<context>
    <name>skl::AgreementsEndingDialog</name>
    <message>
        <source>Reading the agreements…</source>
        <translation>正在读取协议…</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Apprentice No.</source>
        <translation>徒弟工号</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Master-apprentice agreements ending</source>
        <translation>师带徒协议到期</translation>
    </message>
    <message>
        <source>Double-click a row to open the apprentice&apos;s profile.</source>
        <translation>双击一行打开徒弟的职工档案。</translation>
    </message>
    <message>
        <source>%1 agreement(s) past their planned end or ending by %2: %3 overdue, %4 by %5.</source>
        <translation>%1 份协议已过计划结束日期或将在 %2 前到期：已逾期 %3 份，%5 前到期 %4 份。</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>列出前 %1 份。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Within %1 days</source>
        <translation>%1天内</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceCommands</name>
    <message>
        <source>%1 import FILE.csv reads the file.</source>
        <translation>%1 import FILE.csv 用于读取并导入该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) differ.</source>
        <translation>
            <numerusform>有 %n 名职工的金额不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>--month YYYY-MM is required.</source>
        <translation>必须指定 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>%1 has no allowance run to approve.</source>
        <translation>%1 没有可批准的津贴核算。</translation>
    </message>
    <message>
        <source>Approved run %1: the allowances of %2 are locked.</source>
        <translation>已批准第 %1 次核算：%2 的津贴已锁定。</translation>
    </message>
    <message>
        <source>Unknown allowances command &quot;%1&quot;.</source>
        <translation>未知的 allowances 命令“%1”。</translation>
    </message>
    <message>
        <source>The allowance run could not be read back.</source>
        <translation>无法读回津贴核算结果。</translation>
    </message>
    <message numerus="yes">
        <source>Allowances of %1, run %2 (%3): %n worker(s), %4 yuan.</source>
        <translation>
            <numerusform>%1 津贴，第 %2 次核算（%3）：共 %n 名职工，合计 %4 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>approved, locked</source>
        <translation>已批准，已锁定</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) replaced a stored value; the replaced values are kept in the history.</source>
        <translation>
            <numerusform>其中 %n 行替换了已有的值；被替换的值已保留在历史记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>--reason belongs to &quot;allowances reopen&quot;.</source>
        <translation>--reason 只用于“allowances reopen”。</translation>
    </message>
    <message>
        <source>--confirm-empty belongs to &quot;allowances approve&quot;.</source>
        <translation>--confirm-empty 只用于“allowances approve”。</translation>
    </message>
    <message>
        <source>%1 has no correction run: reopen the month and compute it again first.</source>
        <translation>%1 没有更正核算：请先重新开放该月并再次核算。</translation>
    </message>
    <message>
        <source>Correction run %1 against the approved run %2 of %3:</source>
        <translation>%3 的更正核算 %1 与已批准的核算 %2 对比：</translation>
    </message>
    <message>
        <source>allowances diff RUN RUN compares two runs; allowances diff --month YYYY-MM compares a correction run with the approved run it corrects.</source>
        <translation>allowances diff RUN RUN 对比两次核算；allowances diff --month YYYY-MM 将更正核算与其所更正的已批准核算对比。</translation>
    </message>
    <message>
        <source>Reopened %1: approved run %2 is kept as it was; compute the month again for a correction run, compare it with &quot;allowances diff --month %1&quot; and approve it to lock the month again.</source>
        <translation>已重新开放 %1：已批准的核算 %2 原样保留；请再次核算该月得到更正核算，用“allowances diff --month %1”对比后批准，该月即再次锁定。</translation>
    </message>
    <message>
        <source>%1 Nothing was approved; give --confirm-empty to approve it all the same.</source>
        <translation>%1 未批准任何内容；如仍要批准，请加 --confirm-empty。</translation>
    </message>
    <message>
        <source>draft correcting run %1</source>
        <translation>草稿，更正核算 %1</translation>
    </message>
    <message>
        <source>allowances reopen --month YYYY-MM --reason TEXT: the reason is required.</source>
        <translation>allowances reopen --month YYYY-MM --reason TEXT：必须填写原因。</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceFactsStore</name>
    <message>
        <source>Computing the allowances</source>
        <translation>核算津贴</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceFileImport</name>
    <message>
        <source>&quot;%1&quot; is not skill, team_leader or mentoring (技能津贴, 班组长津贴, 带徒津贴).</source>
        <translation>“%1”不是 skill、team_leader 或 mentoring（技能津贴、班组长津贴、带徒津贴）。</translation>
    </message>
    <message>
        <source>A skill allowance needs its grade.</source>
        <translation>技能津贴须填写等级。</translation>
    </message>
    <message>
        <source>Only the skill allowance depends on the grade; leave the grade empty.</source>
        <translation>只有技能津贴按等级确定；请将等级留空。</translation>
    </message>
    <message>
        <source>The same rate from the same day is on line %1 already.</source>
        <translation>第 %1 行已有同日生效的相同津贴标准。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role with an allowance; write team_leader or 班组长.</source>
        <translation>“%1”不是享受津贴的职务；请填 team_leader 或 班组长。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>任期结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2) already leads a team %3 (%4).</source>
        <translation>%1（%2）在 %3 期间已担任班组长（%4）。</translation>
    </message>
    <message>
        <source>The agreement is planned to end (%1) before it starts (%2).</source>
        <translation>协议计划结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The agreement ends (%1) before it starts (%2).</source>
        <translation>协议结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2) already has a mentor in %3 for %4 (%5): one mentor per occupation at a time.</source>
        <translation>%1（%2）在 %4 期间已有 %3 的师傅（%5）：同一职业（工种）同一时间只能有一位师傅。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither the grade the apprentice reached (出师) nor 未出师 or 中止.</source>
        <translation>“%1”既不是徒弟达到的等级（出师），也不是“未出师”或“中止”。</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceLineModel</name>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Skill (yuan)</source>
        <translation>技能津贴（元）</translation>
    </message>
    <message>
        <source>Team leader (yuan)</source>
        <translation>班组长津贴（元）</translation>
    </message>
    <message>
        <source>Mentoring (yuan)</source>
        <translation>带徒津贴（元）</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceRunExport</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 名职工</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no allowance run %1; nothing was exported.</source>
        <translation>没有第 %1 次津贴核算；未导出任何内容。</translation>
    </message>
    <message>
        <source>%1 The exported file %2 was removed: every payroll export is recorded.</source>
        <translation>%1 已删除导出的文件 %2：每次向薪酬系统导出都必须留有记录。</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceRunStore</name>
    <message>
        <source>The allowances of %1 are approved (run %2) and locked; they are no longer computed.</source>
        <translation>%1 的津贴已批准（第 %2 次核算）并锁定，不再重新核算。</translation>
    </message>
    <message>
        <source>Saving the allowance run</source>
        <translation>保存津贴核算结果</translation>
    </message>
    <message numerus="yes">
        <source>Computed the allowances of %1: %n worker(s), %2 yuan.</source>
        <translation>
            <numerusform>已核算 %1 的津贴：共 %n 名职工，合计 %2 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approving the allowance run</source>
        <translation>批准津贴核算</translation>
    </message>
    <message>
        <source>There is no allowance run %1.</source>
        <translation>没有第 %1 次津贴核算。</translation>
    </message>
    <message>
        <source>Run %1 of %2 is approved already.</source>
        <translation>%2 的第 %1 次核算已经批准。</translation>
    </message>
    <message>
        <source>Run %1 is not the newest of %2 (run %3 is); approve that one.</source>
        <translation>第 %1 次核算不是 %2 的最新核算（最新为第 %3 次）；请批准最新的一次。</translation>
    </message>
    <message>
        <source>Approved the allowances of %1 (run %2); the month is locked.</source>
        <translation>已批准 %1 的津贴（第 %2 次核算）；该月已锁定。</translation>
    </message>
    <message>
        <source>Reading the allowance runs</source>
        <translation>读取津贴核算记录</translation>
    </message>
    <message>
        <source>Reading the allowance run</source>
        <translation>读取津贴核算记录</translation>
    </message>
    <message>
        <source>Run %1 of %2 pays no worker: are the allowance rates of the month on record?</source>
        <translation>%2 的核算 %1 未向任何职工发放津贴：该月的津贴标准是否已录入？</translation>
    </message>
    <message>
        <source>Run %1 of %2 pays 0.00 yuan in all: are the allowance rates of the month on record?</source>
        <translation>%2 的核算 %1 合计发放 0.00 元：该月的津贴标准是否已录入？</translation>
    </message>
    <message>
        <source>The allowances of %1 were not approved. %2</source>
        <translation>%1 的津贴未批准。%2</translation>
    </message>
    <message>
        <source>%1 has not begun yet (it begins on %2): a month is approved once it has begun. Nothing was approved.</source>
        <translation>%1 尚未开始（%2 开始）：月份开始后才能批准。未批准任何内容。</translation>
    </message>
    <message>
        <source>Run %1 is a run of %2, not of %3; nothing was approved. Show %3 again and approve its run.</source>
        <translation>核算 %1 属于 %2，不属于 %3；未批准任何内容。请重新显示 %3 并批准其核算。</translation>
    </message>
    <message>
        <source>%1 Nothing was approved; approve it only if that is right.</source>
        <translation>%1 未批准任何内容；确认无误后再批准。</translation>
    </message>
    <message>
        <source>Approved the allowances of %1 (run %2, correcting run %3); the month is locked.</source>
        <translation>已批准 %1 的津贴（核算 %2，更正核算 %3）；该月已锁定。</translation>
    </message>
    <message>
        <source>Write why %1 is reopened: the reason is kept in the audit log. The month stays locked.</source>
        <translation>请填写重新开放 %1 的原因：原因记入审计日志。该月仍保持锁定。</translation>
    </message>
    <message>
        <source>Reopening the allowances</source>
        <translation>重新开放津贴月份</translation>
    </message>
    <message>
        <source>The allowances of %1 are not approved and locked: there is nothing to reopen.</source>
        <translation>%1 的津贴未批准锁定：无需重新开放。</translation>
    </message>
    <message>
        <source>Reopened the allowances of %1 (approved run %2) for a correction: %3</source>
        <translation>已重新开放 %1 的津贴（已批准的核算 %2）以便更正：%3</translation>
    </message>
    <message>
        <source>%1 computed run %2 of %3 and may not approve it: another officer with the approver role must. Nothing was approved.</source>
        <translation>%1 核算了 %3 的第 %2 次核算，不得自行批准：须由另一位具有审批人角色的人员批准。未批准任何内容。</translation>
    </message>
    <message>
        <source>Recording the payroll export in the audit log</source>
        <translation>在审计日志中记录薪酬导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported the allowances of %1 (run %2) for payroll: %n worker(s) to %3.</source>
        <translation>
            <numerusform>已将 %1 的津贴（第 %2 次核算）导出给薪酬系统：%n 名职工，导出到 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::AllowanceStore</name>
    <message>
        <source>Skill allowance</source>
        <translation>技能津贴</translation>
    </message>
    <message>
        <source>Team-leader allowance</source>
        <translation>班组长津贴</translation>
    </message>
    <message>
        <source>Mentoring allowance</source>
        <translation>带徒津贴</translation>
    </message>
    <message>
        <source>Importing the roles</source>
        <translation>导入职务</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n team-leader period(s).</source>
        <translation>
            <numerusform>已导入 %n 段班组长任期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the agreements</source>
        <translation>导入师带徒协议</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n master-apprentice agreement(s).</source>
        <translation>
            <numerusform>已导入 %n 份师带徒协议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the allowance rates</source>
        <translation>读取津贴标准</translation>
    </message>
    <message>
        <source>A rate needs its date, an amount of 0 or more and, for the skill allowance only, a grade.</source>
        <translation>津贴标准需要生效日期和不小于 0 的金额；只有技能津贴需要填写等级。</translation>
    </message>
    <message numerus="yes">
        <source>Set %n allowance rate(s).</source>
        <translation>
            <numerusform>设置了 %n 项津贴标准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the rates</source>
        <translation>设置津贴标准</translation>
    </message>
</context>
<context>
    <name>skl::AllowanceView</name>
    <message>
        <source>(no workshop)</source>
        <translation>（无车间）</translation>
    </message>
    <message>
        <source>Compute the month</source>
        <translation>核算本月</translation>
    </message>
    <message>
        <source>Approve and lock</source>
        <translation>批准并锁定</translation>
    </message>
    <message>
        <source>Compare with the previous run…</source>
        <translation>与上次核算比较…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Skill (yuan)</source>
        <translation>技能津贴（元）</translation>
    </message>
    <message>
        <source>Team leader (yuan)</source>
        <translation>班组长津贴（元）</translation>
    </message>
    <message>
        <source>Mentoring (yuan)</source>
        <translation>带徒津贴（元）</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Yuan a month</source>
        <translation>元/月</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Allowance rates…</source>
        <translation>津贴标准…</translation>
    </message>
    <message>
        <source>Team-leader periods…</source>
        <translation>班组长任期…</translation>
    </message>
    <message>
        <source>Master-apprentice agreements…</source>
        <translation>师带徒协议…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly run</source>
        <translation>月度核算</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>津贴标准</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Computing the allowances of %1…</source>
        <translation>正在核算 %1 的津贴…</translation>
    </message>
    <message>
        <source>Approve run %1 of %2? The month is then locked: it keeps these amounts even when rates change later, and it cannot be computed again.</source>
        <translation>批准 %2 的第 %1 次核算吗？批准后该月即锁定：以后即使津贴标准变动，仍保留这些金额，且不能再重新核算。</translation>
    </message>
    <message>
        <source>%1 has not been computed yet: press &quot;Compute the month&quot;.</source>
        <translation>%1 尚未核算：请点击“核算本月”。</translation>
    </message>
    <message>
        <source>Run %1 of %2, approved by %3 and locked.</source>
        <translation>%2 第 %1 次核算，已由 %3 批准并锁定。</translation>
    </message>
    <message>
        <source>Run %1 of %2, computed by %3 at %4 (draft: compute again after changes, then approve).</source>
        <translation>%2 第 %1 次核算，由 %3 于 %4 核算（草稿：如有变动请重新核算，然后批准）。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) paid, %1 yuan in all.</source>
        <translation>
            <numerusform>共 %n 名职工领取津贴，合计 %1 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Company total</source>
        <translation>公司合计</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>This is the month&apos;s first run: there is nothing to compare.</source>
        <translation>这是该月的第一次核算：没有可比较的内容。</translation>
    </message>
    <message>
        <source>Run %1 against run %2</source>
        <translation>第 %1 次核算与第 %2 次核算对比</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Before (yuan)</source>
        <translation>原金额（元）</translation>
    </message>
    <message>
        <source>Now (yuan)</source>
        <translation>现金额（元）</translation>
    </message>
    <message>
        <source>Difference (yuan)</source>
        <translation>差额（元）</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) differ.</source>
        <translation>
            <numerusform>有 %n 名职工的金额不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowances %1</source>
        <translation>津贴 %1</translation>
    </message>
    <message>
        <source>Export the allowances</source>
        <translation>导出津贴</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>Allowances of %1</source>
        <translation>%1 津贴</translation>
    </message>
    <message>
        <source>Set a rate…</source>
        <translation>设置津贴标准…</translation>
    </message>
    <message>
        <source>A new amount from a day on; set again for the same day, it replaces that day&apos;s amount (the audit log keeps the old one).</source>
        <translation>自某日起执行的新金额；同一日期再次设置将替换该日的金额（审计日志保留原金额）。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Allowances of the month by grade (yuan)</source>
        <translation>本月津贴（按等级，元）</translation>
    </message>
    <message>
        <source>Allowances of the month by workshop (yuan)</source>
        <translation>本月津贴（按车间，元）</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新开放…</translation>
    </message>
    <message>
        <source>The team-leader allowance is paid for the team-leader periods. A roster import with 班组长 = 是 opens a period from the import&apos;s day, 否 closes it the day before; &quot;Import… → Team-leader periods&quot; records periods with their own dates.</source>
        <translation>班组长津贴按班组长任职期间发放。花名册导入中班组长为“是”时，自导入当日起开始任职期间，为“否”时于前一日结束；“导入… → 班组长任期”按文件中的日期记录任职期间。</translation>
    </message>
    <message>
        <source>%1

Approve run %2 of %3 all the same? The month is then locked with it.</source>
        <translation>%1

仍要批准 %3 的核算 %2 吗？该月将以此锁定。</translation>
    </message>
    <message>
        <source>Checking the database and approving run %1 of %2…</source>
        <translation>正在检查数据库并批准 %2 的核算 %1…</translation>
    </message>
    <message>
        <source>Reopen the month</source>
        <translation>重新开放该月</translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reason is kept in the audit log. The approved run stays stored as it is; compute the month again for a correction run, compare it, and approve it to lock the month again.</source>
        <translation>为什么重新开放 %1？原因记入审计日志。已批准的核算原样保留；请再次核算得到更正核算，对比后批准，该月即再次锁定。</translation>
    </message>
    <message>
        <source>Run %1 of %2, approved by %3, reopened by %4 (&quot;%5&quot;): compute the month again for a correction run.</source>
        <translation>%2 的核算 %1，由 %3 批准，已由 %4 重新开放（“%5”）：请再次核算该月得到更正核算。</translation>
    </message>
    <message>
        <source>Correction run %1 of %2, computed by %3 at %4, against the approved run %5 (compare, then approve to lock the month again).</source>
        <translation>%2 的更正核算 %1，由 %3 于 %4 核算，更正已批准的核算 %5（请对比后批准，该月即再次锁定）。</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>The allowance runs show the pay of each worker: reading them needs the role %1.</source>
        <translation>津贴核算列出每名职工的津贴金额：查看需要角色 %1。</translation>
    </message>
    <message>
        <source>You computed run %1: another officer with the role %2 approves it.</source>
        <translation>第 %1 次核算由您核算：须由另一位具有角色 %2 的人员批准。</translation>
    </message>
    <message>
        <source>Exporting the allowances of %1…</source>
        <translation>正在导出 %1 的津贴…</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>制表：%1</translation>
    </message>
    <message>
        <source>Reviewed by: %1</source>
        <translation>审核：%1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>批准：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Download import template</source>
        <translation>下载导入模板</translation>
    </message>
</context>
<context>
    <name>skl::AssessmentRoundStore</name>
    <message>
        <source>Reading the assessment round</source>
        <translation>读取评价批次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The employee number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>%1 is not in service on the assessment date %2.</source>
        <translation>%1 在考核日期 %2 不在职。</translation>
    </message>
    <message>
        <source>%1 is registered in round %2 already.</source>
        <translation>%1 已报名第 %2 批次。</translation>
    </message>
    <message>
        <source>%1 examines or invigilates in round %2 and cannot also be its candidate (回避).</source>
        <translation>%1 是第 %2 批次的考评员或监考人员，不能同时作为该批次的考生（回避）。</translation>
    </message>
    <message>
        <source>%1 cannot be a candidate of round %2: they and %3, on its %4 panel, are master and apprentice (回避).</source>
        <translation>%1 不能报名第 %2 批次：其与该批次%4考评组的 %3 有师徒关系（回避）。</translation>
    </message>
    <message>
        <source>an examiner outside your workshops</source>
        <translation>您所辖车间以外的一名考评员</translation>
    </message>
    <message>
        <source>%1 cannot be registered for %2 %3: %4</source>
        <translation>%1 不能报名%2%3：%4</translation>
    </message>
    <message>
        <source>Registering the candidate</source>
        <translation>登记考生</translation>
    </message>
    <message>
        <source>%1 %2 (kept from round %3)</source>
        <translation>%1 %2（沿用第 %3 批次成绩）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Assessment round %1: %2</source>
        <extracomment>Between the parts of a proposal&apos;s evidence: 理论知识 78.5，操作技能 81.0</extracomment>
        <translation>考核批次 %1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The assessment round needs a name.</source>
        <translation>评价批次需要名称。</translation>
    </message>
    <message>
        <source>The assessment round needs its assessment date.</source>
        <translation>评价批次需要考核日期。</translation>
    </message>
    <message>
        <source>The assessment starts on %1, after it ends on %2.</source>
        <translation>考核开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>%1 is not assessed in a round.</source>
        <translation>%1不通过评价批次考核。</translation>
    </message>
    <message>
        <source>Starting the change</source>
        <translation>开始修改</translation>
    </message>
    <message>
        <source>The standard of %1 ends at %2; %3 is above it.</source>
        <translation>%1的职业标准最高至%2；%3超出其范围。</translation>
    </message>
    <message>
        <source>Opened the assessment round %1: %2 %3, assessed %4 to %5.</source>
        <translation>开设评价批次 %1：%2%3，考核日期 %4 至 %5。</translation>
    </message>
    <message>
        <source>Opening the assessment round</source>
        <translation>开设评价批次</translation>
    </message>
    <message>
        <source>An assessment round named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的评价批次已存在。</translation>
    </message>
    <message>
        <source>Reading the assessment rounds</source>
        <translation>读取评价批次</translation>
    </message>
    <message>
        <source>Round %1 has posted its results; it takes no more candidates.</source>
        <translation>第 %1 批次已公示结果，不再接受报名。</translation>
    </message>
    <message>
        <source>Registered %1 in the assessment round %2 (%3).</source>
        <translation>已为 %1 报名评价批次 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 is named twice in the registrations.</source>
        <translation>报名名单中 %1 出现了两次。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was registered: %n registration(s) cannot be accepted.</source>
        <translation>
            <numerusform>未登记任何考生：%n 条报名不能接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered %n candidate(s) in the assessment round %1 (%2).</source>
        <translation>
            <numerusform>已在评价批次 %1（%2）登记 %n 名考生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering the candidates</source>
        <translation>登记考生</translation>
    </message>
    <message>
        <source>A withdrawal needs its reason.</source>
        <translation>退出报名需要填写原因。</translation>
    </message>
    <message>
        <source>There is no candidate %1.</source>
        <translation>没有考生 %1。</translation>
    </message>
    <message>
        <source>%1 has been withdrawn from round %2 already.</source>
        <translation>%1 已退出第 %2 批次。</translation>
    </message>
    <message>
        <source>%1 has scores in round %2 and cannot be withdrawn.</source>
        <translation>%1 在第 %2 批次已有成绩，不能退出。</translation>
    </message>
    <message>
        <source>Withdrew %1 from the assessment round %2: %3</source>
        <translation>%1 退出评价批次 %2：%3</translation>
    </message>
    <message>
        <source>Withdrawing the candidate</source>
        <translation>办理考生退出</translation>
    </message>
    <message>
        <source>%1 is on the %2 panel of round %3 already.</source>
        <translation>%1 已在第 %3 批次的%2考评组中。</translation>
    </message>
    <message>
        <source>%1 is a candidate of round %2 and cannot assess it (回避).</source>
        <translation>%1 是第 %2 批次的考生，不能担任该批次考评（回避）。</translation>
    </message>
    <message>
        <source>%1 may not assess round %2: they and the candidate %3 are master and apprentice (回避).</source>
        <translation>%1 不能担任第 %2 批次考评：其与考生 %3 有师徒关系（回避）。</translation>
    </message>
    <message>
        <source>%1 holds %2 in %3 on the assessment date %4; an examiner of this round holds at least %5.</source>
        <translation>%1 在考核日期 %4 持有%3%2；本批次考评员须至少持有%5。</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Added %1 as an invigilator of the theory exam of round %2.</source>
        <translation>已将 %1 登记为第 %2 批次理论知识考试的监考人员。</translation>
    </message>
    <message>
        <source>Added %1 to the %2 panel of round %3.</source>
        <translation>已将 %1 加入第 %3 批次的%2考评组。</translation>
    </message>
    <message>
        <source>Adding the examiner</source>
        <translation>登记考评员</translation>
    </message>
    <message>
        <source>There is no examiner or invigilator %1 on a panel.</source>
        <translation>考评组中没有考评员或监考人员 %1。</translation>
    </message>
    <message>
        <source>Removed %1 from the %2 panel of round %3.</source>
        <translation>已将 %1 移出第 %3 批次的%2考评组。</translation>
    </message>
    <message>
        <source>Removing the examiner</source>
        <translation>移除考评员</translation>
    </message>
    <message>
        <source>Round %1 has posted its results on %2; its scores are final.</source>
        <translation>第 %1 批次已于 %2 公示结果，成绩不可再改。</translation>
    </message>
    <message>
        <source>%1 is not a candidate of round %2.</source>
        <translation>%1 不是第 %2 批次的考生。</translation>
    </message>
    <message>
        <source>No worker has the employee number &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的职工。</translation>
    </message>
    <message>
        <source>Round %1 assesses %2, which has no %3 (from %4 up).</source>
        <translation>第 %1 批次考核%2，不设%3（%4及以上才有）。</translation>
    </message>
    <message>
        <source>%1 has a second %2 score among these.</source>
        <translation>%1 在本次录入中有第二个%2成绩。</translation>
    </message>
    <message>
        <source>%1 is not on the %2 panel of round %3.</source>
        <translation>%1 不在第 %3 批次的%2考评组中。</translation>
    </message>
    <message>
        <source>%1 passed and has certification %2 (%3); a score that fails them is refused.</source>
        <translation>%1 已合格并有认定申请 %2（%3）；使其不合格的成绩不予接受。</translation>
    </message>
    <message numerus="yes">
        <source>No score was recorded: %n line(s) cannot be accepted.</source>
        <translation>
            <numerusform>未录入任何成绩：%n 行不能接受。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n score(s) in the assessment round %1 (%2).</source>
        <translation>
            <numerusform>在评价批次 %1（%2）录入 %n 项成绩。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the scores</source>
        <translation>录入成绩</translation>
    </message>
    <message>
        <source>No score was recorded: %1 passed, but cannot be proposed: %2</source>
        <translation>未录入任何成绩：%1 已合格，但不能申报认定：%2</translation>
    </message>
    <message>
        <source>The day the notice is posted is missing.</source>
        <translation>缺少公示日期。</translation>
    </message>
    <message>
        <source>The results of round %1 cannot be posted on %2, before the assessment ends on %3.</source>
        <translation>第 %1 批次的结果不能在 %2 公示，早于考核结束日期 %3。</translation>
    </message>
    <message>
        <source>Round %1 has no candidates to post.</source>
        <translation>第 %1 批次没有可公示的考生。</translation>
    </message>
    <message>
        <source>The notice of round %1 waits for every score: %2 not fully scored.</source>
        <translation>第 %1 批次须在全部成绩录入后公示：%2 的成绩尚不完整。</translation>
    </message>
    <message>
        <source>Posted the public notice of the assessment round %1 on %2.</source>
        <translation>于 %2 公示评价批次 %1 的结果。</translation>
    </message>
    <message>
        <source>Posting the notice</source>
        <translation>公示结果</translation>
    </message>
    <message>
        <source>Letting decisions go before the notice period ends needs a reason.</source>
        <translation>在公示期结束前放行审批需要填写原因。</translation>
    </message>
    <message>
        <source>Round %1 has not posted its notice yet.</source>
        <translation>第 %1 批次尚未公示。</translation>
    </message>
    <message>
        <source>%1 has already let the decisions of round %2 go: %3</source>
        <translation>%1 已放行第 %2 批次的审批：%3</translation>
    </message>
    <message>
        <source>Let the decisions of the assessment round %1 go before its notice period ends: %2</source>
        <translation>在公示期结束前放行评价批次 %1 的审批：%2</translation>
    </message>
    <message>
        <source>Overriding the notice period</source>
        <translation>提前结束公示期</translation>
    </message>
    <message numerus="yes">
        <source>The results of round %1 have not been posted yet: approvals begin once the public notice (%n working day(s)) has run.</source>
        <translation>
            <numerusform>第 %1 批次的结果尚未公示：须公示（%n 个工作日）期满后方可审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>The public notice of round %1 runs until %2: approvals may begin on %3, unless an approver lets them go earlier with a reason.</source>
        <translation>第 %1 批次的公示期至 %2：%3 起方可审批，除非审批人填写原因提前放行。</translation>
    </message>
    <message>
        <source>The day of the report is missing.</source>
        <translation>缺少上报日期。</translation>
    </message>
    <message>
        <source>Round %1 was reported on %2 already.</source>
        <translation>第 %1 批次已于 %2 上报。</translation>
    </message>
    <message>
        <source>Round %1 has not posted its results yet; it is reported after its notice and decisions.</source>
        <translation>第 %1 批次尚未公示结果；须在公示和审批之后上报。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 has %n certification(s) awaiting a decision; it is reported once every one is decided.</source>
        <translation>
            <numerusform>第 %1 批次有 %n 项认定申请待审批；全部审批后方可上报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded the report of the assessment round %1 to the provincial system on %2 (%3).</source>
        <translation>记录评价批次 %1 已于 %2 上报省级系统（%3）。</translation>
    </message>
    <message>
        <source>Recording the report</source>
        <translation>记录上报</translation>
    </message>
    <message>
        <source>The day of the archive is missing.</source>
        <translation>缺少归档日期。</translation>
    </message>
    <message>
        <source>Round %1 is archived after its report to the provincial system.</source>
        <translation>第 %1 批次须在上报省级系统后归档。</translation>
    </message>
    <message>
        <source>Archived the assessment round %1 on %2.</source>
        <translation>于 %2 将评价批次 %1 归档。</translation>
    </message>
    <message>
        <source>Recording the archive</source>
        <translation>记录归档</translation>
    </message>
</context>
<context>
    <name>skl::AssessmentRules</name>
    <message>
        <source>Theory</source>
        <translation>理论知识</translation>
    </message>
    <message>
        <source>Practical skills</source>
        <translation>操作技能</translation>
    </message>
    <message>
        <source>Comprehensive review</source>
        <translation>综合评审</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Eligibility review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal.</source>
        <translation>“%1”的小数超过一位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from 0 to 100.</source>
        <translation>“%1”不是 0 到 100 之间的成绩。</translation>
    </message>
    <message>
        <source>%1 is above 100.</source>
        <translation>%1 超过 100。</translation>
    </message>
    <message numerus="yes">
        <source>The theory exam of %n candidate(s) needs at least %1 invigilator(s) (one per %2); %3 registered.</source>
        <translation>
            <numerusform>%n 名考生的理论知识考试至少需要 %1 名监考人员（每 %2 人一名）；已登记 %3 名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 panel has %n examiner(s); it needs an odd number of at least %2.</source>
        <translation>
            <numerusform>%1考评组有 %n 名考评员；须为不少于 %2 人的奇数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 panel has %n examiner(s); it needs an odd number.</source>
        <translation>
            <numerusform>%1考评组有 %n 名考评员；须为奇数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The practical assessment of %n candidate(s) needs at least %1 examiner(s) (one per %2); %3 registered.</source>
        <translation>
            <numerusform>%n 名考生的操作技能考核至少需要 %1 名考评员（每 %2 人一名）；已登记 %3 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition of registration in the policy.</source>
        <translation>“%1”不是政策中规定的报名条件。</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; admits registration up to %2, not %3.</source>
        <translation>条件“%1”最高可报 %2，不能报 %3。</translation>
    </message>
    <message>
        <source>The worker already holds %1 in this occupation.</source>
        <translation>该职工在本职业已取得%1。</translation>
    </message>
    <message>
        <source>Registration for %1 needs %2 held in the occupation; the worker holds no grade in it.</source>
        <translation>报考%1须在本职业取得%2；该职工在本职业没有等级。</translation>
    </message>
    <message>
        <source>Registration for %1 needs %2 held in the occupation; the worker holds %3.</source>
        <translation>报考%1须在本职业取得%2；该职工现为%3。</translation>
    </message>
    <message numerus="yes">
        <source>Registration for %1 needs %n year(s) at %2 by the assessment date %3: held since %4, eligible from %5.</source>
        <translation>
            <numerusform>报考%1须在考核日 %3 前取得%2满 %n 年：该职工自 %4 起取得，自 %5 起符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration and eligibility</source>
        <translation>报名与资格审核</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程管理</translation>
    </message>
    <message>
        <source>Papers and scores</source>
        <translation>试卷及成绩</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书管理</translation>
    </message>
</context>
<context>
    <name>skl::AuditChain</name>
    <message>
        <source>Sealing the audit trail</source>
        <translation>封存审计记录</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>检查审计记录</translation>
    </message>
    <message>
        <source>Audit event %1 (%2, by %3) was edited outside SkillLadder: what it records no longer matches its seal.</source>
        <translation>审计事件 %1（%2，操作人 %3）已在 SkillLadder 之外被修改：其记录的内容与封存值不再相符。</translation>
    </message>
    <message>
        <source>The change rows of audit event %1 (%2, by %3) were edited or added outside SkillLadder.</source>
        <translation>审计事件 %1（%2，操作人 %3）的变更明细已在 SkillLadder 之外被修改或增添。</translation>
    </message>
    <message>
        <source>Change rows of audit event %1 (%2, by %3) were deleted outside SkillLadder.</source>
        <translation>审计事件 %1（%2，操作人 %3）的变更明细已在 SkillLadder 之外被删除。</translation>
    </message>
    <message>
        <source>Audit event %1 was deleted outside SkillLadder (the event after it is of %2, by %3).</source>
        <translation>审计事件 %1 已在 SkillLadder 之外被删除（其后一条事件记于 %2，操作人 %3）。</translation>
    </message>
    <message>
        <source>Audit event %1 was deleted outside SkillLadder.</source>
        <translation>审计事件 %1 已在 SkillLadder 之外被删除。</translation>
    </message>
    <message>
        <source>Audit event %1 (%2, by %3) has no seal: it was written outside SkillLadder.</source>
        <translation>审计事件 %1（%2，操作人 %3）没有封存值：它是在 SkillLadder 之外写入的。</translation>
    </message>
    <message>
        <source>Audit event %1 (%2, by %3) was inserted into the trail outside SkillLadder.</source>
        <translation>审计事件 %1（%2，操作人 %3）是在 SkillLadder 之外插入审计记录的。</translation>
    </message>
    <message>
        <source>The seals of the audit trail up to event %1 (%2, by %3) were recomputed outside SkillLadder since the trail was last checked.</source>
        <translation>自上次检查以来，截至事件 %1（%2，操作人 %3）的审计记录封存值已在 SkillLadder 之外被重新计算。</translation>
    </message>
    <message>
        <source>The audit trail cannot be sealed: event %1 is older than the newest sealed event %2. Run &quot;audit verify&quot; and tell the administrator.</source>
        <translation>无法封存审计记录：事件 %1 早于最新已封存的事件 %2。请运行“audit verify”并告知系统管理员。</translation>
    </message>
    <message>
        <source>The audit trail of this file was changed outside SkillLadder. %1 The data can still be used, but the trail no longer proves who did what. Keep this file as evidence, tell the administrator, and compare it with a backup made before the change (&quot;audit verify&quot; checks the whole trail).</source>
        <translation>此文件的审计记录已在 SkillLadder 之外被改动。%1 数据仍可使用，但审计记录已不能证明谁做了什么。请保留此文件作为证据，告知系统管理员，并与改动前的备份进行比对（“audit verify”检查全部审计记录）。</translation>
    </message>
    <message>
        <source>An officer&apos;s role names audit event %1 (%2, by %3), which did not grant or take it: the role was written outside SkillLadder.</source>
        <translation>某人员的角色记录指向审计事件 %1（%2，%3），但该事件并未授予或收回此角色：该角色是在技能人才管理系统之外写入的。</translation>
    </message>
</context>
<context>
    <name>skl::AuditCommands</name>
    <message>
        <source>audit needs list or verify.</source>
        <translation>audit 需要 list 或 verify。</translation>
    </message>
    <message>
        <source>Unknown audit command &quot;%1&quot;.</source>
        <translation>未知的 audit 命令“%1”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date YYYY-MM-DD.</source>
        <translation>%1：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5</source>
        <translation>#%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>      %1 %2, %3: %4 → %5</source>
        <translation>      %1 %2，%3：%4 → %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No audit event matches.</source>
        <translation>没有符合条件的审计事件。</translation>
    </message>
    <message>
        <source>The audit trail is broken. %1 Keep this file as evidence and compare it with a backup made before the change.</source>
        <translation>审计记录已被破坏。%1 请保留此文件作为证据，并与改动前的备份进行比对。</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n event(s) checked.</source>
        <translation>
            <numerusform>审计记录完整：已检查 %n 条事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest seal (event %1): %2. Note it down outside this file to check later that the trail up to here was not rewritten.</source>
        <translation>最新封存值（事件 %1）：%2。请将其记录在此文件之外，以便日后核对截至此处的审计记录未被改写。</translation>
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
    <name>skl::AuditTrailExport</name>
    <message>
        <source>Event</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>skl::AuditTrailStore</name>
    <message>
        <source>Reading the audit trail</source>
        <translation>读取变更记录</translation>
    </message>
    <message>
        <source>No worker has the employee number &quot;%1&quot;: check the number, or clear the worker filter.</source>
        <translation>没有工号为“%1”的职工：请核对工号，或清除职工筛选条件。</translation>
    </message>
    <message numerus="yes">
        <source>Inserted %n row(s) into the table %1 outside SkillLadder.</source>
        <translation>
            <numerusform>在 SkillLadder 之外向表 %1 插入了 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) from the table %1 outside SkillLadder.</source>
        <translation>
            <numerusform>在 SkillLadder 之外从表 %1 删除了 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n row(s) of the table %1 outside SkillLadder.</source>
        <translation>
            <numerusform>在 SkillLadder 之外修改了表 %1 的 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::AuditView</name>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show older events</source>
        <translation>显示更早的事件</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>any officer</source>
        <extracomment>filter of the audit trail: the officer&apos;s login name</extracomment>
        <translation>任意操作人</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>职工：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary / change</source>
        <translation>摘要 / 变更</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>正在读取审计记录…</translation>
    </message>
    <message>
        <source>Reading older events…</source>
        <translation>正在读取更早的事件…</translation>
    </message>
    <message>
        <source>The audit trail could not be read.</source>
        <translation>无法读取审计记录。</translation>
    </message>
    <message>
        <source>No audit event matches.</source>
        <translation>没有符合条件的审计事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown, newest first.</source>
        <translation>
            <numerusform>已显示 %n 条事件，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>a change row of the audit trail: record, its number, field</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>… %n more change row(s): see &quot;audit list&quot; on the command line.</source>
        <translation>
            <numerusform>…… 另有 %n 条变更明细：请在命令行使用“audit list”查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>audit-trail-%1.xlsx</source>
        <translation>审计记录-%1.xlsx</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV（UTF-8）(*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条事件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every event of the audit trail…</source>
        <translation>正在检查审计记录的每一条事件…</translation>
    </message>
    <message>
        <source>The audit trail is broken. %1</source>
        <translation>审计记录已被破坏。%1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n event(s) checked. Newest seal (event %1): %2</source>
        <translation>
            <numerusform>审计记录完整：已检查 %n 条事件。最新封存值（事件 %1）：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>skl::AutoBackup</name>
    <message>
        <source>Cannot create the backup folder %1. Choose another folder in the automatic backup settings.</source>
        <translation>无法创建备份文件夹 %1。请在自动备份设置中选择其他文件夹。</translation>
    </message>
    <message>
        <source>The backup %1 was written, but the old backup %2 could not be deleted. Delete it by hand, or check the folder&apos;s permissions.</source>
        <translation>备份 %1 已写出，但无法删除旧备份 %2。请手动删除，或检查该文件夹的权限。</translation>
    </message>
</context>
<context>
    <name>skl::BackupSettingsDialog</name>
    <message>
        <source>Back up the database automatically when it is closed, and once a day when it is opened</source>
        <translation>关闭数据库时自动备份，打开时每天自动备份一次</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>保留最近：</translation>
    </message>
    <message>
        <source>no automatic backup of this database yet</source>
        <translation>此数据库尚无自动备份</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
</context>
<context>
    <name>skl::BackupStore</name>
    <message>
        <source>Opening the database %1 to replace it</source>
        <translation>打开数据库 %1 以替换它</translation>
    </message>
    <message>
        <source>The database %1 is open in another SkillLadder window or command. Close it there first, then restore again; nothing was changed.</source>
        <translation>数据库 %1 正在另一个技能人才管理系统窗口或命令中打开。请先在那里关闭它，再重新恢复；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists; choose a new name.</source>
        <translation>备份文件 %1 已存在；请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another folder for the backup.</source>
        <translation>文件夹 %1 不存在；请为备份选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the backup to the folder %1: %2. Choose a folder you can write to.</source>
        <translation>无法将备份写入文件夹 %1：%2。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Backing up to %1</source>
        <translation>备份到 %1</translation>
    </message>
    <message>
        <source>The backup was written but could not be named %1; choose a new name.</source>
        <translation>备份已写出，但无法命名为 %1；请选择新的文件名。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist; nothing was restored.</source>
        <translation>备份 %1 不存在；未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a SkillLadder backup, or it is damaged; nothing was restored.</source>
        <translation>%1 不是技能人才管理系统的备份，或已损坏；未恢复任何内容。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a SkillLadder backup; nothing was restored.</source>
        <translation>%1 是空文件，不是技能人才管理系统的备份；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of SkillLadder (database version %2; this program knows up to %3). Install the newer SkillLadder to restore it; nothing was restored.</source>
        <translation>备份 %1 由较新版本的技能人才管理系统写入（数据库版本 %2；本程序最高支持 %3）。请安装新版本后再恢复；未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (SQLite&apos;s integrity check found errors in it); nothing was restored. Choose another backup.</source>
        <translation>备份 %1 已损坏（SQLite 完整性检查发现错误）；未恢复任何内容。请选择其他备份。</translation>
    </message>
    <message>
        <source>%1 is the database itself; choose a backup file.</source>
        <translation>%1 就是数据库本身；请选择一个备份文件。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into the folder %2; nothing was restored.</source>
        <translation>无法将备份 %1 复制到文件夹 %2；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into the folder %2 (is the disk full?); nothing was restored.</source>
        <translation>无法将备份 %1 复制到文件夹 %2（磁盘是否已满？）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot move the database %1 aside to restore the backup; nothing was restored.</source>
        <translation>无法移开数据库 %1 以恢复备份；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot move the files beside the database %1 aside (is it open in another program?); nothing was restored.</source>
        <translation>无法移开数据库 %1 旁的附属文件（是否在其他程序中打开？）；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; nothing was restored.</source>
        <translation>无法用备份替换 %1；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Restored the database from the backup %1.</source>
        <translation>已从备份 %1 恢复数据库。</translation>
    </message>
    <message>
        <source>Restored the database from the backup %1; the replaced database was kept as %2.</source>
        <translation>已从备份 %1 恢复数据库；被替换的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>The database was restored from %1, but the restore could not be recorded in its audit log: %2</source>
        <translation>数据库已从 %1 恢复，但无法在审计日志中记录此次恢复：%2</translation>
    </message>
    <message>
        <source>Recording the restore</source>
        <translation>记录恢复操作</translation>
    </message>
    <message>
        <source>Reading the officers of the backup %1</source>
        <translation>读取备份 %1 中的操作员</translation>
    </message>
    <message>
        <source>The backup %1 was written before SkillLadder had officers, so it cannot say who may restore it; nothing was restored. Close SkillLadder, copy the backup in place of the database, then name its first administrator (adopt).</source>
        <translation>备份 %1 写于 SkillLadder 设立操作员之前，无法确认谁可以恢复它；未恢复任何内容。请关闭 SkillLadder，把备份复制到数据库的位置，再指定它的首位系统管理员（adopt）。</translation>
    </message>
    <message>
        <source>Wrong login name or password for the backup %1.</source>
        <translation>备份 %1 的登录名或密码错误。</translation>
    </message>
    <message>
        <source>The backup %1 does not know the officer %2: restoring it would leave a database you cannot log in to. An administrator the backup knows must restore it.</source>
        <translation>备份 %1 中没有操作员 %2：恢复后您将无法登录该数据库。须由备份中的系统管理员来恢复。</translation>
    </message>
    <message>
        <source>In the backup %1: %2</source>
        <translation>在备份 %1 中：%2</translation>
    </message>
    <message>
        <source>%1 is a company on a PostgreSQL server: SkillLadder backs up and restores only a database file. The server&apos;s databases are backed up by your IT department with pg_dump; ask them for a copy or a restore.</source>
        <translation>%1 是 PostgreSQL 服务器上的公司：SkillLadder 只备份和恢复数据库文件。服务器上的数据库由贵单位信息部门用 pg_dump 备份；请向他们索取备份副本或申请恢复。</translation>
    </message>
</context>
<context>
    <name>skl::CellValues</name>
    <message>
        <source>the text has %1 characters, more than the %2 this field holds.</source>
        <translation>文字有 %1 个字符，超过本栏最多的 %2 个。</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1) at position %2; remove it.</source>
        <translation>文字第 %2 个字符是控制字符（U+%1），请删除。</translation>
    </message>
</context>
<context>
    <name>skl::CertificateCode</name>
    <message>
        <source>Certificate %1 cannot be signed: the field &quot;%2&quot; holds a line break.</source>
        <translation>证书 %1 无法签名：字段“%2”含有换行符。</translation>
    </message>
    <message>
        <source>This is not a SkillLadder certificate code.</source>
        <translation>这不是技能人才管理系统的证书核验码。</translation>
    </message>
    <message>
        <source>The certificate code is damaged or incomplete: it was copied or scanned wrongly.</source>
        <translation>证书核验码已损坏或不完整：复制或扫描有误。</translation>
    </message>
    <message>
        <source>certificate %1: %2, ID number %3, %4 %5, issued on %6 by %7</source>
        <translation>证书 %1：%2，身份证号 %3，%4 %5，%6 由%7颁发</translation>
    </message>
</context>
<context>
    <name>skl::CertificateCommands</name>
    <message>
        <source>certificates needs one of --workshop W, --round ID, --id ID, and --out FILE.pdf.</source>
        <translation>certificates 需要 --workshop W、--round ID、--id ID 三者之一，以及 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 份证书写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>verify needs the string of the certificate&apos;s QR code.</source>
        <translation>verify 需要证书二维码中的字符串。</translation>
    </message>
    <message>
        <source>photo needs --employee NO and one image file.</source>
        <translation>photo 需要 --employee NO 和一个图片文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The photo of %1 (%2) is set.</source>
        <translation>已设置 %1（%2）的照片。</translation>
    </message>
    <message>
        <source>certificates publish-page needs the file to write (OUT.html).</source>
        <translation>certificates publish-page 需要指定要写入的文件（OUT.html）。</translation>
    </message>
    <message>
        <source>certificates publish-key needs the file to write.</source>
        <translation>certificates publish-key 需要指定要写入的文件。</translation>
    </message>
    <message>
        <source>The verification page of %1 is written to %2: publish it, or give it to whoever checks certificates; it needs no network.</source>
        <translation>%1 的证书核验页已写入 %2：可公布在网站上，或交给需要核验证书的人；使用时无需联网。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The public key of %1 is written to %2: anyone may have it; with it, &quot;skillladder-cli verify --key %2 CODE&quot; checks a certificate without the database.</source>
        <translation>%1 的公钥已写入 %2：可以公开给任何人；用“skillladder-cli verify --key %2 核验码”即可在没有数据库的情况下核验证书。</translation>
    </message>
    <message>
        <source>verify needs --db FILE (the issuing company&apos;s database) or --key KEYFILE (its published public key).</source>
        <translation>verify 需要 --db FILE（发证单位的数据库）或 --key KEYFILE（其公布的公钥）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This is an older certificate code, which only the issuing company&apos;s database can check: use --db FILE instead of --key.</source>
        <translation>这是旧式证书核验码，只能用发证单位的数据库核验：请改用 --db FILE，而不是 --key。</translation>
    </message>
    <message>
        <source>Invalid: the code&apos;s signature does not match its details: they were changed, the code was copied wrongly, or it was not issued by %1.</source>
        <translation>无效：核验码的签名与其中的证书信息不符：信息被改动过，或核验码复制有误，或并非%1签发。</translation>
    </message>
    <message>
        <source>Valid: %1, signed by %2. Whether it was revoked since, only %2 can say.</source>
        <translation>有效：%1，由%2签发。证书此后是否被撤销，请向%2查询。</translation>
    </message>
    <message>
        <source>--proof prints a proof and --reissue a 补发: choose one.</source>
        <translation>--proof 打印样张，--reissue 办理补发：只能选其一。</translation>
    </message>
    <message numerus="yes">
        <source>%n proof(s) (样张) written to %1; nothing was issued.</source>
        <translation>
            <numerusform>已将 %n 份样张写入 %1；未发放任何证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) reissued (补发) to %1.</source>
        <translation>
            <numerusform>已补发 %n 份证书，写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator sets them with &quot;skillladder-cli --db FILE policy set certificate.body_code NNNN&quot; and &quot;... policy set certificate.site_serial NNNNNN&quot;, or confirms the company is filed with them with &quot;... policy set certificate.numbers_confirmed 1&quot;; &quot;--proof&quot; prints a proof meanwhile.</source>
        <translation>请系统管理员用“skillladder-cli --db FILE policy set certificate.body_code NNNN”和“... policy set certificate.site_serial NNNNNN”设置；如本单位确以这两个编码备案，则用“... policy set certificate.numbers_confirmed 1”确认。在此之前可用“--proof”打印样张。</translation>
    </message>
</context>
<context>
    <name>skl::CertificateNumbers</name>
    <message>
        <source>A certificate number has %1 characters; &quot;%2&quot; has %3.</source>
        <translation>证书编号应为 %1 位；“%2”为 %3 位。</translation>
    </message>
    <message>
        <source>A certificate number is one or two capital letters followed by digits; &quot;%1&quot; is not.</source>
        <translation>证书编号应为一至两个大写字母后接数字；“%1”不符合。</translation>
    </message>
    <message>
        <source>Characters %1-%2 of &quot;%3&quot; should be a province code (37 for 山东); %4 is none.</source>
        <translation>“%3”的第 %1 至 %2 位应为省份代码（山东为 37）；%4 不是省份代码。</translation>
    </message>
    <message>
        <source>The certificate category must be one capital letter (Y or S), not &quot;%1&quot;.</source>
        <translation>证书类别须为一个大写字母（Y 或 S），而不是“%1”。</translation>
    </message>
    <message>
        <source>The evaluating body code must be 4 digits, not &quot;%1&quot;.</source>
        <translation>评价机构代码须为 4 位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>The evaluation site serial must be 6 digits, not &quot;%1&quot;.</source>
        <translation>评价站点序号须为 6 位数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>The category of 特级技师 and 首席技师 certificates must be two capital letters, not &quot;%1&quot;.</source>
        <translation>特级技师和首席技师证书的类别须为两个大写字母，而不是“%1”。</translation>
    </message>
    <message>
        <source>The grade digit of 特级技师 and 首席技师 certificates must be one digit, not &quot;%1&quot;.</source>
        <translation>特级技师和首席技师证书的等级代码须为一位数字，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>skl::CertificatePage</name>
    <message>
        <source>Certificate %1 cannot be printed: its %2 &quot;%3&quot; does not fit its box even at %4 pt, the smallest size still read on this paper. Shorten it, or print on A4.</source>
        <translation>证书 %1 无法打印：其“%2”（%3）即使缩小到本纸张上仍可辨认的最小字号 %4 磅也放不进所在栏位。请缩短该内容，或改用 A4 纸打印。</translation>
    </message>
</context>
<context>
    <name>skl::CertificatePdf</name>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>打印已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>There is no certificate to print.</source>
        <translation>没有可打印的证书。</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Vocational skill level certificates</source>
        <translation>职业技能等级证书</translation>
    </message>
    <message>
        <source>Printing the certificates</source>
        <translation>打印证书</translation>
    </message>
    <message>
        <source>Certificates cannot be issued yet: the certificate settings still hold the placeholders of a new company, evaluating body code (certificate.body_code) %1 and evaluation site serial (certificate.site_serial) %2. Set the codes your province filed the company with, or confirm that it is filed with these (certificate.numbers_confirmed). A proof (样张) can be printed meanwhile.</source>
        <translation>暂不能发证：证书设置仍是新建企业的占位值——评价机构代码（certificate.body_code）%1、评价站点序号（certificate.site_serial）%2。请填写省级部门备案时核定的编码，或确认本单位确以这两个编码备案（certificate.numbers_confirmed）。在此之前可打印样张。</translation>
    </message>
    <message>
        <source>A reissue (补发) needs its reason, such as the certificate was lost or damaged.</source>
        <translation>补发须填写原因，如证书遗失或损毁。</translation>
    </message>
    <message>
        <source>Certificate %1 was never issued, so it cannot be reissued (补发): issue it first.</source>
        <translation>证书 %1 尚未发证，不能补发：请先发证。</translation>
    </message>
    <message>
        <source>Proofs of vocational skill level certificates (not issued)</source>
        <translation>职业技能等级证书样张（未发证）</translation>
    </message>
</context>
<context>
    <name>skl::CertificatePrinting</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n certificate(s)…</source>
        <translation>
            <numerusform>正在写入 %n 份证书…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) are too many for the print preview; save them as a PDF (in the background) and print that.</source>
        <translation>
            <numerusform>%n 份证书太多，无法在打印预览中显示；请另存为 PDF（后台生成）后再打印。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>证书核验页</translation>
    </message>
    <message>
        <source>%1 certificate verification.html</source>
        <translation>%1证书核验页.html</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>The verification page is saved as %1.

Publish it on the company&apos;s web site or give it to whoever checks certificates: opened in any browser, with no network, it checks the code scanned from a certificate&apos;s QR code and shows 有效 (valid) with the certificate&apos;s details, or 无效 (invalid). Whether a certificate was revoked later only this program can say.</source>
        <translation>证书核验页已保存为 %1。

可将其发布在单位网站上，或交给需要核验证书的人：用任何浏览器打开即可使用，无需联网。它核验从证书二维码扫描所得的核验码，显示“有效”及证书信息，或显示“无效”。证书签发后是否被撤销，只有本系统能查明。</translation>
    </message>
    <message>
        <source>Print proofs (样张)</source>
        <translation>打印样张</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>发证</translation>
    </message>
    <message>
        <source>Reissue certificates (补发)</source>
        <translation>补发证书</translation>
    </message>
    <message>
        <source>%1 proofs</source>
        <translation>%1 样张</translation>
    </message>
    <message numerus="yes">
        <source>%n proof(s) (样张) saved to %1. Nothing was issued.</source>
        <translation>
            <numerusform>已将 %n 份样张保存到 %1。未发放任何证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) reissued (补发) and saved to %1.</source>
        <translation>
            <numerusform>已补发 %n 份证书并保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued and saved to %1.</source>
        <translation>
            <numerusform>已发放 %n 份证书并保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::CertificatePublicKey</name>
    <message>
        <source>This is not a SkillLadder public key file: its first line should be &quot;%1&quot;.</source>
        <translation>这不是 SkillLadder 公钥文件：其第一行应为“%1”。</translation>
    </message>
    <message>
        <source>The public key file has no readable &quot;ed25519:&quot; line of a 32-byte key: it is damaged or incomplete.</source>
        <translation>公钥文件中没有可读的“ed25519:”行（32 字节的公钥）：文件已损坏或不完整。</translation>
    </message>
</context>
<context>
    <name>skl::CertificateSettingsWizard</name>
    <message>
        <source>The company is filed with its province with exactly these codes</source>
        <translation>本单位在省级部门备案的编码正是以上数值</translation>
    </message>
    <message>
        <source>Certificate settings</source>
        <translation>证书设置</translation>
    </message>
    <message>
        <source>Certificate numbers</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Every certificate number carries the evaluating body code and the evaluation site serial your province&apos;s human resources department filed the company with (备案). Copy them from the filing notice.</source>
        <translation>每个证书编号都含有省级人力资源社会保障部门备案时核定的评价机构代码和评价站点序号。请照备案通知填写。</translation>
    </message>
    <message>
        <source>4 digits; 0000 when filed with a province</source>
        <translation>4 位数字；在省级部门备案的为 0000</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <source>Evaluating body code</source>
        <translation>评价机构代码</translation>
    </message>
    <message>
        <source>Evaluation site serial</source>
        <translation>评价站点序号</translation>
    </message>
    <message>
        <source>What the certificate prints</source>
        <translation>证书印制内容</translation>
    </message>
    <message>
        <source>The national template (人社鉴发〔2021〕1号) prints the evaluating body&apos;s name exactly as filed, and the national query address %1; a province may publish its own query address as well.</source>
        <translation>按全国统一样式（人社鉴发〔2021〕1号），证书印制与备案完全一致的评价机构名称和全国查询网址 %1；省级部门另有查询网址的，也可一并印制。</translation>
    </message>
    <message>
        <source>As in the filing notice</source>
        <translation>与备案通知一致</translation>
    </message>
    <message>
        <source>Optional, such as the province&apos;s query site</source>
        <translation>选填，如本省的证书查询网址</translation>
    </message>
    <message>
        <source>Evaluating body (as filed)</source>
        <translation>评价机构（备案名称）</translation>
    </message>
    <message>
        <source>Provincial query address</source>
        <translation>省级查询网址</translation>
    </message>
    <message>
        <source>Body code 0000 and site serial 000001 are what a new company starts with. Issue certificates with them only if your province filed the company that way; otherwise enter the codes of the filing notice.</source>
        <translation>评价机构代码 0000 和评价站点序号 000001 是新建企业的初始值。只有本单位确以这两个编码备案时才能用它们发证；否则请填写备案通知中的编码。</translation>
    </message>
    <message>
        <source>Certificates cannot be issued yet: the certificate settings still hold the placeholder codes of a new company (body code %1, site serial %2). An administrator completes them first (证书设置); a proof (样张) can be printed meanwhile.</source>
        <translation>暂不能发证：证书设置仍是新建企业的占位编码（评价机构代码 %1，评价站点序号 %2）。须先由系统管理员完成证书设置；在此之前可打印样张。</translation>
    </message>
</context>
<context>
    <name>skl::CertificateStore</name>
    <message>
        <source>Reading the certificate</source>
        <translation>读取证书</translation>
    </message>
    <message>
        <source>Reading the verification key</source>
        <translation>读取核验密钥</translation>
    </message>
    <message>
        <source>The database has no verification key.</source>
        <translation>数据库中没有核验密钥。</translation>
    </message>
    <message>
        <source>Reading the certificates</source>
        <translation>读取证书</translation>
    </message>
    <message>
        <source>Certification %1 has no certificate: only approved certifications have one.</source>
        <translation>认定记录 %1 没有证书：只有已批准的认定才有证书。</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked and cannot be printed.</source>
        <translation>证书 %1 已撤销，不能打印。</translation>
    </message>
    <message>
        <source>Logging the printing</source>
        <translation>记录打印日志</translation>
    </message>
    <message>
        <source>This is not a SkillLadder certificate code.</source>
        <translation>这不是技能人才管理系统的证书核验码。</translation>
    </message>
    <message>
        <source>No certificate numbered %1 was issued by this company.</source>
        <translation>本公司未核发编号为 %1 的证书。</translation>
    </message>
    <message>
        <source>The code does not match certificate %1 as issued: the printed details were changed, or the code was copied wrongly.</source>
        <translation>核验码与核发时的证书 %1 不符：证书上的打印信息被改动，或核验码抄录有误。</translation>
    </message>
    <message>
        <source>%1, %2 %3, issued %4 by %5</source>
        <translation>%1，%2 %3，%5 于 %4 核发</translation>
    </message>
    <message>
        <source>Certificate %1 (%2) was revoked and is no longer valid.</source>
        <translation>证书 %1（%2）已撤销，不再有效。</translation>
    </message>
    <message>
        <source>Certificate %1 is valid: %2.</source>
        <translation>证书 %1 有效：%2。</translation>
    </message>
    <message>
        <source>Reading the company seal</source>
        <translation>读取公章</translation>
    </message>
    <message>
        <source>Set the company seal for certificates</source>
        <translation>设置证书用公章</translation>
    </message>
    <message>
        <source>Set the photo of worker %1</source>
        <translation>设置职工 %1 的照片</translation>
    </message>
    <message>
        <source>Creating the verification key</source>
        <translation>生成核验密钥</translation>
    </message>
    <message>
        <source>Only PNG and JPEG images can be printed on certificates.</source>
        <translation>证书上只能打印 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The image is larger than 4 MB; a certificate needs no more than a few hundred KB.</source>
        <translation>图片超过 4 MB；证书用图几百 KB 即可。</translation>
    </message>
    <message>
        <source>Reading the worker&apos;s photo</source>
        <translation>读取职工照片</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked and cannot be printed; nothing was printed.</source>
        <translation>证书 %1 已撤销，不能打印；本次未打印任何证书。</translation>
    </message>
    <message>
        <source>A certification to print is not on record.</source>
        <translation>要打印的认定记录不存在。</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>核发证书</translation>
    </message>
    <message>
        <source>Checking the certificate number</source>
        <translation>检查证书编号</translation>
    </message>
    <message>
        <source>%1 has no certificate.</source>
        <translation>%1 没有证书。</translation>
    </message>
    <message>
        <source>The certificate serials of %1 are used up for %2 (%3); change the evaluation site serial in the certificate settings.</source>
        <translation>%2 年（%3）%1 的证书流水号已用完；请在证书设置中更改评价站点序号。</translation>
    </message>
    <message>
        <source>The certificate number %1 is already in use.</source>
        <translation>证书编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 may print the certificates of their own workshops only.</source>
        <translation>%1 只能打印本人所辖车间的证书。</translation>
    </message>
    <message>
        <source>the worker of certification %1</source>
        <translation>认定 %1 的职工</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be signed: it is not an issued certificate you may read, or the database has no verification key.</source>
        <translation>无法为证书 %1 生成校验码：它不是您可以查看的已颁发证书，或数据库中没有校验密钥。</translation>
    </message>
    <message>
        <source>Signing the certificate</source>
        <translation>为证书签名</translation>
    </message>
    <message>
        <source>Reading the public key</source>
        <translation>读取公钥</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be signed: the signing failed.</source>
        <translation>证书 %1 无法签名：签名失败。</translation>
    </message>
    <message>
        <source>Certificate %1 was never issued: issue it first; a 补发 replaces a certificate already handed out.</source>
        <translation>证书 %1 尚未发证：请先发证；补发只用于替换已发放的证书。</translation>
    </message>
    <message numerus="yes">
        <source>Reissued (补发) %n certificate(s): %1</source>
        <translation>
            <numerusform>补发 %n 份证书：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n certificate(s); printed %1 already issued again (no 补发).</source>
        <translation>
            <numerusform>发证 %n 份；重印已发证书 %1 份（非补发）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the certificates&apos; printings</source>
        <translation>读取证书打印记录</translation>
    </message>
</context>
<context>
    <name>skl::CertificationCommands</name>
    <message>
        <source>certify needs propose, approve, reject, revoke, approve-round or list.</source>
        <translation>certify 需要 propose、approve、reject、revoke、approve-round 或 list。</translation>
    </message>
    <message>
        <source>Unknown certify command &quot;%1&quot;.</source>
        <translation>未知的 certify 命令“%1”。</translation>
    </message>
    <message>
        <source>certify propose needs --employee, --occupation, --grade, --way and --date.</source>
        <translation>certify propose 需要 --employee、--occupation、--grade、--way 和 --date。</translation>
    </message>
    <message>
        <source>--grade: &quot;%1&quot; is not a grade (高级工, 三级, Senior Worker …).</source>
        <translation>--grade：“%1”不是技能等级（高级工、三级、Senior Worker …）。</translation>
    </message>
    <message>
        <source>--way: &quot;%1&quot; is not one of regular, direct, direct-high, exceptional, competition.</source>
        <translation>--way：“%1”不是 regular、direct、direct-high、exceptional、competition 之一。</translation>
    </message>
    <message>
        <source>--ground: &quot;%1&quot; is not one of technical-problem, award, mentoring.</source>
        <translation>--ground：“%1”不是 technical-problem、award、mentoring 之一。</translation>
    </message>
    <message>
        <source>--round: &quot;%1&quot; is not a round number.</source>
        <translation>--round：“%1”不是评价批次编号。</translation>
    </message>
    <message>
        <source>--result: &quot;%1&quot; is not a competition result number.</source>
        <translation>--result：“%1”不是竞赛成绩编号。</translation>
    </message>
    <message>
        <source>Proposed certification %1: %2 (%3), %4 %5 from %6; it awaits approval by another person.</source>
        <translation>已提出认定申请 %1：%2（%3），%4 %5，认定日期 %6；待另一人批准。</translation>
    </message>
    <message>
        <source>certify %1 needs one certification (or round) number.</source>
        <translation>certify %1 需要一个认定记录（或评价批次）编号。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certification(s) of round %1.</source>
        <translation>
            <numerusform>已批准评价批次 %1 的 %n 项认定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved certification %1: certificate %2.</source>
        <translation>已批准认定 %1：证书 %2。</translation>
    </message>
    <message>
        <source>Rejected certification %1.</source>
        <translation>已驳回认定申请 %1。</translation>
    </message>
    <message>
        <source>Revoked certification %1; certificate %2 is no longer valid.</source>
        <translation>已撤销认定 %1；证书 %2 不再有效。</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of proposed, approved, rejected, revoked.</source>
        <translation>--status：“%1”不是 proposed、approved、rejected、revoked 之一。</translation>
    </message>
    <message>
        <source>competition needs add or result.</source>
        <translation>competition 需要 add 或 result。</translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not one of world, national, provincial, municipal, industry, enterprise.</source>
        <translation>--level：“%1”不是 world、national、provincial、municipal、industry、enterprise 之一。</translation>
    </message>
    <message>
        <source>Recorded competition %1: %2.</source>
        <translation>已记录竞赛 %1：%2。</translation>
    </message>
    <message>
        <source>Unknown competition command &quot;%1&quot;.</source>
        <translation>未知的 competition 命令“%1”。</translation>
    </message>
    <message>
        <source>--rank: &quot;%1&quot; is not a rank (1, 2, 3 …).</source>
        <translation>--rank：“%1”不是名次（1、2、3 …）。</translation>
    </message>
    <message>
        <source>competition result ID --employee NO --placing P [--rank N]</source>
        <translation>competition result ID --employee NO --placing P [--rank N]</translation>
    </message>
    <message>
        <source>--placing: &quot;%1&quot; is not one of gold, silver, bronze, excellence, rank.</source>
        <translation>--placing：“%1”不是 gold、silver、bronze、excellence、rank 之一。</translation>
    </message>
    <message>
        <source>Recorded result %1.</source>
        <translation>已记录成绩 %1。</translation>
    </message>
    <message>
        <source>Proposed certification %1 as the competition policy offers; it awaits approval.</source>
        <translation>已按竞赛政策提出认定申请 %1，待批准。</translation>
    </message>
    <message>
        <source>policy needs show or set.</source>
        <translation>policy 需要 show 或 set。</translation>
    </message>
    <message>
        <source>Unknown policy command &quot;%1&quot;.</source>
        <translation>未知的 policy 命令“%1”。</translation>
    </message>
    <message>
        <source>policy set needs KEY and VALUE.</source>
        <translation>policy set 需要 KEY 和 VALUE。</translation>
    </message>
    <message>
        <source>%1 is %2 from %3.</source>
        <translation>%1 自 %3 起为 %2。</translation>
    </message>
    <message>
        <source>--honour: &quot;%1&quot; is not an honour number.</source>
        <translation>--honour：“%1”不是荣誉编号。</translation>
    </message>
    <message>
        <source>--project: &quot;%1&quot; is not a project number.</source>
        <translation>--project：“%1”不是项目编号。</translation>
    </message>
</context>
<context>
    <name>skl::CertificationFactsStore</name>
    <message>
        <source>Reading the worker</source>
        <translation>读取职工信息</translation>
    </message>
    <message>
        <source>Reading the occupation</source>
        <translation>读取职业（工种）</translation>
    </message>
    <message>
        <source>No worker has the employee number &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的职工。</translation>
    </message>
    <message>
        <source>Worker %1 is not on record.</source>
        <translation>没有职工 %1 的记录。</translation>
    </message>
    <message>
        <source>No occupation is named &quot;%1&quot;; occupations come with the roster import.</source>
        <translation>没有名为“%1”的职业（工种）；职业（工种）随花名册导入。</translation>
    </message>
    <message>
        <source>Occupation %1 is not on record.</source>
        <translation>没有职业（工种）%1 的记录。</translation>
    </message>
    <message>
        <source>Reading the worker&apos;s grades</source>
        <translation>读取职工的技能等级</translation>
    </message>
    <message>
        <source>There is no worker %1.</source>
        <translation>没有职工 %1。</translation>
    </message>
    <message>
        <source>%1 may %2 only for the workers of their own workshops; %3 works in another workshop.</source>
        <translation>%1 只能为本人所辖车间的职工%2；%3 在其他车间。</translation>
    </message>
</context>
<context>
    <name>skl::CertificationNames</name>
    <message>
        <source>Regular promotion</source>
        <translation>正常晋升</translation>
    </message>
    <message>
        <source>Direct certification</source>
        <translation>直接认定</translation>
    </message>
    <message>
        <source>Direct certification, outstanding frontline worker</source>
        <translation>直接认定（优秀一线职工）</translation>
    </message>
    <message>
        <source>Exceptional promotion</source>
        <translation>破格晋升</translation>
    </message>
    <message>
        <source>Competition result</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>Solved a major technical problem</source>
        <translation>解决重大技术难题</translation>
    </message>
    <message>
        <source>Provincial or higher innovation award</source>
        <translation>获省级及以上创新奖项</translation>
    </message>
    <message>
        <source>Outstanding mentoring results</source>
        <translation>带徒传技成绩突出</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>WorldSkills Competition</source>
        <translation>世界技能大赛</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业级</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业级</translation>
    </message>
    <message>
        <source>Gold medal</source>
        <translation>金牌</translation>
    </message>
    <message>
        <source>Silver medal</source>
        <translation>银牌</translation>
    </message>
    <message>
        <source>Bronze medal</source>
        <translation>铜牌</translation>
    </message>
    <message>
        <source>Medallion for excellence</source>
        <translation>优胜奖</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Grade certified elsewhere (import)</source>
        <translation>外部认定的等级（导入）</translation>
    </message>
</context>
<context>
    <name>skl::CertificationPage</name>
    <message>
        <source>Certifications</source>
        <translation>认定记录</translation>
    </message>
    <message>
        <source>Due for assessment and target planner</source>
        <translation>待评价名单与目标规划</translation>
    </message>
    <message>
        <source>Skill competitions</source>
        <translation>职业技能竞赛</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>考核批次</translation>
    </message>
</context>
<context>
    <name>skl::CertificationRules</name>
    <message>
        <source>The worker is not in service on %1.</source>
        <translation>该职工在 %1 不在岗。</translation>
    </message>
    <message>
        <source>The worker already holds %1 in this occupation; a certification must be to a higher grade.</source>
        <translation>该职工在此职业（工种）已持有 %1；认定的等级须高于现有等级。</translation>
    </message>
    <message>
        <source>%1 exists only in occupations that have %2; this occupation ends at %3.</source>
        <translation>%1 仅设于设有 %2 的职业（工种）；此职业（工种）最高只设到 %3。</translation>
    </message>
    <message>
        <source>This occupation&apos;s standard ends at %1; %2 is above it.</source>
        <translation>此职业（工种）的标准最高只设到 %1；%2 超出了该范围。</translation>
    </message>
    <message>
        <source>A regular promotion needs a grade held in the occupation; the worker has none (use direct certification).</source>
        <translation>正常晋升须在此职业（工种）已持有等级；该职工尚无等级（请使用直接认定）。</translation>
    </message>
    <message>
        <source>A regular promotion goes one rung up: from %1 only to %2.</source>
        <translation>正常晋升只能晋升一级：从 %1 只能晋升到 %2。</translation>
    </message>
    <message numerus="yes">
        <source>A regular promotion from %1 needs %n year(s) at that grade: held since %2, eligible from %3.</source>
        <translation>
            <numerusform>从 %1 正常晋升，须取得该等级满 %n 年：自 %2 起持有，%3 起符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>A direct certification goes up to %1; %2 needs the outstanding-frontline way with a justification.</source>
        <translation>直接认定最高至 %1；%2 须通过优秀一线职工途径认定，并提供理由说明。</translation>
    </message>
    <message>
        <source>The outstanding-frontline way certifies %1 or above; use direct certification for %2.</source>
        <translation>优秀一线职工途径用于认定 %1 及以上等级；%2 请使用直接认定。</translation>
    </message>
    <message>
        <source>The outstanding-frontline way is for frontline workers; this worker is not marked as frontline.</source>
        <translation>优秀一线职工途径仅适用于一线职工；该职工未标记为一线职工。</translation>
    </message>
    <message>
        <source>The outstanding-frontline way needs a written justification (evidence).</source>
        <translation>优秀一线职工途径须有书面理由说明（证明材料）。</translation>
    </message>
    <message>
        <source>An exceptional promotion needs a grade held in the occupation; the worker has none.</source>
        <translation>破格晋升须在此职业（工种）已持有等级；该职工尚无等级。</translation>
    </message>
    <message>
        <source>An exceptional promotion must name its ground: technical-problem, award or mentoring.</source>
        <translation>破格晋升须注明破格依据：technical-problem、award 或 mentoring。</translation>
    </message>
    <message>
        <source>An exceptional promotion needs an evidence reference (the document that proves its ground).</source>
        <translation>破格晋升须提供证明材料编号（证明其破格依据的文件）。</translation>
    </message>
    <message numerus="yes">
        <source>An exceptional promotion may climb at most %n rung(s) under the policy; %1 to %2 is more.</source>
        <translation>
            <numerusform>按政策，破格晋升最多可晋升 %n 级；从 %1 到 %2 超出了这一限制。</numerusform>
        </translation>
    </message>
    <message>
        <source>A competition promotion must name the competition result it rests on.</source>
        <translation>竞赛晋升须注明所依据的竞赛成绩。</translation>
    </message>
    <message>
        <source>The competition policy gives no promotion for this result.</source>
        <translation>按竞赛政策，此成绩不能晋升。</translation>
    </message>
    <message numerus="yes">
        <source>This competition result gives at most %n rung(s) under the policy.</source>
        <translation>
            <numerusform>按政策，此竞赛成绩最多可晋升 %n 级。</numerusform>
        </translation>
    </message>
    <message>
        <source>The worker holds %1 in this occupation from %2; a certification must be to a higher grade.</source>
        <translation>该职工自 %2 起在此职业（工种）持有%1；认定等级必须更高。</translation>
    </message>
    <message>
        <source>The worker holds %1 in this occupation from %2; a higher grade cannot take effect before it.</source>
        <translation>该职工自 %2 起在此职业（工种）持有%1；更高等级不能早于该日期生效。</translation>
    </message>
    <message>
        <source>Direct certification is for workers without a grade; this worker holds %1 (use regular or exceptional promotion).</source>
        <translation>直接认定适用于尚无等级的职工；该职工已持有%1（请使用正常晋升或破格晋升）。</translation>
    </message>
    <message>
        <source>The certification is dated %1, after today (%2). Only a proposal in an assessment round may be dated ahead, for the round&apos;s planned day; otherwise propose it on or after %1.</source>
        <translation>认定日期为 %1，晚于今天（%2）。只有评价批次中的申报可以按批次的计划日期提前填报；否则请在 %1 当天或之后再申报。</translation>
    </message>
    <message>
        <source>It is dated %1, after today (%2): a certification cannot be approved before its date. Approve it on or after %1.</source>
        <translation>其认定日期为 %1，晚于今天（%2）：认定不能在其日期之前审批。请在 %1 当天或之后审批。</translation>
    </message>
</context>
<context>
    <name>skl::CertificationStore</name>
    <message>
        <source>Reading the certification</source>
        <translation>读取认定记录</translation>
    </message>
    <message>
        <source>There is no certification %1.</source>
        <translation>没有认定记录 %1。</translation>
    </message>
    <message>
        <source>Reading the competition result</source>
        <translation>读取竞赛成绩</translation>
    </message>
    <message>
        <source>There is no competition result %1.</source>
        <translation>没有竞赛成绩 %1。</translation>
    </message>
    <message>
        <source>Competition result %1 belongs to another worker.</source>
        <translation>竞赛成绩 %1 属于另一名职工。</translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4: %5</source>
        <translation>%1（%2），%3 %4：%5</translation>
    </message>
    <message>
        <source>%1 proposed certification %2 and cannot also decide it: another person must approve or reject it (four eyes).</source>
        <translation>%1 是认定申请 %2 的提出人，不能再对其作出决定：须由另一人批准或驳回，即双人复核（四眼原则）。</translation>
    </message>
    <message>
        <source>%1 may not decide certifications; the policy names %2.</source>
        <translation>%1 无权决定等级认定；政策指定的审批人为：%2。</translation>
    </message>
    <message>
        <source>Certification %1 is %2, not %3.</source>
        <translation>认定记录 %1 的状态为“%2”，而不是“%3”。</translation>
    </message>
    <message>
        <source>Recording the grade</source>
        <translation>记录技能等级</translation>
    </message>
    <message>
        <source>Approving the certification</source>
        <translation>批准认定</translation>
    </message>
    <message>
        <source>The certification date is missing.</source>
        <translation>缺少认定日期。</translation>
    </message>
    <message>
        <source>Reading the certifications</source>
        <translation>读取认定记录</translation>
    </message>
    <message>
        <source>%1 (%2) already has certification %3 in %4 awaiting a decision; approve or reject it first.</source>
        <translation>%1（%2）在 %4 已有待决定的认定申请 %3；请先批准或驳回该申请。</translation>
    </message>
    <message>
        <source>The certificate number %1 is already in use.</source>
        <translation>证书编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>Reading the assessment rounds</source>
        <translation>读取评价批次</translation>
    </message>
    <message>
        <source>There is no assessment round %1.</source>
        <translation>没有评价批次 %1。</translation>
    </message>
    <message>
        <source>Proposed %1 (%2) for %3 in %4 from %5 (%6).</source>
        <translation>已为 %1（%2）提出 %4 %3 的认定申请，认定日期 %5（%6）。</translation>
    </message>
    <message>
        <source>Recording the proposal</source>
        <translation>记录认定申请</translation>
    </message>
    <message>
        <source>Nothing was proposed. %1</source>
        <translation>未提出任何认定申请。%1</translation>
    </message>
    <message>
        <source>Recording the proposals</source>
        <translation>记录认定申请</translation>
    </message>
    <message>
        <source>Approved certification %1.</source>
        <translation>已批准认定 %1。</translation>
    </message>
    <message>
        <source>Reading the assessment round</source>
        <translation>读取评价批次</translation>
    </message>
    <message>
        <source>Assessment round %1 has no certification awaiting approval.</source>
        <translation>评价批次 %1 中没有待批准的认定申请。</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n certification(s) at once.</source>
        <translation>
            <numerusform>已一次批准 %n 项认定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was approved. Certification %1: %2</source>
        <translation>未批准任何认定。认定记录 %1：%2</translation>
    </message>
    <message>
        <source>Approving the certifications</source>
        <translation>批准认定</translation>
    </message>
    <message>
        <source>Rejected certification %1: %2</source>
        <translation>已驳回认定申请 %1：%2</translation>
    </message>
    <message>
        <source>Rejecting the certification</source>
        <translation>驳回认定申请</translation>
    </message>
    <message>
        <source>%1 may not revoke certifications; the policy names %2.</source>
        <translation>%1 无权撤销等级认定；政策指定的人员为：%2。</translation>
    </message>
    <message>
        <source>Revoked certification %1 (%2): %3</source>
        <translation>已撤销认定 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Revoking the grade</source>
        <translation>撤销技能等级</translation>
    </message>
    <message>
        <source>Revoking the certification</source>
        <translation>撤销认定</translation>
    </message>
    <message>
        <source>The assessment round needs a name.</source>
        <translation>评价批次需要名称。</translation>
    </message>
    <message>
        <source>Opened the assessment round %1.</source>
        <translation>已开设评价批次 %1。</translation>
    </message>
    <message>
        <source>An assessment round named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的评价批次已存在。</translation>
    </message>
    <message>
        <source>Opening the assessment round</source>
        <translation>开设评价批次</translation>
    </message>
    <message>
        <source>Competition result %1 was won in another occupation.</source>
        <translation>竞赛成绩 %1 取得于其他职业（工种）。</translation>
    </message>
    <message>
        <source>Competition result %1 already backs certification %2.</source>
        <translation>竞赛成绩 %1 已作为认定 %2 的依据。</translation>
    </message>
    <message>
        <source>Starting the change</source>
        <translation>开始修改</translation>
    </message>
    <message>
        <source>Certification %1, %2 (%3), %4 %5: %6</source>
        <translation>认定记录 %1，%2（%3），%4 %5：%6</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation>%1，%2 %3：%4</translation>
    </message>
    <message>
        <source>%1 proposed certification %2 and cannot also revoke it: another approver must (four eyes).</source>
        <translation>%1 提出了认定 %2，不能再由本人撤销：须由另一位审批人撤销（双人复核）。</translation>
    </message>
    <message>
        <source>A revocation needs its reason.</source>
        <translation>撤销须说明原因。</translation>
    </message>
    <message>
        <source>employee %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Honour %1 (%2, %3)</source>
        <translation>荣誉 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
</context>
<context>
    <name>skl::CertificationTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>认定等级</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>认定方式</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评价批次</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
</context>
<context>
    <name>skl::CertificationView</name>
    <message>
        <source>New certification…</source>
        <translation>新建认定申请…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Approve the whole round</source>
        <translation>批准整个评价批次</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A5 landscape</source>
        <translation>A5 横向</translation>
    </message>
    <message>
        <source>Approve the selected proposals (another person than the proposer)</source>
        <translation>批准所选认定申请（须由提出人以外的人员批准）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评价批次</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部评价批次</translation>
    </message>
    <message>
        <source>%1 (%2 awaiting, %3 approved)</source>
        <translation>%1（待批准 %2，已批准 %3）</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>等级认定</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Why is the proposal rejected?</source>
        <translation>驳回该认定申请的原因是什么？</translation>
    </message>
    <message>
        <source>Revoking takes the grade back as if never awarded and invalidates the certificate. Reason (required):</source>
        <translation>撤销将收回该等级（视同从未授予），并使证书失效。原因（必填）：</translation>
    </message>
    <message>
        <source>A revocation needs its reason.</source>
        <translation>撤销须说明原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 项认定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>You proposed the selected certifications: another approver must decide them (four eyes).</source>
        <translation>所选认定由您提出：须由另一位审批人决定（双人复核）。</translation>
    </message>
    <message>
        <source>Approve every proposal of the chosen round in one step (not your own)</source>
        <translation>一次批准所选批次的全部申报（本人提出的除外）</translation>
    </message>
    <message>
        <source>%1 %2: %3 in %4</source>
        <translation>%1 %2：%4 %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n certification(s)?</source>
        <translation>
            <numerusform>批准这 %n 项认定？</numerusform>
        </translation>
    </message>
    <message>
        <source>The grades take effect and certificate numbers are issued; only a revocation with its reason undoes an approval.</source>
        <translation>批准后技能等级即生效并编发证书编号；批准只能通过注明理由的撤销来取消。</translation>
    </message>
    <message>
        <source>Approve every proposal of the round %1 that you did not propose yourself? The grades take effect and certificate numbers are issued; only a revocation with its reason undoes an approval.</source>
        <translation>批准批次“%1”中所有非您本人提出的认定？批准后技能等级即生效并编发证书编号；批准只能通过注明理由的撤销来取消。</translation>
    </message>
    <message>
        <source>Verification page…</source>
        <translation>证书核验页…</translation>
    </message>
    <message>
        <source>Save a web page that checks this company&apos;s certificates offline, for anyone who receives one</source>
        <translation>保存一个可离线核验本单位证书的网页，供收到证书的人使用</translation>
    </message>
    <message>
        <source>Print proofs…</source>
        <translation>打印样张…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>发证…</translation>
    </message>
    <message>
        <source>Reissue…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>To</source>
        <translation>输出到</translation>
    </message>
    <message>
        <source>the approved certificates listed (select rows for fewer)</source>
        <translation>所列已批准的证书（选中若干行可只处理部分）</translation>
    </message>
    <message>
        <source>the approved certificates selected</source>
        <translation>所选已批准的证书</translation>
    </message>
    <message>
        <source>Print proofs marked 样张 of %1, to check them; nothing is issued or recorded</source>
        <translation>为%1打印带“样张”字样的样张以便核对；不发证，也不记录</translation>
    </message>
    <message>
        <source>Issue %1: the first printing issues a certificate, a later one prints it again (no 补发)</source>
        <translation>为%1发证：首次打印即为发证，以后再打印为重印（不是补发）</translation>
    </message>
    <message>
        <source>Reissue (补发) %1, already issued and handed out, with the reason (lost, damaged)</source>
        <translation>补发%1（须已发放），并填写原因（遗失、损毁）</translation>
    </message>
    <message>
        <source>Reissue certificates (补发)</source>
        <translation>补发证书</translation>
    </message>
    <message numerus="yes">
        <source>A 补发 replaces %n certificate(s) already issued and handed out; every later printing shows 补发 too. Why are they reissued?</source>
        <translation>
            <numerusform>补发将替换已发放的 %n 份证书；此后每次打印也都标有“补发”。补发原因是什么？</numerusform>
        </translation>
    </message>
    <message>
        <source>A reissue needs its reason, such as the certificate was lost or damaged; nothing was printed.</source>
        <translation>补发须填写原因，如证书遗失或损毁；未打印任何内容。</translation>
    </message>
    <message>
        <source>Waiting for my decision</source>
        <translation>待我审批</translation>
    </message>
</context>
<context>
    <name>skl::CliArguments</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 YYYY-MM-DD is required.</source>
        <translation>需要 %1 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>  import workers FILE.csv|FILE.xlsx [--sheet NAME] [--skip-invalid]
                 [--rejects OUT.csv]        import or update the roster
</source>
        <translation>  import workers FILE.csv|FILE.xlsx [--sheet NAME] [--skip-invalid]
                 [--rejects OUT.csv]        导入或更新花名册
</translation>
    </message>
    <message>
        <source>  export workers OUT.csv|OUT.xlsx [--encoding utf-8|gbk]
                                            write the roster for Excel
</source>
        <translation>  export workers OUT.csv|OUT.xlsx [--encoding utf-8|gbk]
                                            导出花名册（可用 Excel 打开）
</translation>
    </message>
    <message>
        <source>  targets [--as-of YYYY-MM-DD] [--json]     the workforce targets on a date
</source>
        <translation>  targets [--as-of YYYY-MM-DD] [--json]     某日的队伍建设目标
</translation>
    </message>
    <message>
        <source>  backup OUT.sqlite                         a consistent copy of the database
</source>
        <translation>  backup OUT.sqlite                         数据库的一致性备份
</translation>
    </message>
    <message>
        <source>  competition add --name N --level L --organiser O --date D [--occupation OCC]
  competition result ID --employee NO --placing gold|silver|bronze|excellence|rank
          [--rank N] [--no-propose]        record a result (and its promotion)
</source>
        <translation>  competition add --name N --level L --organiser O --date D [--occupation OCC]
  competition result ID --employee NO --placing gold|silver|bronze|excellence|rank
          [--rank N] [--no-propose]        记录竞赛成绩（及相应的晋升申请）
</translation>
    </message>
    <message>
        <source>  due [--as-of D] [--workshop W] [--json | --csv OUT | --xlsx OUT]
                                            workers due for assessment
</source>
        <translation>  due [--as-of D] [--workshop W] [--json | --csv OUT | --xlsx OUT]
                                            待评价名单
</translation>
    </message>
    <message>
        <source>  plan [--as-of D] [--json | --csv OUT]    who would close each unit&apos;s target gap
</source>
        <translation>  plan [--as-of D] [--json | --csv OUT]    可弥补各单位目标缺口的人选
</translation>
    </message>
    <message>
        <source>  photo --employee NO FILE.png|FILE.jpg     the photo printed on certificates
</source>
        <translation>  photo --employee NO FILE.png|FILE.jpg     证书上打印的职工照片
</translation>
    </message>
    <message>
        <source>  rates import FILE.csv                    kind,grade,amount,effective_from
</source>
        <translation>  rates import FILE.csv                    kind,grade,amount,effective_from
</translation>
    </message>
    <message>
        <source>  roles import FILE.csv                    employee_no,role,from,to
</source>
        <translation>  roles import FILE.csv                    employee_no,role,from,to
</translation>
    </message>
    <message>
        <source>  mentorships import FILE.csv              mentor_no,apprentice_no,occupation,start,end
</source>
        <translation>  mentorships import FILE.csv              mentor_no,apprentice_no,occupation,start,end
</translation>
    </message>
    <message>
        <source>  paybands import FILE.csv                 track,level,min,mid,max,effective_from
</source>
        <translation>  paybands import FILE.csv                 track,level,min,mid,max,effective_from
</translation>
    </message>
    <message>
        <source>  pay import FILE.csv                      employee_no,effective_from,mode,amount[,title]
</source>
        <translation>  pay import FILE.csv                      employee_no,effective_from,mode,amount[,title]
</translation>
    </message>
    <message>
        <source>  wages import FILE.csv                    year,occupation,grade,p10,p25,p50,p75,p90
</source>
        <translation>  wages import FILE.csv                    year,occupation,grade,p10,p25,p50,p75,p90
</translation>
    </message>
    <message>
        <source>  parity [--as-of D] [--json | --csv OUT]  pay against bands, market and titles
</source>
        <translation>  parity [--as-of D] [--json | --csv OUT]  按薪级带、市场工资价位和职称比照薪酬
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>heading of the usage text: the company and roster commands</extracomment>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Certification:</source>
        <extracomment>heading of the usage text: 等级认定</extracomment>
        <translation>等级认定：</translation>
    </message>
    <message>
        <source>Allowances:</source>
        <extracomment>heading of the usage text: 津贴 (and pay)</extracomment>
        <translation>津贴：</translation>
    </message>
    <message>
        <source>  restore BACKUP.sqlite                     replace the database by a checked backup
</source>
        <translation>  restore BACKUP.sqlite                     用检查过的备份替换数据库
</translation>
    </message>
    <message>
        <source>  adopt --admin NAME [--display TEXT]       name the first administrator of a file
                                            made before officers existed
</source>
        <translation>  adopt --admin NAME [--display TEXT]       为启用账户之前建立的文件
                                            指定第一位系统管理员
</translation>
    </message>
    <message>
        <source>  demo --workers N [--seed S] --admin NAME  fill an empty database with the demo company
</source>
        <translation>  demo --workers N [--seed S] --admin NAME  在空数据库中生成演示公司
</translation>
    </message>
    <message>
        <source>  policy show [--as-of D] | policy set KEY VALUE [--from D] [--reason TEXT]
</source>
        <translation>  policy show [--as-of D] | policy set KEY VALUE [--from D] [--reason TEXT]
</translation>
    </message>
    <message>
        <source>  allowances --month YYYY-MM [--csv OUT | --xlsx OUT] [--json]
                                            compute (or show the locked) month
  allowances approve --month YYYY-MM [--confirm-empty]
                                            lock the month (a run paying no one
                                            or nothing needs --confirm-empty)
  allowances reopen --month YYYY-MM --reason TEXT
                                            reopen a locked month for a correction
  allowances diff RUN RUN                  workers whose amounts differ
  allowances diff --month YYYY-MM          the correction against the locked run
</source>
        <translation>  allowances --month YYYY-MM [--csv OUT | --xlsx OUT] [--json]
                                            核算该月（或显示已锁定的月份）
  allowances approve --month YYYY-MM [--confirm-empty]
                                            锁定该月（无人领取或金额为零的
                                            核算需加 --confirm-empty）
  allowances reopen --month YYYY-MM --reason TEXT
                                            重新开放已锁定的月份以便更正
  allowances diff RUN RUN                  金额不同的职工
  allowances diff --month YYYY-MM          更正核算与已锁定核算的差异
</translation>
    </message>
    <message>
        <source>  user add NAME --role R[,R…] [--workshop W]… [--display TEXT]
          R: admin | hr | approver | payroll | workshop-head | auditor
          W: WORKSHOP, or SITE/WORKSHOP where the name repeats
  user list [--json]
  user disable|enable|unlock NAME
  user passwd [NAME]                       your own password, or (admin) another&apos;s
</source>
        <translation>  user add NAME --role R[,R…] [--workshop W]… [--display TEXT]
          R: admin | hr | approver | payroll | workshop-head | auditor
          W: 车间名，车间名在多个单位重复时写 单位/车间
  user list [--json]
  user disable|enable|unlock NAME
  user passwd [NAME]                       修改自己的密码，或（管理员）他人的密码
</translation>
    </message>
    <message>
        <source>Officers and the audit trail:</source>
        <extracomment>heading of the usage text: the officers (users) of the program</extracomment>
        <translation>人员账户与审计记录：</translation>
    </message>
    <message>
        <source>Usage: skillladder-cli --db FILE --user NAME COMMAND [OPTIONS]
</source>
        <translation>用法：skillladder-cli --db 文件 --user 登录名 命令 [选项]
</translation>
    </message>
    <message>
        <source>  audit list [--since D] [--until D] [--actor NAME] [--employee NO]
          [--action KIND] [--json]         the audit trail, newest first
  audit verify                             check that no one changed the trail
</source>
        <translation>  audit list [--since D] [--until D] [--actor NAME] [--employee NO]
          [--action KIND] [--json]         审计记录，最新的在前
  audit verify                             检查审计记录未被改动
</translation>
    </message>
    <message>
        <source>  init --company NAME --province PROVINCE --admin NAME [--display TEXT]
                                            create the company database and its
                                            first administrator
  init --from FILE.sqlite --admin NAME      move a company file onto an empty
                                            server database (--db postgresql://…)
</source>
        <translation>  init --company NAME --province PROVINCE --admin NAME [--display TEXT]
                                            创建公司数据库及其
                                            第一位系统管理员
  init --from FILE.sqlite --admin NAME      把公司文件整体迁移到空的
                                            服务器数据库（--db postgresql://…）
</translation>
    </message>
    <message>
        <source>  report [--as-of D] --out FILE.pdf [--font FAMILY]
                                            the leadership report (the dashboard&apos;s)
</source>
        <translation>  report [--as-of D] --out FILE.pdf [--font FAMILY]
                                            目标看板的领导报告（PDF）
</translation>
    </message>
    <message>
        <source>  verify STRING                            check a certificate&apos;s QR code (no login)
  verify --key KEYFILE STRING              check it with the published key, no --db
</source>
        <translation>  verify STRING                            核验证书二维码（无需登录）
  verify --key KEYFILE STRING              用公布的公钥核验，无需 --db
</translation>
    </message>
    <message>
        <source>  worker add --employee NO --name NAME --hire D [--id ID] [--gender 男|女]
      [--birth D] [--site S] [--province P] [--workshop W] [--occupation O]
      [--grade G --grade-date D] [--frontline] [--team-leader] [--json]
                                            add a new hire
  worker leave NO --date D --reason TEXT    record a leaving (离职)
  worker move NO… [--workshop W [--site S]] [--occupation O]
                                            move workers at once
  worker delete NO                          delete a worker entered by mistake
</source>
        <translation>  worker add --employee NO --name NAME --hire D [--id ID] [--gender 男|女]
      [--birth D] [--site S] [--province P] [--workshop W] [--occupation O]
      [--grade G --grade-date D] [--frontline] [--team-leader] [--json]
                                            新增一名职工（新入职）
  worker leave NO --date D --reason TEXT    办理离职（日期为首个不在岗日）
  worker move NO… [--workshop W [--site S]] [--occupation O]
                                            批量调整车间或职业（工种）
  worker delete NO                          删除误录的职工
</translation>
    </message>
    <message>
        <source>  certificates --workshop W | --round ID | --id ID --out FILE.pdf [--a5]
          [--font FAMILY]                  print certificates into one PDF (a
                                           later printing is no 补发)
          [--proof]                        proofs (样张), recorded nowhere
          [--reissue REASON]               a 补发 of certificates handed out
  certificates publish-key OUT             the company&apos;s public key, for verify --key
  certificates publish-page OUT.html       a verification page that works offline
</source>
        <translation>  certificates --workshop W | --round ID | --id ID --out FILE.pdf [--a5]
          [--font FAMILY]                  发证：将证书写入一个 PDF 文件（以后
                                           再打印为重印，不是补发）
          [--proof]                        打印样张，不发证、不记录
          [--reissue REASON]               补发已发放的证书，须写明原因
  certificates publish-key OUT             写出本单位公钥，供 verify --key 使用
  certificates publish-page OUT.html       写出可离线使用的证书核验页
</translation>
    </message>
    <message>
        <source>  roster print --out FILE.pdf [--search TEXT] [--site S] [--workshop W]
      [--occupation O] [--grade G|none] [--frontline yes|no]
      [--in-service|--left] [--as-of D] [--sort employee-no|name|grade|
      grade-date|hire-date] [--descending] [--font FAMILY]
                                            print the roster as filtered (A4)
</source>
        <translation>  roster print --out FILE.pdf [--search TEXT] [--site S] [--workshop W]
      [--occupation O] [--grade G|none] [--frontline yes|no]
      [--in-service|--left] [--as-of D] [--sort employee-no|name|grade|
      grade-date|hire-date] [--descending] [--font FAMILY]
                                            按筛选条件打印花名册（A4 横向 PDF）
</translation>
    </message>
    <message>
        <source>  round add NAME                           a round of proposals approved together
  round add NAME --occupation OCC --grade G --assessment-end YYYY-MM-DD
          [--assessment-start YYYY-MM-DD] [--json]  open an assessment round
  round list [--json]                      the assessment rounds and their stages
  round register ID --employee NO [--condition CODE]  register a candidate
  round register ID --file FILE.csv        employee_no[, condition]; all or none
  round withdraw ID --employee NO --reason R  withdraw a registration
  round examiner ID --employee NO --part theory|practical|review
          [--certificate NO]               an examiner (theory: an invigilator)
  round remove-examiner ID --employee NO --part P  take one off a panel
  round scores ID FILE.csv                 employee_no, theory, practical[, review]
          [, examiner]; all lines or none
  round results ID [--json]                scores, results and proposals
  round post-notice ID [--on YYYY-MM-DD]   post the results (公示)
  round override-notice ID --reason R      let decisions go before the notice ends
  round report ID --on YYYY-MM-DD [--reference REF]  reported to the province
  round notice ID --out FILE.pdf           the public notice (a draft until posted)
  round dossier ID --out DIR               the dossier: five volumes, PDF and CSV
  round attach ID FILE --volume 1-5 --title T [--employee NO] [--part P]
                                           file a document (a scanned paper) in the dossier
  round documents ID [--json]              the documents filed with the round
</source>
        <translation>  round add NAME                           开设集中审批的申报批次
  round add NAME --occupation OCC --grade G --assessment-end YYYY-MM-DD
          [--assessment-start YYYY-MM-DD] [--json]  开设评价批次（考核）
  round list [--json]                      评价批次及其所处阶段
  round register ID --employee NO [--condition CODE]  考生报名
  round register ID --file FILE.csv        工号[、报名条件]；全部登记或全部不登记
  round withdraw ID --employee NO --reason R  撤回报名
  round examiner ID --employee NO --part theory|practical|review
          [--certificate NO]               登记考评员（theory：监考人员）
  round remove-examiner ID --employee NO --part P  从考评组中移除
  round scores ID FILE.csv                 工号、理论知识、操作技能[、综合评审]
          [、考评员工号]；全部录入或全部不录入
  round results ID [--json]                成绩、结果和认定申请
  round post-notice ID [--on YYYY-MM-DD]   公示结果
  round override-notice ID --reason R      公示期结束前放行审批
  round report ID --on YYYY-MM-DD [--reference REF]  记录上报省级系统
  round notice ID --out FILE.pdf           公示（公示前为草稿）
  round dossier ID --out DIR               归档材料：五卷，各有 PDF 和 CSV
  round attach ID FILE --volume 1-5 --title T [--employee NO] [--part P]
                                           将文件（如试卷扫描件）归入档案
  round documents ID [--json]              本批次已归档的文件
</translation>
    </message>
    <message>
        <source>  template KIND OUT.xlsx                    an empty import workbook, its columns
                                            explained on a second sheet; KIND:
      workers | rates | roles | mentorships | paybands | pay | wages | training
</source>
        <translation>  template KIND OUT.xlsx                    空白导入模板（Excel），第二张工作表
                                            逐列说明填写要求；KIND：
      workers | rates | roles | mentorships | paybands | pay | wages | training
</translation>
    </message>
    <message>
        <source>  training import FILE.csv|FILE.xlsx       employee_no,course,kind,hours,provider,cost,
                                            start,end,result[,certificate_no,expires]
  training list --employee NO [--json]     a worker&apos;s training records
  training expiring --as-of D --within DAYS [--json]
                                            certificates expiring (or expired)
  training archive --employee NO --out FILE.pdf|FILE.xlsx
                                            a worker&apos;s whole training archive
</source>
        <translation>  training import FILE.csv|FILE.xlsx       employee_no,course,kind,hours,provider,cost,
                                            start,end,result[,certificate_no,expires]
  training list --employee NO [--json]     职工的培训记录
  training expiring --as-of D --within DAYS [--json]
                                            即将到期（或已过期）的证书
  training archive --employee NO --out FILE.pdf|FILE.xlsx
                                            职工完整的培训档案
</translation>
    </message>
    <message>
        <source>  talent [--as-of D] [--json | --xlsx OUT]  the high-skilled talent pool (人才库)
</source>
        <translation>  talent [--as-of D] [--json | --xlsx OUT]  高技能人才库
</translation>
    </message>
    <message>
        <source>  attest --as-of D --out FILE.pdf           the attestation of high-skilled
                                            staffing (高技能人才配置状况, hr)
</source>
        <translation>  attest --as-of D --out FILE.pdf           出具高技能人才配置状况证明
                                            （人力资源专员）
</translation>
    </message>
    <message>
        <source>  fund --year YYYY [--json]                the education fund&apos;s figures of a year
  fund wage-bill --year YYYY --amount YUAN [--note TEXT]
  fund wage-bill --year YYYY --clear [--note TEXT]
                                            enter (or take back) the wage bill
</source>
        <translation>  fund --year YYYY [--json]                某年度的职工教育经费
  fund wage-bill --year YYYY --amount YUAN [--note TEXT]
  fund wage-bill --year YYYY --clear [--note TEXT]
                                            录入（或撤销）工资总额
</translation>
    </message>
    <message>
        <source>  certify propose --employee NO --occupation OCC --grade GRADE --way WAY
          [--ground G] [--evidence REF] --date YYYY-MM-DD [--round ID]
          [--result ID] [--certificate NUMBER] [--json]
          [--honour ID | --project ID]  what an exceptional promotion rests on
          WAY: regular | direct | direct-high | exceptional | competition
          G: technical-problem | award | mentoring
  certify approve|reject ID [--reason TEXT]
  certify revoke ID --reason TEXT
  certify approve-round ID                 approve a whole round at once
  certify list [--status S] [--round ID] [--json]
</source>
        <translation>  certify propose --employee NO --occupation OCC --grade GRADE --way WAY
          [--ground G] [--evidence REF] --date YYYY-MM-DD [--round ID]
          [--result ID] [--certificate NUMBER] [--json]
          [--honour ID | --project ID]  破格晋升所依据的荣誉或项目
          WAY: regular | direct | direct-high | exceptional | competition
          G: technical-problem | award | mentoring
  certify approve|reject ID [--reason TEXT]
  certify revoke ID --reason TEXT
  certify approve-round ID                 整批审批一个评价批次
  certify list [--status S] [--round ID] [--json]
</translation>
    </message>
    <message>
        <source>  honours import FILE.csv|FILE.xlsx        employee_no, honour, level, date, body;
                                           all lines or none
  honours list [--employee NO] [--level L] [--year YYYY] [--json]
  honours add --employee NO --honour NAME --level L --date D [--body B]
  honours withdraw ID --reason R           the record is kept, marked withdrawn
</source>
        <translation>  honours import FILE.csv|FILE.xlsx        工号、荣誉、级别、授予日期、授予单位；
                                           全部导入或全部不导入
  honours list [--employee NO] [--level L] [--year YYYY] [--json]
  honours add --employee NO --honour NAME --level L --date D [--body B]
  honours withdraw ID --reason R           撤销荣誉，记录保留并标明已撤销
</translation>
    </message>
    <message>
        <source>  studio add NAME --kind master|innovation --level L --leader NO
          --founded D [--occupation OCC] [--json]  a studio (技能大师工作室)
  studio list|show ID [--json]             studios, members and results
  studio member ID --employee NO [--joined D]   a member joins
  studio leave MEMBERSHIP [--on D]         a member leaves
  studio result ID --kind patent|process|apprentices|other --title T
          [--quantity N] --on D            a result of the studio
  studio withdraw-result RESULT --reason R
</source>
        <translation>  studio add NAME --kind master|innovation --level L --leader NO
          --founded D [--occupation OCC] [--json]  新建工作室（技能大师工作室）
  studio list|show ID [--json]             工作室及其成员和成果
  studio member ID --employee NO [--joined D]   成员加入
  studio leave MEMBERSHIP [--on D]         成员退出
  studio result ID --kind patent|process|apprentices|other --title T
          [--quantity N] --on D            登记工作室成果
  studio withdraw-result RESULT --reason R
</translation>
    </message>
    <message>
        <source>  project add TITLE --kind challenge|team --lead NO --start D
          [--members NO,NO] [--status open|in_progress] [--json]
  project list|show ID [--json]            projects, members and status history
  project member ID --employee NO          a member joins
  project withdraw-member MEMBERSHIP --reason R
  project update ID --status S [--outcome TEXT] [--on D]
</source>
        <translation>  project add TITLE --kind challenge|team --lead NO --start D
          [--members NO,NO] [--status open|in_progress] [--json]
  project list|show ID [--json]            项目及其成员和状态记录
  project member ID --employee NO          成员加入
  project withdraw-member MEMBERSHIP --reason R
  project update ID --status S [--outcome TEXT] [--on D]
</translation>
    </message>
    <message>
        <source>Options: --user NAME (the officer who acts; not for init, demo, adopt and verify),
    --lang zh|en (language of messages), --progress (percentages on stderr),
    --version (print the version and end).
Passwords: SKL_PASSWORD holds the officer&apos;s password, SKL_NEW_PASSWORD a new one;
    without them the password is asked at the terminal, without echo.
Exit codes: 0 success, 1 invalid data, 2 bad usage, 3 refused (login, locked or
    disabled account, or an act the officer&apos;s roles do not allow).
</source>
        <translation>选项：--user 登录名（执行操作的人员；init、demo、adopt 和 verify 不需要），
    --lang zh|en（提示语言），--progress（在标准错误输出显示百分比进度），
    --version（显示版本号后退出）。
密码：SKL_PASSWORD 为该人员的密码，SKL_NEW_PASSWORD 为新密码；
    未设置时在终端中询问，输入不回显。
退出码：0 成功，1 数据无效，2 用法错误，3 被拒绝（登录失败、账户已锁定或
    已停用，或该人员的角色无权执行此操作）。
</translation>
    </message>
</context>
<context>
    <name>skl::CliContext</name>
    <message>
        <source>Run skillladder-cli --help for the commands.</source>
        <translation>运行 skillladder-cli --help 查看命令。</translation>
    </message>
    <message>
        <source>This company file has no officers yet. Name its first administrator: skillladder-cli --db FILE adopt --admin NAME</source>
        <translation>此公司文件尚无人员账户。请指定第一位系统管理员：skillladder-cli --db 文件 adopt --admin 登录名</translation>
    </message>
    <message>
        <source>--user NAME is required: the officer who acts.</source>
        <translation>需要 --user 登录名：执行操作的人员。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password: set SKL_PASSWORD, or run the command at a terminal to be asked.</source>
        <translation>没有密码：请设置 SKL_PASSWORD，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <source>SKL_NEW_PASSWORD: %1</source>
        <translation>SKL_NEW_PASSWORD：%1</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>No new password: set SKL_NEW_PASSWORD, or run the command at a terminal to be asked.</source>
        <translation>没有新密码：请设置 SKL_NEW_PASSWORD，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; once more.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>--user NAME is required on a server: the login the server checks.</source>
        <translation>在服务器上必须提供 --user 登录名：由服务器核对的登录名。</translation>
    </message>
    <message>
        <source>%1 was upgraded from database version %2 to %3; the file as it was is kept as %4.</source>
        <translation>%1 已从数据库版本 %2 升级到 %3；升级前的文件保留为 %4。</translation>
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
    <message>
        <source>%1 has no company yet: create the company first.</source>
        <translation>%1 中还没有公司：请先创建公司。</translation>
    </message>
    <message>
        <source>The database %1 on the server already belongs to the company %2; a new company needs a new, empty database.</source>
        <translation>服务器上的数据库 %1 已属于企业 %2；新企业需要一个新的空数据库。</translation>
    </message>
</context>
<context>
    <name>skl::CompanyTransfer</name>
    <message>
        <source>Moving the company onto the server</source>
        <translation>正在把公司迁移到服务器</translation>
    </message>
    <message>
        <source>Moving the table %1 onto the server</source>
        <translation>正在把表 %1 迁移到服务器</translation>
    </message>
    <message>
        <source>The move was canceled; nothing was written to the server.</source>
        <translation>迁移已取消，服务器上未写入任何内容。</translation>
    </message>
    <message>
        <source>The server database already holds a company: a company moves only onto an empty database.</source>
        <translation>服务器数据库中已有公司：公司只能迁移到空数据库。</translation>
    </message>
    <message>
        <source>The audit trail of the file is broken, so the move would carry a trail nobody can trust: %1 Investigate it first; nothing was moved.</source>
        <translation>该文件的审计记录已被破坏，迁移会带走一份无法信任的记录：%1 请先查明原因；未迁移任何内容。</translation>
    </message>
    <message>
        <source>The audit trail on the server does not match the file&apos;s after the copy; nothing was moved.</source>
        <translation>复制后服务器上的审计记录与文件中的不一致；未迁移任何内容。</translation>
    </message>
    <message>
        <source>Moved the company from the file %1: %2 workers, %3 events of its trail (last seal %4).</source>
        <translation>已从文件 %1 迁移公司：%2 名职工，审计记录 %3 条事件（最后封印 %4）。</translation>
    </message>
</context>
<context>
    <name>skl::CompetitionDialog</name>
    <message>
        <source>New competition</source>
        <translation>新建竞赛</translation>
    </message>
    <message>
        <source>e.g. 2026 plant lathe skills contest</source>
        <translation>例如：2026年全厂车工技能竞赛</translation>
    </message>
    <message>
        <source>Choose the level</source>
        <translation>请选择竞赛级别</translation>
    </message>
    <message>
        <source>(each worker&apos;s own)</source>
        <translation>（各职工本人的职业（工种））</translation>
    </message>
    <message>
        <source>Competition name</source>
        <translation>竞赛名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Enter the competition&apos;s name.</source>
        <translation>请填写竞赛名称。</translation>
    </message>
    <message>
        <source>Choose the competition&apos;s level.</source>
        <translation>请选择竞赛级别。</translation>
    </message>
</context>
<context>
    <name>skl::CompetitionStore</name>
    <message>
        <source>Reading the competition</source>
        <translation>读取竞赛</translation>
    </message>
    <message>
        <source>There is no competition %1.</source>
        <translation>没有竞赛 %1。</translation>
    </message>
    <message>
        <source>The competition needs a name.</source>
        <translation>竞赛需要名称。</translation>
    </message>
    <message>
        <source>The competition needs its organiser.</source>
        <translation>竞赛需要主办单位。</translation>
    </message>
    <message>
        <source>The competition needs its date.</source>
        <translation>竞赛需要举办日期。</translation>
    </message>
    <message>
        <source>Recorded the competition %1 (%2, %3).</source>
        <translation>已记录竞赛 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Recording the competition</source>
        <translation>记录竞赛</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A competition named %1 on %2 is already on record.</source>
        <translation>名为 %1、于 %2 举办的竞赛已有记录。</translation>
    </message>
    <message>
        <source>Reading the competitions</source>
        <translation>读取竞赛</translation>
    </message>
    <message>
        <source>Reading the competition results</source>
        <translation>读取竞赛成绩</translation>
    </message>
    <message>
        <source>A ranked result needs its rank (1, 2, 3 …).</source>
        <translation>取得名次的成绩须填写名次（1、2、3 …）。</translation>
    </message>
    <message>
        <source>Recorded %1 (%2): %3 at %4.</source>
        <translation>已记录 %1（%2）：在 %4 获得%3。</translation>
    </message>
    <message>
        <source>%1 (%2) already has a result in %3.</source>
        <translation>%1（%2）在 %3 中已有成绩。</translation>
    </message>
    <message>
        <source>Recording the result</source>
        <translation>记录成绩</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The result is recorded, but the promotion could not be proposed: %1</source>
        <translation>成绩已记录，但未能提出晋升申请：%1</translation>
    </message>
</context>
<context>
    <name>skl::CompetitionView</name>
    <message>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>竞赛成绩</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Placing</source>
        <translation>获奖等次</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>晋升</translation>
    </message>
    <message>
        <source>New competition…</source>
        <translation>新建竞赛…</translation>
    </message>
    <message>
        <source>Record a result…</source>
        <translation>记录成绩…</translation>
    </message>
    <message>
        <source>Approve its promotions</source>
        <translation>批准其晋升申请</translation>
    </message>
    <message>
        <source>Save its certificates as PDF…</source>
        <translation>将本竞赛的证书另存为 PDF…</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>No. %1, %2</source>
        <translation>编号 %1，%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>New competition</source>
        <translation>新建竞赛</translation>
    </message>
    <message>
        <source>Record a result: %1</source>
        <translation>记录成绩：%1</translation>
    </message>
    <message>
        <source>Propose the promotion the competition policy offers</source>
        <translation>按竞赛政策提出相应的晋升申请</translation>
    </message>
    <message>
        <source>The policy offers no promotion for this result.</source>
        <translation>按政策，此成绩不能晋升。</translation>
    </message>
    <message>
        <source>The policy offers %1 → %2 in %3.</source>
        <translation>按政策，可在 %3 由 %1 晋升至 %2。</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation>记录成绩</translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 项认定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save its certificates as PDF</source>
        <translation>将本竞赛的证书另存为 PDF</translation>
    </message>
    <message>
        <source>No promotion of this competition is approved yet.</source>
        <translation>本竞赛尚无已批准的晋升。</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Approve the promotions proposed for the results of %1? The grades take effect and certificate numbers are issued; only a revocation with its reason undoes an approval.</source>
        <translation>批准“%1”各项成绩所提出的晋级认定？批准后技能等级即生效并编发证书编号；批准只能通过注明理由的撤销来取消。</translation>
    </message>
</context>
<context>
    <name>skl::Connection</name>
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
        <source>%1 was opened read-only.</source>
        <translation>%1 以只读方式打开。</translation>
    </message>
    <message>
        <source>The file %1 is read-only.</source>
        <translation>文件 %1 是只读的。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only.</source>
        <translation>%1 所在的文件夹是只读的。</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version of SkillLadder, and it cannot be written: %2 Open it where it can be written once, or use the SkillLadder it was made with.</source>
        <translation>%1 需要升级到本版本的技能人才管理系统，但它不能写入：%2 请先在可以写入的位置打开一次，或使用创建它的技能人才管理系统版本。</translation>
    </message>
    <message>
        <source>Checking the database for changes</source>
        <translation>检查数据库是否有变化</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create the company or choose another file.</source>
        <translation>数据库 %1 不存在。请新建公司或选择其他文件。</translation>
    </message>
    <message>
        <source>The audit trail of %1 could not be checked: %2</source>
        <translation>无法检查 %1 的审计记录：%2</translation>
    </message>
    <message>
        <source>Log in to %1 first: a company on a server needs its officer&apos;s login and password.</source>
        <translation>请先登录 %1：服务器上的企业需要操作员的登录名和密码。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Listening for other officers&apos; changes</source>
        <translation>监听其他操作员的更改</translation>
    </message>
</context>
<context>
    <name>skl::CrashNotice</name>
    <message>
        <source>SkillLadder stopped unexpectedly</source>
        <translation>技能人才管理系统意外退出</translation>
    </message>
    <message>
        <source>SkillLadder stopped unexpectedly the last time it ran. A report was written to:

%1

It holds no full ID numbers and no pay. Send it to support (%2) with what you were doing then.</source>
        <translation>技能人才管理系统上次运行时意外退出，已写入一份报告：

%1

报告中没有完整的身份证号码，也没有薪酬。请将它连同当时正在进行的操作一起发送给技术支持（%2）。</translation>
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
    <message>
        <source>%1 mixes encodings: line %2 is not UTF-8 while other lines are. Save the whole file again from Excel as &quot;CSV UTF-8&quot; and import again.</source>
        <translation>%1 混用了多种编码：第 %2 行不是 UTF-8，而其他行是。请用 Excel 将整个文件重新另存为“CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>%1 cannot be read past byte %2 (%3), so none of it is imported. Copy the file to this computer and import it again.</source>
        <translation>%1 在第 %2 字节之后无法读取（%3），因此未导入任何数据。请将文件复制到本机后再导入。</translation>
    </message>
    <message>
        <source>cell %1 on this line holds more than %2 characters, more than a cell can hold.</source>
        <translation>本行第 %1 个单元格超过 %2 个字符，超出一个单元格能容纳的长度。</translation>
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
    <message>
        <source>The trend counts the whole company; your targets are those of your workshops.</source>
        <translation>趋势统计的是整个企业；您的目标为您所管车间的目标。</translation>
    </message>
    <message>
        <source>Available once the figures and the trend are in.</source>
        <translation>数据和趋势计算完成后可用。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; target met &amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;■&lt;/span&gt; target not met &amp;nbsp; &lt;b&gt;- - -&lt;/b&gt; the unit&apos;s target (35% in eastern provinces)</source>
        <translation>&lt;span style=&quot;color:#2e7d32&quot;&gt;■&lt;/span&gt; 达标 &amp;nbsp; &lt;span style=&quot;color:#c62828&quot;&gt;■&lt;/span&gt; 未达标 &amp;nbsp; &lt;b&gt;- - -&lt;/b&gt; 该单位的目标（东部地区为 35%）</translation>
    </message>
    <message>
        <source>The figures of every tab as sheets of an Excel workbook, percentages as Excel percentages.</source>
        <translation>把各页签的数字导出为一个 Excel 工作簿的各个工作表，百分比为 Excel 百分比格式。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>%1 workforce targets %2.xlsx</source>
        <translation>%1 队伍建设目标 %2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
</context>
<context>
    <name>skl::DatabaseLock</name>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 在 %2 上（进程 %3），自 %4 起</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>另一位用户</translation>
    </message>
</context>
<context>
    <name>skl::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+↓）</translation>
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
    <name>skl::DemoAllowanceStore</name>
    <message>
        <source>Creating the demo allowances</source>
        <translation>生成示例津贴数据</translation>
    </message>
</context>
<context>
    <name>skl::DemoAllowances</name>
    <message>
        <source>Creating the demo allowances</source>
        <translation>生成示例津贴数据</translation>
    </message>
    <message>
        <source>Created the demo company&apos;s allowance rates, team leaders and apprenticeships.</source>
        <translation>已为示例企业生成津贴标准、班组长任期和师带徒协议。</translation>
    </message>
</context>
<context>
    <name>skl::DemoCertifications</name>
    <message>
        <source>The demo company&apos;s certificate settings since 2023.</source>
        <translation>示例企业自 2023 年起的证书设置。</translation>
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
    <message>
        <source>The database already holds the company %1; the demo company needs an empty database.</source>
        <translation>该数据库已有公司 %1；演示公司需要空数据库。</translation>
    </message>
</context>
<context>
    <name>skl::DemoCompetitionStore</name>
    <message>
        <source>Creating the demo competition</source>
        <translation>生成示例竞赛</translation>
    </message>
</context>
<context>
    <name>skl::DemoFund</name>
    <message>
        <source>Annual accounts %1 (工资总额)</source>
        <translation>%1 年度财务决算（工资总额）</translation>
    </message>
</context>
<context>
    <name>skl::DemoOfficers</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>skl::DemoPay</name>
    <message>
        <source>Creating the demo pay</source>
        <translation>正在生成演示薪酬数据</translation>
    </message>
    <message>
        <source>Created the demo company&apos;s salary bands, pay, titles and wage-price reference.</source>
        <translation>已生成演示公司的薪级带、薪酬、职称及工资价位数据。</translation>
    </message>
</context>
<context>
    <name>skl::DemoPayStore</name>
    <message>
        <source>Creating the demo pay</source>
        <translation>正在生成演示薪酬数据</translation>
    </message>
</context>
<context>
    <name>skl::DemoRecognition</name>
    <message>
        <source>The demo has no hr officer.</source>
        <translation>示例数据中没有人事专员。</translation>
    </message>
</context>
<context>
    <name>skl::DemoRounds</name>
    <message>
        <source>The demo has no officer of that role.</source>
        <translation>示例企业没有该角色的人员。</translation>
    </message>
    <message>
        <source>The demo&apos;s round was refused: %1</source>
        <translation>示例考核批次被拒绝：%1</translation>
    </message>
    <message>
        <source>The demo has too few examiners in %1.</source>
        <translation>示例企业%1的考评员不足。</translation>
    </message>
</context>
<context>
    <name>skl::DemoTraining</name>
    <message>
        <source>the demo company</source>
        <translation>示例企业</translation>
    </message>
</context>
<context>
    <name>skl::DemoTrainingStore</name>
    <message>
        <source>Reading the demo&apos;s workers</source>
        <translation>读取示例企业的职工</translation>
    </message>
</context>
<context>
    <name>skl::DocumentPages</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>skl::DueCommands</name>
    <message numerus="yes">
        <source>%n worker(s) due for assessment written to %1.</source>
        <translation>
            <numerusform>已将 %n 名待评价职工写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due for assessment on %1.</source>
        <translation>
            <numerusform>%1 共有 %n 名职工待评价。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is written to %1.</source>
        <translation>规划已写入 %1。</translation>
    </message>
    <message>
        <source>the due list</source>
        <translation>待评价名单</translation>
    </message>
    <message>
        <source>the target plan</source>
        <translation>目标规划</translation>
    </message>
</context>
<context>
    <name>skl::DueList</name>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Since</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>符合条件日期</translation>
    </message>
    <message>
        <source>Next grade</source>
        <translation>下一等级</translation>
    </message>
    <message>
        <source>Recommended for the targets of</source>
        <translation>可弥补目标缺口的单位</translation>
    </message>
    <message>
        <source>Due for assessment</source>
        <translation>待评价名单</translation>
    </message>
    <message>
        <source>%1 may read the due list of their own workshops only.</source>
        <translation>%1 只能查看本人所辖车间的待评价名单。</translation>
    </message>
</context>
<context>
    <name>skl::DueListStore</name>
    <message>
        <source>Listing the workers due for assessment</source>
        <translation>列出待评价职工</translation>
    </message>
</context>
<context>
    <name>skl::DueView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Propose the selected for promotion…</source>
        <translation>为所选职工提出晋升申请…</translation>
    </message>
    <message>
        <source>Double-click a workshop to show its list.</source>
        <translation>双击车间可显示其名单。</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due for assessment&lt;/b&gt; (bold: closes a target gap)</source>
        <translation>&lt;b&gt;待评价名单&lt;/b&gt;（粗体：可弥补目标缺口）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Target planner&lt;/b&gt;: more workers each unit needs</source>
        <translation>&lt;b&gt;目标规划&lt;/b&gt;：各单位尚需增加的人数</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>Listing the workers due on %1…</source>
        <translation>正在列出 %1 待评价的职工…</translation>
    </message>
    <message>
        <source>Due for assessment</source>
        <translation>待评价名单</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due for assessment on %1; %2 of them close a target gap.</source>
        <translation>
            <numerusform>%1 共有 %n 名职工待评价，其中 %2 名可弥补目标缺口。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due for assessment %1</source>
        <translation>待评价名单 %1</translation>
    </message>
    <message>
        <source>Export the due list</source>
        <translation>导出待评价名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>Propose for promotion</source>
        <translation>提出晋升申请</translation>
    </message>
    <message>
        <source>Select the workers to propose in the list first.</source>
        <translation>请先在名单中选择要提出申请的职工。</translation>
    </message>
    <message>
        <source>(a new round)</source>
        <translation>（新建评价批次）</translation>
    </message>
    <message numerus="yes">
        <source>Propose %n worker(s) for regular promotion on %1 in the assessment round:</source>
        <translation>
            <numerusform>以 %1 为日期，为 %n 名职工提出正常晋升申请，列入评价批次：</numerusform>
        </translation>
    </message>
    <message>
        <source>New assessment round</source>
        <translation>新建评价批次</translation>
    </message>
    <message>
        <source>Name of the round:</source>
        <translation>批次名称：</translation>
    </message>
    <message>
        <source>%1 skill level assessment</source>
        <translation>%1 职业技能等级评价</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) recorded; they await approval by another person.</source>
        <translation>
            <numerusform>已记录 %n 份认定申请，待另一人批准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>(no round)</source>
        <translation>（不设批次）</translation>
    </message>
    <message>
        <source>the due list</source>
        <translation>待评价名单</translation>
    </message>
</context>
<context>
    <name>skl::EducationFund</name>
    <message>
        <source>No spending</source>
        <translation>无支出</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>skl::EducationFundStore</name>
    <message>
        <source>%1 is not a year from 1900 to 9998.</source>
        <translation>%1 不是 1900 至 9998 之间的年份。</translation>
    </message>
    <message>
        <source>Reading the training costs of %1</source>
        <translation>读取 %1 年度的培训费用</translation>
    </message>
    <message>
        <source>Reading the wage bill of %1</source>
        <translation>读取 %1 年度的工资总额</translation>
    </message>
    <message>
        <source>Reading the training costs of %1 by workshop</source>
        <translation>读取 %1 年度各车间的培训费用</translation>
    </message>
    <message>
        <source>A wage bill cannot be negative.</source>
        <translation>工资总额不能为负数。</translation>
    </message>
    <message>
        <source>Entering the wage bill of %1</source>
        <translation>录入 %1 年度工资总额</translation>
    </message>
    <message>
        <source>No wage bill of %1 was entered: there is nothing to take back.</source>
        <translation>%1 年度没有录入的工资总额，无需撤销。</translation>
    </message>
    <message>
        <source>Entered the wage bill of %1: %2 yuan.</source>
        <translation>录入 %1 年度工资总额：%2 元。</translation>
    </message>
    <message>
        <source>Took back the entered wage bill of %1: the pay records count again.</source>
        <translation>撤销 %1 年度录入的工资总额，恢复按薪酬记录计算。</translation>
    </message>
    <message>
        <source>%1 Note: %2</source>
        <translation>%1 说明：%2</translation>
    </message>
</context>
<context>
    <name>skl::ExportLog</name>
    <message>
        <source>Recording the export in the audit log</source>
        <translation>在审计记录中登记导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1: %n row(s) to %2.</source>
        <translation>
            <numerusform>已导出%1：%n 行，写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::FigureFormat</name>
    <message>
        <source>%1 yuan</source>
        <extracomment>An amount of money in running text: &quot;12,345.67 元&quot;.</extracomment>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>skl::FiledPeriod</name>
    <message>
        <source>ongoing</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>on record</source>
        <translation>已有记录</translation>
    </message>
    <message>
        <source>on line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>skl::FundCommands</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--year YYYY is required (1900 to 9998).</source>
        <translation>必须给出 --year YYYY（1900 至 9998）。</translation>
    </message>
    <message>
        <source>--amount, --clear and --note belong to &quot;fund wage-bill&quot;.</source>
        <translation>--amount、--clear 和 --note 只用于“fund wage-bill”。</translation>
    </message>
    <message>
        <source>Unknown fund command &quot;%1&quot;.</source>
        <translation>未知的 fund 命令“%1”。</translation>
    </message>
    <message>
        <source>--json belongs to &quot;fund --year YYYY&quot;.</source>
        <translation>--json 只用于“fund --year YYYY”。</translation>
    </message>
    <message>
        <source>fund wage-bill needs either --amount YUAN or --clear.</source>
        <translation>fund wage-bill 需要 --amount 金额 或 --clear 之一。</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>%1 于 %2 录入</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>from the pay records</source>
        <translation>按薪酬记录计算</translation>
    </message>
    <message numerus="yes">
        <source>; %n of %1 worker(s) in service have no pay record</source>
        <translation>
            <numerusform>；在职 %1 人中有 %n 人没有薪酬记录</numerusform>
        </translation>
    </message>
    <message>
        <source>neither pay records nor an entered figure</source>
        <translation>既无薪酬记录也无录入数字</translation>
    </message>
    <message>
        <source>Employee-education fund %1</source>
        <translation>%1 年度职工教育经费</translation>
    </message>
    <message>
        <source>Wage bill:        %1 yuan (%2)</source>
        <translation>工资总额：%1 元（%2）</translation>
    </message>
    <message>
        <source>Deductible cap:   %1 yuan</source>
        <translation>税前扣除限额：%1 元</translation>
    </message>
    <message>
        <source>Spent:            %1 yuan</source>
        <translation>培训支出：%1 元</translation>
    </message>
    <message>
        <source>Frontline:        %1 yuan</source>
        <translation>一线职工：%1 元</translation>
    </message>
    <message>
        <source>Frontline share:  %1 (target %2): %3</source>
        <translation>一线占比：%1（目标 %2）：%3</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount of yuan (at most two decimals).</source>
        <translation>--amount：“%1”不是以元为单位的金额（最多两位小数）。</translation>
    </message>
    <message>
        <source>The entered wage bill of %1 is taken back: the pay records count again.</source>
        <translation>已撤销 %1 年度录入的工资总额，恢复按薪酬记录计算。</translation>
    </message>
    <message>
        <source>The wage bill of %1 is %2 yuan, as entered.</source>
        <translation>%1 年度工资总额已录入为 %2 元。</translation>
    </message>
</context>
<context>
    <name>skl::FundExport</name>
    <message>
        <source>(no site)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>(no workshop)</source>
        <translation>（无车间）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>全企业</translation>
    </message>
    <message>
        <source>Entered by %1</source>
        <translation>%1 录入</translation>
    </message>
    <message>
        <source>Pay records</source>
        <translation>薪酬记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <source>Spent (yuan)</source>
        <translation>培训支出（元）</translation>
    </message>
    <message>
        <source>Frontline (yuan)</source>
        <translation>一线职工（元）</translation>
    </message>
    <message>
        <source>Frontline share</source>
        <translation>一线占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Education fund %1</source>
        <translation>%1 年职工教育经费</translation>
    </message>
    <message>
        <source>Five years</source>
        <translation>五年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Wage bill (yuan)</source>
        <translation>工资总额（元）</translation>
    </message>
    <message>
        <source>Wage bill from</source>
        <translation>工资总额来源</translation>
    </message>
    <message>
        <source>Deductible cap (yuan)</source>
        <translation>税前扣除限额（元）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
</context>
<context>
    <name>skl::FundView</name>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要 %1 角色。</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Enter the wage bill…</source>
        <translation>录入工资总额…</translation>
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
        <source>Spent (yuan)</source>
        <translation>培训支出（元）</translation>
    </message>
    <message>
        <source>Frontline (yuan)</source>
        <translation>一线职工（元）</translation>
    </message>
    <message>
        <source>Frontline share</source>
        <translation>一线占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Education fund</source>
        <translation>教育经费</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>By site and workshop (the workers&apos; current units)</source>
        <translation>按单位和车间（职工当前所在单位）</translation>
    </message>
    <message>
        <source>Reading the education fund needs the role %1.</source>
        <translation>查看职工教育经费需要 %1 角色。</translation>
    </message>
    <message>
        <source>Computing the education fund of %1…</source>
        <translation>正在计算 %1 年度的职工教育经费…</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>(no workshop)</source>
        <translation>（无车间）</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>%1 于 %2 录入</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>computed from the pay records (monthly pay × days in service)</source>
        <translation>按薪酬记录计算（月薪 × 在职天数）</translation>
    </message>
    <message numerus="yes">
        <source>; %n of %1 worker(s) in service have no pay record and are not in it</source>
        <translation>
            <numerusform>；在职 %1 人中有 %n 人没有薪酬记录，未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>no pay records and no entered figure: payroll may enter it</source>
        <translation>既无薪酬记录也无录入数字：可由薪酬专员录入</translation>
    </message>
    <message>
        <source>Wage bill %1</source>
        <translation>%1 年度工资总额</translation>
    </message>
    <message>
        <source>Deductible cap</source>
        <translation>税前扣除限额</translation>
    </message>
    <message>
        <source>the wage bill × the policy&apos;s percentage</source>
        <translation>工资总额 × 政策规定的扣除比例</translation>
    </message>
    <message>
        <source>none without a wage bill</source>
        <translation>没有工资总额时为无</translation>
    </message>
    <message>
        <source>Spent on training</source>
        <translation>培训支出</translation>
    </message>
    <message>
        <source>training records that start in the year</source>
        <translation>开始日期在本年度的培训记录</translation>
    </message>
    <message>
        <source>Of it on frontline workers</source>
        <translation>其中用于一线职工</translation>
    </message>
    <message>
        <source>target at least %1</source>
        <translation>目标不低于 %1</translation>
    </message>
    <message>
        <source>Nothing was spent: there is no share.</source>
        <translation>没有培训支出，因此没有一线占比。</translation>
    </message>
    <message>
        <source>The five years&apos; trend shows once the fund is read.</source>
        <translation>读取教育经费后显示五年趋势。</translation>
    </message>
    <message>
        <source>Education fund %1–%2: spending and the frontline share</source>
        <translation>职工教育经费 %1–%2 年：支出与一线占比</translation>
    </message>
    <message>
        <source>On frontline workers (yuan)</source>
        <translation>一线职工支出（元）</translation>
    </message>
    <message>
        <source>Frontline share (%)</source>
        <translation>一线占比（%）</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目标（%）</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>frontline share, %</source>
        <translation>一线占比（%）</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the education fund</source>
        <translation>导出职工教育经费</translation>
    </message>
    <message>
        <source>education-fund-%1.xlsx</source>
        <translation>职工教育经费-%1.xlsx</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV（UTF-8）(*.csv)</translation>
    </message>
    <message>
        <source>the education fund of %1</source>
        <translation>%1 年度职工教育经费</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>skl::GradeMixBars</name>
    <message>
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 人</translation>
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
    <name>skl::GradeSpanStore</name>
    <message>
        <source>Updating the grades in force</source>
        <translation>更新现行技能等级</translation>
    </message>
</context>
<context>
    <name>skl::GuiMain</name>
    <message>
        <source>SkillLadder: the skilled workforce of an enterprise, its grades, certificates, allowances and targets.</source>
        <translation>技能人才管理系统：管理企业技能人才的等级、证书、津贴与目标。</translation>
    </message>
    <message>
        <source>Language of the interface: zh or en.</source>
        <translation>界面语言：zh（中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>The company database to open: a file, or a server&apos;s postgresql://SERVER[:PORT]/DATABASE[?sslmode=MODE], which opens the server dialog filled in (its password is asked, never given on the command line).</source>
        <translation>要打开的企业数据库：一个文件，或服务器地址 postgresql://服务器[:端口]/数据库[?sslmode=模式]（打开已填好的服务器对话框；密码在对话框中询问，绝不在命令行中给出）。</translation>
    </message>
</context>
<context>
    <name>skl::HonourDialog</name>
    <message>
        <source>Record an honour</source>
        <translation>登记荣誉</translation>
    </message>
    <message>
        <source>e.g. 人力资源社会保障部, 山东省总工会</source>
        <translation>如：人力资源社会保障部、山东省总工会</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>授予单位</translation>
    </message>
</context>
<context>
    <name>skl::HonourStore</name>
    <message>
        <source>Reading the honours</source>
        <translation>读取荣誉</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The honour needs its name.</source>
        <translation>请填写荣誉名称。</translation>
    </message>
    <message>
        <source>The honour needs the date it was awarded.</source>
        <translation>请填写授予日期。</translation>
    </message>
    <message>
        <source>An honour awarded on %1 lies in the future; enter it once it is awarded.</source>
        <translation>授予日期 %1 晚于今天；荣誉授予后再登记。</translation>
    </message>
    <message>
        <source>Recorded the honour %1 of %2 (%3).</source>
        <translation>登记了%2（%3）的荣誉：%1。</translation>
    </message>
    <message>
        <source>Recording the honour</source>
        <translation>登记荣誉</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n honour(s).</source>
        <translation>
            <numerusform>导入了 %n 条荣誉。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the honour is withdrawn.</source>
        <translation>请填写撤销荣誉的原因。</translation>
    </message>
    <message>
        <source>Honour %1 is already withdrawn (%2).</source>
        <translation>荣誉 %1 已撤销（%2）。</translation>
    </message>
    <message>
        <source>Withdrew the honour %1 of %2 (%3): %4.</source>
        <translation>撤销了%2（%3）的荣誉 %1：%4。</translation>
    </message>
    <message>
        <source>Withdrawing the honour</source>
        <translation>撤销荣誉</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该职工</translation>
    </message>
    <message>
        <source>There is no honour %1.</source>
        <translation>没有编号为 %1 的荣誉。</translation>
    </message>
</context>
<context>
    <name>skl::HonoursImport</name>
    <message>
        <source>The honour&apos;s name is missing.</source>
        <translation>缺少荣誉名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level (国家级, 省级, 市级, 行业, 企业).</source>
        <translation>“%1”不是可识别的级别（国家级、省级、市级、行业、企业）。</translation>
    </message>
    <message>
        <source>%1 lies in the future; an honour is entered once awarded.</source>
        <translation>%1 晚于今天；荣誉授予后再登记。</translation>
    </message>
</context>
<context>
    <name>skl::HonoursTab</name>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Record an honour…</source>
        <translation>登记荣誉…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>A CSV or Excel file with 工号, 荣誉, 级别, 授予日期, 授予单位: every line is checked, and nothing is imported while one is wrong.</source>
        <translation>CSV 或 Excel 文件，列为 工号、荣誉、级别、授予日期、授予单位：逐行检查，只要有一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Withdraw an honour</source>
        <translation>撤销荣誉</translation>
    </message>
    <message>
        <source>Why is %1 of %2 withdrawn? The record stays, marked withdrawn.</source>
        <translation>为什么撤销%2的“%1”？记录保留，并标明已撤销。</translation>
    </message>
    <message>
        <source>Export the honours</source>
        <translation>导出荣誉</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n honour(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条荣誉写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Honours by level and year</source>
        <translation>各年度各级别荣誉</translation>
    </message>
    <message>
        <source>No honour is recorded yet.</source>
        <translation>尚未登记荣誉。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
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
    <message>
        <source>Importing the roster needs the role %1.</source>
        <translation>导入花名册需要角色：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) of existing workers were proposed for certification and wait for an approver.</source>
        <translation>
            <numerusform>%n 个现有职工的等级已提出认定申请，等待审批人审批。</numerusform>
        </translation>
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
        <source>Download import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>An empty Excel workbook with the columns this import reads, and a second sheet explaining each of them.</source>
        <translation>空白 Excel 工作簿：含本导入读取的各列，第二张工作表逐列说明填写要求。</translation>
    </message>
    <message>
        <source>Template saved as %1. Fill in one worker per row on its first sheet, then choose it here to import it.</source>
        <translation>模板已保存为 %1。请在第一张工作表中每行填写一名职工，然后在此选择该文件导入。</translation>
    </message>
</context>
<context>
    <name>skl::ImportTemplate</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; also YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD, or an Excel date.</source>
        <translation>YYYY-MM-DD；也可写作 YYYY/M/D、YYYY.M.D、YYYY年M月D日、YYYYMMDD，或 Excel 日期。</translation>
    </message>
    <message>
        <source>是 or 否; also Y/N, Yes/No, 1/0, True/False, √/×. Empty means 否.</source>
        <translation>是 或 否；也可写作 Y/N、Yes/No、1/0、True/False、√/×。留空视为否。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Unique in the company; leading zeros are kept. A number already on the roster updates that worker.</source>
        <translation>全公司唯一；保留开头的 0。花名册中已有的工号将更新该职工的信息。</translation>
    </message>
    <message>
        <source>男 or 女; also M/F, Male/Female.</source>
        <translation>男 或 女；也可写作 M/F、Male/Female。</translation>
    </message>
    <message>
        <source>Text (18 characters)</source>
        <translation>文本（18 位）</translation>
    </message>
    <message>
        <source>The 18-character resident ID number; its check digit is verified. Kept as text so Excel does not round it.</source>
        <translation>18 位居民身份证号码，将核验校验位。以文本格式保存，避免 Excel 将其舍入为科学计数。</translation>
    </message>
    <message>
        <source>Empty while the worker is in service. %1</source>
        <translation>在职职工留空。%1</translation>
    </message>
    <message>
        <source>The province&apos;s name, short (湖北) or full (湖北省).</source>
        <translation>省份名称，简称（湖北）或全称（湖北省）均可。</translation>
    </message>
    <message>
        <source>One of %1; also the national level (五级 … 一级, 5 … 1) or the printed form 高级工（三级）.</source>
        <translation>%1 之一；也可写国家职业资格等级（五级 … 一级、5 … 1）或证书上的写法 高级工（三级）。</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Accepted values</source>
        <translation>可填写的值</translation>
    </message>
    <message>
        <source>Header also accepted as</source>
        <translation>列名也可写作</translation>
    </message>
    <message>
        <source>Roster import template</source>
        <translation>花名册导入模板</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>填写说明</translation>
    </message>
    <message>
        <source>Must agree with the ID number. %1</source>
        <translation>须与身份证号一致。%1</translation>
    </message>
    <message>
        <source>A new occupation is created on first use.</source>
        <translation>首次出现的职业（工种）将自动新建。</translation>
    </message>
    <message>
        <source>Required when a grade is given. %1</source>
        <translation>填写技能等级时必填。%1</translation>
    </message>
    <message>
        <source>Amount in yuan (2 decimals)</source>
        <translation>金额（元，两位小数）</translation>
    </message>
    <message>
        <source>Yuan, at most two decimals, 0 or more; no currency sign.</source>
        <translation>以元为单位，最多两位小数，不小于 0；不要写货币符号。</translation>
    </message>
    <message>
        <source>The employee number of a worker on the roster, as the roster lists it.</source>
        <translation>花名册上职工的工号，与花名册所列一致。</translation>
    </message>
    <message>
        <source>技能津贴, 班组长津贴 or 带徒津贴; also skill, team_leader, mentoring.</source>
        <translation>技能津贴、班组长津贴或带徒津贴；也可写 skill、team_leader、mentoring。</translation>
    </message>
    <message>
        <source>Only for 技能津贴, which is paid by grade; empty for the others. %1</source>
        <translation>仅技能津贴按等级发放时填写；其他津贴留空。%1</translation>
    </message>
    <message>
        <source>The amount a month. %1</source>
        <translation>每月金额。%1</translation>
    </message>
    <message>
        <source>The first day the rate applies; it applies until a later rate of the same kind and grade. %1</source>
        <translation>标准开始适用的第一天；一直适用到同类别、同等级的下一个标准生效为止。%1</translation>
    </message>
    <message>
        <source>班组长 (or team_leader): the role that pays the team-leader allowance.</source>
        <translation>班组长（或 team_leader）：发放班组长津贴的职务。</translation>
    </message>
    <message>
        <source>The last day; empty while the worker still leads the team. Periods of one worker must not overlap. %1</source>
        <translation>任职的最后一天；仍在任职时留空。同一职工的任职期间不得重叠。%1</translation>
    </message>
    <message>
        <source>%1 The mentor must hold the grade the policy asks for in the occupation on the first day.</source>
        <translation>%1 师傅在协议开始当天须持有认定政策要求的该职业（工种）等级。</translation>
    </message>
    <message>
        <source>%1 One mentor per apprentice and occupation at a time.</source>
        <translation>%1 同一徒弟在同一职业（工种）同一时间只能有一位师傅。</translation>
    </message>
    <message>
        <source>The occupation (工种) of the agreement, as on the roster.</source>
        <translation>协议所属的职业（工种），与花名册一致。</translation>
    </message>
    <message>
        <source>The day the agreement actually ended; empty while it runs. %1</source>
        <translation>协议实际结束的日期；协议仍在履行时留空。%1</translation>
    </message>
    <message>
        <source>The end the agreement provides for; not before the start. %1</source>
        <translation>协议约定的结束日期；不得早于开始日期。%1</translation>
    </message>
    <message>
        <source>How the agreement ended: the grade the apprentice reached (出师), or 未出师 or 中止; empty while the agreement runs. %1</source>
        <translation>协议如何结束：徒弟达到的等级（出师），或“未出师”“中止”；协议进行中留空。%1</translation>
    </message>
    <message>
        <source>技能等级 (or grade) for bands by skill grade, 职称 (or title) for bands by professional title.</source>
        <translation>按技能等级设宽带时写“技能等级”（或 grade），按职称设宽带时写“职称”（或 title）。</translation>
    </message>
    <message>
        <source>For 技能等级 a grade (%1); for 职称 a title level: 助理级, 中级, 副高级 or 正高级.</source>
        <translation>序列为技能等级时填等级（%1）；为职称时填职称级别：助理级、中级、副高级或正高级。</translation>
    </message>
    <message>
        <source>A month. The band needs min ≤ mid ≤ max. %1</source>
        <translation>每月金额。须满足 下限 ≤ 中位 ≤ 上限。%1</translation>
    </message>
    <message>
        <source>The first day of this pay. %1</source>
        <translation>该工资开始执行的第一天。%1</translation>
    </message>
    <message>
        <source>月薪, 年薪制, 协议工资制 or 特岗特酬; also monthly, annual, negotiated, special_post.</source>
        <translation>月薪、年薪制、协议工资制或特岗特酬；也可写 monthly、annual、negotiated、special_post。</translation>
    </message>
    <message>
        <source>A year for 年薪制, else a month. %1</source>
        <translation>年薪制填全年金额，其他填每月金额。%1</translation>
    </message>
    <message>
        <source>The professional title&apos;s level, if any: 助理级, 中级, 副高级 or 正高级 (also 1 … 4, 工程师, 高级工程师 …).</source>
        <translation>职称级别（如有）：助理级、中级、副高级或正高级（也可写 1 … 4、工程师、高级工程师等）。</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>The year the wage-price survey is for (2000 … 2100).</source>
        <translation>工资价位调查所属的年份（2000 … 2100）。</translation>
    </message>
    <message>
        <source>The occupation (工种) as the survey names it.</source>
        <translation>调查中所列的职业（工种）名称。</translation>
    </message>
    <message>
        <source>The %1th percentile, a month; the percentiles must not decrease from P10 to P90. %2</source>
        <translation>第 %1 百分位，每月金额；从 P10 到 P90 不得递减。%2</translation>
    </message>
    <message>
        <source>Allowance rates</source>
        <translation>津贴标准</translation>
    </message>
    <message>
        <source>Team leaders</source>
        <translation>班组长任职</translation>
    </message>
    <message>
        <source>Mentorships</source>
        <translation>师带徒协议</translation>
    </message>
    <message>
        <source>Salary bands</source>
        <translation>薪酬宽带</translation>
    </message>
    <message>
        <source>Base pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Wage prices</source>
        <translation>工资价位</translation>
    </message>
    <message>
        <source>Allowance rates import template</source>
        <translation>津贴标准导入模板</translation>
    </message>
    <message>
        <source>Team leaders import template</source>
        <translation>班组长任职导入模板</translation>
    </message>
    <message>
        <source>Mentorships import template</source>
        <translation>师带徒协议导入模板</translation>
    </message>
    <message>
        <source>Salary bands import template</source>
        <translation>薪酬宽带导入模板</translation>
    </message>
    <message>
        <source>Base pay and titles import template</source>
        <translation>基本工资与职称导入模板</translation>
    </message>
    <message>
        <source>Wage prices import template</source>
        <translation>工资价位导入模板</translation>
    </message>
    <message>
        <source>The course&apos;s name; records of the same course name are one certificate&apos;s renewals.</source>
        <translation>课程名称；同一课程名称的多条记录视为同一证书的复审换证。</translation>
    </message>
    <message>
        <source>岗位培训, 技能研修, 继续教育, 学徒培训, 安全培训, 特种作业 or 其他; also post, study, continuing, apprentice, safety, special, other.</source>
        <translation>岗位培训、技能研修、继续教育、学徒培训、安全培训、特种作业或其他；也可写 post、study、continuing、apprentice、safety、special、other。</translation>
    </message>
    <message>
        <source>Number (1 decimal)</source>
        <translation>数字（一位小数）</translation>
    </message>
    <message>
        <source>Hours, 0 or more, at most one decimal.</source>
        <translation>学时，0 或以上，最多一位小数。</translation>
    </message>
    <message>
        <source>Who gave the training; may be empty.</source>
        <translation>举办培训的机构；可以为空。</translation>
    </message>
    <message>
        <source>What the training cost the company. %1</source>
        <translation>企业为该培训支出的费用。%1</translation>
    </message>
    <message>
        <source>Not before the start. %1</source>
        <translation>不早于开始日期。%1</translation>
    </message>
    <message>
        <source>合格, 不合格, 结业 or any other word the provider gives.</source>
        <translation>合格、不合格、结业，或培训机构给出的其他结论。</translation>
    </message>
    <message>
        <source>The certificate&apos;s number, for licences that must be renewed (特种作业操作证); empty for none.</source>
        <translation>需要复审的证书（特种作业操作证）的编号；没有则不填。</translation>
    </message>
    <message>
        <source>The last day the certificate is valid; only with a certificate number, not before the start. %1</source>
        <translation>证书有效的最后一天；须同时填写证书编号，不早于开始日期。%1</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Training records import template</source>
        <translation>培训记录导入模板</translation>
    </message>
</context>
<context>
    <name>skl::IntegrityCheck</name>
    <message>
        <source>Checking the database file %1</source>
        <translation>检查数据库文件 %1</translation>
    </message>
</context>
<context>
    <name>skl::KeyedRows</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The column %1 is missing (header %2).</source>
        <translation>缺少列 %1（表头：%2）。</translation>
    </message>
</context>
<context>
    <name>skl::LeadershipReport</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
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
        <source>High-skilled</source>
        <translation>高技能人才</translation>
    </message>
    <message>
        <source>High-skilled %</source>
        <translation>高技能人才占比</translation>
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
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 workforce targets %2</source>
        <translation>%1 队伍建设目标 %2</translation>
    </message>
    <message>
        <source>Workforce targets</source>
        <translation>队伍建设目标</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers (target %1, eastern province)</source>
        <translation>高技能人才占技能人才（目标 %1，东部地区）</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers (target %1)</source>
        <translation>高技能人才占技能人才（目标 %1）</translation>
    </message>
    <message>
        <source>Skilled workers of employees (target %1)</source>
        <translation>技能人才占职工总数（目标 %1）</translation>
    </message>
    <message>
        <source>Share, against the target</source>
        <translation>占比与目标</translation>
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
        <source>Target (eastern province)</source>
        <translation>目标（东部地区）</translation>
    </message>
    <message>
        <source>Employees in service on %1. Skilled workers hold 初级工 or a higher grade in force, high-skilled workers 高级工 or higher; each unit is held to the thresholds in force for its province on that day (section 二 of the 2022 opinion, 中办发〔2022〕58号).</source>
        <translation>职工为 %1 在岗的职工。技能人才指现行等级为初级工及以上者，高技能人才指高级工及以上者；各单位按其所在省份当日有效的目标考核（2022 年《关于加强新时代高技能人才队伍建设的意见》（中办发〔2022〕58号）第二部分）。</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>各单位</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Company total</source>
        <translation>公司合计</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>各车间</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>The company has no workshop on record.</source>
        <translation>公司尚未登记任何车间。</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Trend at month ends</source>
        <translation>各月末占比趋势</translation>
    </message>
    <message>
        <source>The trend counts the whole company; your targets are those of your workshops.</source>
        <translation>趋势统计的是整个企业；您的目标为您所管车间的目标。</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计日期：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 · workforce targets as of %2 · SkillLadder</source>
        <translation>%1 · 截至 %2 的技能人才队伍建设目标 · 技能人才管理系统</translation>
    </message>
    <message>
        <source>%1 — %2 (continued)</source>
        <translation>%1 — %2（续）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was written.</source>
        <translation>打印已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The company has no site on record.</source>
        <translation>公司尚未登记任何单位。</translation>
    </message>
</context>
<context>
    <name>skl::LeavingDialog</name>
    <message>
        <source>Record a leaving — %1 %2</source>
        <translation>办理离职 — %1 %2</translation>
    </message>
    <message>
        <source>The first day no longer in service: allowances are paid up to the day before.</source>
        <translation>不再在岗的第一天：津贴发放至前一天。</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>辞职</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>End of the labour contract</source>
        <translation>劳动合同期满</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>解除劳动合同</translation>
    </message>
    <message>
        <source>Transfer out of the company</source>
        <translation>调出本单位</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Details (optional): the document, the approval …</source>
        <translation>详情（可选）：文件、审批……</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4; hired on %5</source>
        <translation>%1 %2 — %3，%4；%5 入职</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>职工：</translation>
    </message>
    <message>
        <source>First day out of service:</source>
        <translation>离职日期（首个不在岗日）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>离职原因：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Record the leaving</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has already left on %2; correct that date in the profile.</source>
        <translation>%1 已于 %2 离职；如需更正日期，请在职工档案中修改。</translation>
    </message>
    <message>
        <source>The leave date is before the hire date %1.</source>
        <translation>离职日期早于入职日期 %1。</translation>
    </message>
    <message>
        <source>Choose or write the reason for leaving.</source>
        <translation>请选择或填写离职原因。</translation>
    </message>
    <message>
        <source>Record a leaving</source>
        <translation>办理离职</translation>
    </message>
</context>
<context>
    <name>skl::LockedMonths</name>
    <message>
        <source>Reading the locked allowance months</source>
        <translation>读取已锁定的津贴月份</translation>
    </message>
    <message>
        <source>The allowances of %1 are approved and locked, and this change would alter what that month paid. Ask an approver to reopen %1 (Allowances ▸ Reopen) first; the month&apos;s correction run then pays the change.</source>
        <translation>%1 的津贴已批准并锁定，此项修改会改变该月已发放的金额。请先由审批人重新开放 %1（津贴核算 ▸ 重新开放…），该月的更正核算随后计入此项修改。</translation>
    </message>
</context>
<context>
    <name>skl::LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the demo company: its people are made up. Log in as &lt;tt&gt;admin&lt;/tt&gt; to hold every role (password &lt;tt&gt;%1&lt;/tt&gt; when SkillLadder made the demo), or as a sample officer to try one role. Every sample officer&apos;s password is &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这是示例企业，其中的人员均为虚构。以 &lt;tt&gt;admin&lt;/tt&gt; 登录可拥有全部角色（由本程序生成的示例企业，密码为 &lt;tt&gt;%1&lt;/tt&gt;）；以下列示例操作员登录可体验单个角色，他们的密码都是 &lt;tt&gt;%1&lt;/tt&gt;。&lt;/p&gt;</translation>
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
        <translation>等级认定</translation>
    </message>
    <message>
        <source>&amp;Certification policy and certificates…</source>
        <translation>认定政策与证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>自动备份(&amp;A)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Replace the open database %1 by the backup of %2 written on %3?

Everything entered since then is replaced. The current database is kept beside it as a copy whose name ends in &quot;replaced&quot; and the time.</source>
        <translation>用 %2 于 %3 写出的备份替换当前打开的数据库 %1？

此后录入的所有内容都将被替换。当前数据库会作为副本保留在其旁边，文件名以“replaced”和时间结尾。</translation>
    </message>
    <message>
        <source>a database without a company</source>
        <translation>尚无企业的数据库</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database was kept as %2.</source>
        <translation>已从 %1 恢复；被替换的数据库保留为 %2。</translation>
    </message>
    <message>
        <source>a folder &quot;backups&quot; beside the database</source>
        <translation>数据库旁的“backups”文件夹</translation>
    </message>
    <message>
        <source>Automatic backup written to %1.</source>
        <translation>自动备份已写入 %1。</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Backing up the database before closing…</source>
        <translation>关闭前正在备份数据库…</translation>
    </message>
    <message>
        <source>Automatic backups off</source>
        <translation>自动备份已关闭</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>No automatic backup yet</source>
        <translation>尚无自动备份</translation>
    </message>
    <message>
        <source>%1 is open in another SkillLadder window: %2.</source>
        <translation>%1 已在另一个技能人才管理系统窗口中打开：%2。</translation>
    </message>
    <message>
        <source>Two windows editing one database could undo each other&apos;s work. Open it read-only to look without changing it.</source>
        <translation>两个窗口同时编辑同一数据库可能互相覆盖对方的修改。可以只读方式打开，只查看不修改。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2 Changes cannot be saved.</source>
        <translation>已以只读方式打开 %1：%2 修改无法保存。</translation>
    </message>
    <message>
        <source>%1 — %2 (read-only) — SkillLadder</source>
        <translation>%1 — %2（只读）— 技能人才管理系统</translation>
    </message>
    <message>
        <source>S&amp;ystem</source>
        <translation>系统(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Officers and permissions…</source>
        <translation>人员与权限(&amp;O)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Switch user / Log out</source>
        <translation>切换用户 / 注销(&amp;S)</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 has no officers yet: open it in the window to name its first administrator.</source>
        <translation>%1 还没有操作员：请在窗口中打开它以指定首位系统管理员。</translation>
    </message>
    <message>
        <source>%1 has no officers yet, and it is open read-only (%2), so its first administrator cannot be named. Open it where it can be written, with no other window holding it.</source>
        <translation>%1 还没有操作员，而它以只读方式打开（%2），因此无法指定首位系统管理员。请在可写入、且没有其他窗口占用的情况下打开它。</translation>
    </message>
    <message>
        <source>Logged in: %1 — %2</source>
        <translation>当前登录：%1 — %2</translation>
    </message>
    <message>
        <source>%1 logged out.</source>
        <translation>%1 已注销。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The database was restored from a backup: its officers and passwords are those of the backup. Log in again.</source>
        <translation>数据库已从备份恢复：其中的操作员和密码为备份时的状态。请重新登录。</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Open a company on a &amp;server…</source>
        <translation>打开服务器上的企业(&amp;S)…</translation>
    </message>
    <message>
        <source>A company on a server is backed up by the server&apos;s administrators (pg_dump), not from this window.</source>
        <translation>服务器上的企业由服务器管理员备份（pg_dump），不在本窗口中备份。</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1（登录名 %2）</translation>
    </message>
    <message>
        <source>Open a company on a server</source>
        <translation>打开服务器上的企业</translation>
    </message>
    <message>
        <source>The company at %1 has no officers yet. The server&apos;s administrator names its first one with the command line (init --admin).</source>
        <translation>%1 上的企业还没有操作员。请服务器管理员用命令行（init --admin）指定首位系统管理员。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>职工(&amp;W)</translation>
    </message>
    <message>
        <source>Download import &amp;template…</source>
        <translation>下载导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Export the roster as &amp;shown…</source>
        <translation>按当前显示导出花名册(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the roster as shown</source>
        <translation>按当前显示导出花名册</translation>
    </message>
    <message>
        <source>%1 roster as shown %2.xlsx</source>
        <translation>%1 花名册（当前显示）%2.xlsx</translation>
    </message>
    <message>
        <source>Exporting the roster as shown…</source>
        <translation>正在按当前显示导出花名册…</translation>
    </message>
    <message>
        <source>&amp;Reference data</source>
        <translation>基础数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sites and workshops…</source>
        <translation>单位与车间(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Occupations…</source>
        <translation>职业/工种(&amp;O)…</translation>
    </message>
    <message>
        <source>Salary &amp;bands…</source>
        <translation>薪酬等级带(&amp;B)…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;Print the roster…</source>
        <translation>打印花名册(&amp;P)…</translation>
    </message>
    <message>
        <source>Roster as P&amp;DF…</source>
        <translation>花名册存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>%1 roster</source>
        <translation>%1 花名册</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <source>Roster as PDF</source>
        <translation>花名册存为 PDF</translation>
    </message>
    <message>
        <source>%1 roster %2.pdf</source>
        <translation>%1 花名册 %2.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the roster…</source>
        <translation>正在打印花名册…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>已取消打印，未打印任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The roster (%n page(s)) went to %1.</source>
        <translation>
            <numerusform>花名册（共 %n 页）已发送到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Working-day calendar…</source>
        <translation>工作日历(&amp;W)…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Education fund</source>
        <translation>教育经费</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>Honours and innovation</source>
        <translation>荣誉与创新</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of SkillLadder (database version %2). A copy is kept first, then it is upgraded…</source>
        <translation>%1 由早期版本的技能人才管理系统创建（数据库版本 %2）。正在先保留一份副本，然后升级……</translation>
    </message>
    <message>
        <source>Upgrade the database</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>%1 was upgraded from database version %2 to %3.

The file as it was before is kept as %4.</source>
        <translation>%1 已从数据库版本 %2 升级到 %3。

升级前的文件保留为 %4。</translation>
    </message>
</context>
<context>
    <name>skl::ManualWindow</name>
    <message>
        <source>SkillLadder user manual</source>
        <translation>技能人才管理系统 使用手册</translation>
    </message>
    <message>
        <source>Search the manual, e.g. 离职 or 津贴 批准</source>
        <translation>搜索手册，如：离职，或 津贴 批准</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No page holds &quot;%1&quot;.</source>
        <translation>没有页面包含“%1”。</translation>
    </message>
</context>
<context>
    <name>skl::MentorshipDialog</name>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>New master-apprentice agreement</source>
        <translation>新增师带徒协议</translation>
    </message>
    <message>
        <source>Master-apprentice agreement — %1 and %2</source>
        <translation>师带徒协议 — %1 与 %2</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>The day the agreement actually ended; empty while it runs. The mentoring allowance is paid up to this day.</source>
        <translation>协议实际结束的日期；执行中留空。带徒津贴计发至该日。</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>（执行中）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The grade the apprentice reached under this agreement.</source>
        <translation>徒弟在本协议期间达到的等级。</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>师傅：</translation>
    </message>
    <message>
        <source>Apprentice:</source>
        <translation>徒弟：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业（工种）：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>计划结束日期：</translation>
    </message>
    <message>
        <source>Actual end:</source>
        <translation>实际结束日期：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Grade reached:</source>
        <translation>达到等级：</translation>
    </message>
    <message>
        <source>Editing master-apprentice agreements needs the role %1.</source>
        <translation>编辑师带徒协议需要角色：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>skl::MentorshipOutcomes</name>
    <message>
        <source>Completed</source>
        <translation>出师</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未出师</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>skl::MentorshipStore</name>
    <message>
        <source>ongoing</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>%1 (%2) is not in service on %3, the agreement&apos;s start.</source>
        <translation>%1（%2）在协议开始日 %3 不在职。</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3; the agreement ends on %4 at the latest.</source>
        <translation>%1（%2）已于 %3 离职，协议最晚于 %4 结束。</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该职工</translation>
    </message>
    <message>
        <source>Reading the master-apprentice agreements</source>
        <translation>读取师带徒协议</translation>
    </message>
    <message>
        <source>A worker cannot be their own apprentice.</source>
        <translation>职工不能是自己的徒弟。</translation>
    </message>
    <message>
        <source>The agreement needs its start date.</source>
        <translation>协议需要填写开始日期。</translation>
    </message>
    <message>
        <source>The agreement is planned to end (%1) before it starts (%2).</source>
        <translation>协议的计划结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The agreement ends (%1) before it starts (%2).</source>
        <translation>协议的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says how the agreement ended; enter its actual end date too.</source>
        <translation>“%1”表示协议已结束，请同时填写实际结束日期。</translation>
    </message>
    <message>
        <source>A completed agreement (出师) names the grade the apprentice reached.</source>
        <translation>出师的协议需注明徒弟达到的等级。</translation>
    </message>
    <message>
        <source>%1 (%2) holds %3 in %4 on %5; a mentor needs at least %6.</source>
        <translation>%1（%2）于 %5 在 %4 的等级为 %3，师傅至少需要 %6。</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Choose the mentor.</source>
        <translation>请选择师傅。</translation>
    </message>
    <message>
        <source>Choose the apprentice.</source>
        <translation>请选择徒弟。</translation>
    </message>
    <message>
        <source>Choose the occupation.</source>
        <translation>请选择职业（工种）。</translation>
    </message>
    <message>
        <source>%1 (%2) already has a mentor in %3 for %4: one mentor per occupation at a time.</source>
        <translation>%1（%2）在 %4 已有 %3 的师傅：同一职业同一时间只能有一位师傅。</translation>
    </message>
    <message>
        <source>The agreement was deleted meanwhile; reload the worker.</source>
        <translation>该协议已被删除，请重新打开该职工档案。</translation>
    </message>
    <message>
        <source>Saving the master-apprentice agreement</source>
        <translation>保存师带徒协议</translation>
    </message>
    <message>
        <source>%1 (%2) and apprentice %3 (%4) in %5</source>
        <translation>师傅 %1（%2）与徒弟 %3（%4），%5</translation>
    </message>
    <message>
        <source>Corrected the master-apprentice agreement of %1.</source>
        <translation>更正师带徒协议：%1。</translation>
    </message>
    <message>
        <source>Recorded a master-apprentice agreement of %1 from %2.</source>
        <translation>新增师带徒协议：%1，自 %2 起。</translation>
    </message>
</context>
<context>
    <name>skl::MentorshipsPanel</name>
    <message>
        <source>Mentor</source>
        <translation>师傅</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>徒弟</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束日期</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Grade reached</source>
        <translation>达到等级</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>新增协议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Record an agreement with this worker as the mentor (or change the mentor to record one as the apprentice).</source>
        <translation>登记以该职工为师傅的协议（如该职工是徒弟，请改填师傅）。</translation>
    </message>
    <message>
        <source>Enter the actual end and the outcome, or correct the selected agreement; the audit trail keeps the old values.</source>
        <translation>填写所选协议的实际结束日期和结果，或更正协议；审计记录保留原值。</translation>
    </message>
    <message>
        <source>Master-apprentice agreements</source>
        <translation>师带徒协议</translation>
    </message>
    <message>
        <source>(ongoing)</source>
        <translation>（执行中）</translation>
    </message>
    <message>
        <source>Editing master-apprentice agreements needs the role %1.</source>
        <translation>编辑师带徒协议需要角色：%1。</translation>
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
        <source>Added the new policy defaults (database version %1).</source>
        <translation>已添加新的政策默认值（数据库版本 %1）。</translation>
    </message>
    <message>
        <source>Upgrading the database would leave a row of the table %1 without the row it refers to; nothing was changed.</source>
        <translation>升级数据库会使表 %1 中的一行失去其引用的行；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>skl::MonthlyAllowances</name>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>skl::MoveWorkersDialog</name>
    <message>
        <source>To the workshop:</source>
        <translation>调至车间：</translation>
    </message>
    <message>
        <source>To the occupation:</source>
        <translation>调至职业（工种）：</translation>
    </message>
    <message>
        <source>Change workshop or occupation</source>
        <translation>调整车间或职业（工种）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 人</translation>
    </message>
    <message>
        <source>%1 workers chosen: %2</source>
        <translation>已选 %1 名职工：%2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Tick the workshop, the occupation or both.</source>
        <translation>请勾选车间、职业（工种），或两者都选。</translation>
    </message>
    <message>
        <source>%1 of them appear to be there already and stay as they are.</source>
        <translation>其中 %1 人似已在该处，保持不变。</translation>
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
    <message>
        <source>&lt;b&gt;First administrator&lt;/b&gt; (holds every role and adds the other officers)</source>
        <translation>&lt;b&gt;首位系统管理员&lt;/b&gt;（拥有全部角色，并添加其他操作员）</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>the name shown in the audit trail, e.g. 王科长</source>
        <translation>审计记录中显示的姓名，如 王科长</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Choose the province</source>
        <translation>请选择省份</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Choose the province where the company is registered.</source>
        <translation>请选择公司注册地所在省份。</translation>
    </message>
</context>
<context>
    <name>skl::NewRoundDialog</name>
    <message>
        <source>New assessment round</source>
        <translation>新建考核批次</translation>
    </message>
    <message>
        <source>e.g. 2026 second lathe 高级工 assessment</source>
        <translation>例如：2026年第二期车工高级工考核</translation>
    </message>
    <message>
        <source>Choose the occupation</source>
        <translation>选择职业（工种）</translation>
    </message>
    <message>
        <source>Choose the grade assessed</source>
        <translation>选择考核等级</translation>
    </message>
    <message>
        <source>Round name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade assessed</source>
        <translation>考核等级</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>考核开始日期</translation>
    </message>
    <message>
        <source>Assessment ends</source>
        <translation>考核结束日期</translation>
    </message>
    <message>
        <source>Enter the round&apos;s name.</source>
        <translation>请输入批次名称。</translation>
    </message>
    <message>
        <source>Choose the occupation assessed.</source>
        <translation>请选择考核的职业（工种）。</translation>
    </message>
    <message>
        <source>Choose the grade assessed.</source>
        <translation>请选择考核等级。</translation>
    </message>
    <message>
        <source>The assessment ends before it starts.</source>
        <translation>考核结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>skl::NewWorkerDialog</name>
    <message>
        <source>Add a worker (new hire)</source>
        <translation>新增职工（新入职）</translation>
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
        <source>18 characters; the birth date is read from it</source>
        <translation>18 位；出生日期从中读取</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty to take it from the ID number</source>
        <translation>YYYY-MM-DD，留空则取自身份证号</translation>
    </message>
    <message>
        <source>The province of a site not yet on record (its allowances and targets follow it).</source>
        <translation>尚未登记的单位所在省份（津贴和目标按省份计算）。</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>尚无等级</translation>
    </message>
    <message>
        <source>The date the grade was obtained, as on its certificate.</source>
        <translation>取得该等级的日期，以证书为准。</translation>
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
        <source>Opens a team-leader period from today, as an import does.</source>
        <translation>与导入相同，自今日起开始一段班组长任期。</translation>
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
        <source>Province:</source>
        <translation>省份：</translation>
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
        <source>obtained on</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>A worker who leaves is recorded with &quot;Record a leaving&quot;; corrections later go through the profile.</source>
        <translation>职工离职请用“办理离职”；日后更正请在职工档案中进行。</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 是将来的日期。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Adding a worker needs the role %1.</source>
        <translation>新增职工需要角色：%1。</translation>
    </message>
    <message>
        <source>Add a worker</source>
        <translation>新增职工</translation>
    </message>
</context>
<context>
    <name>skl::OccupationCode</name>
    <message>
        <source>&quot;%1&quot; is not a national occupation code: write it as in the classification, a major group 1 to 8 and three groups of two digits, e.g. 6-18-01-01.</source>
        <translation>“%1”不是国家职业分类代码：请按职业分类大典填写，大类 1 至 8，其后三组各两位数字，例如 6-18-01-01。</translation>
    </message>
</context>
<context>
    <name>skl::OccupationStore</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>highest grade</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>national occupation code</source>
        <translation>国家职业分类代码</translation>
    </message>
    <message>
        <source>Reading the occupations</source>
        <translation>读取职业</translation>
    </message>
    <message>
        <source>Checking the occupation</source>
        <translation>检查职业</translation>
    </message>
    <message>
        <source>Give the occupation&apos;s name.</source>
        <translation>请填写职业（工种）名称。</translation>
    </message>
    <message>
        <source>There is already an occupation named %1.</source>
        <translation>已有名为 %1 的职业（工种）。</translation>
    </message>
    <message>
        <source>The national occupation code %1 is already the code of %2.</source>
        <translation>国家职业分类代码 %1 已用于 %2。</translation>
    </message>
    <message>
        <source>Checking the grades held in the occupation</source>
        <translation>检查该职业已持有的等级</translation>
    </message>
    <message>
        <source>Adding the occupation %1</source>
        <translation>新增职业 %1</translation>
    </message>
    <message>
        <source>Added the occupation %1 (highest grade %2).</source>
        <translation>新增职业 %1（最高等级 %2）。</translation>
    </message>
    <message>
        <source>Saving the occupation %1</source>
        <translation>保存职业 %1</translation>
    </message>
    <message>
        <source>The occupation is no longer in the database. Close the editor and open it again.</source>
        <translation>该职业已不在数据库中。请关闭编辑窗口后重新打开。</translation>
    </message>
    <message>
        <source>The highest grade of %1 stays above %2: %3 worker(s) already hold a higher grade in it.</source>
        <translation>%1 的最高等级不能低于%2：已有 %3 名职工在该职业持有更高等级。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Changed the occupation %1 (%2).</source>
        <translation>修改职业 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>skl::OccupationsDialog</name>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>National occupation code</source>
        <translation>国家职业分类代码</translation>
    </message>
    <message>
        <source>Highest grade</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工数</translation>
    </message>
    <message>
        <source>&amp;New occupation</source>
        <translation>新增职业(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>职业/工种</translation>
    </message>
    <message>
        <source>e.g. 车工</source>
        <translation>例如 车工</translation>
    </message>
    <message>
        <source>e.g. 6-18-01-01 (may stay empty)</source>
        <translation>例如 6-18-01-01（可不填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Highest grade allowed</source>
        <translation>允许的最高等级</translation>
    </message>
    <message>
        <source>&amp;Add occupation</source>
        <translation>新增职业(&amp;A)</translation>
    </message>
    <message>
        <source>%1 worker(s) already hold a grade above %2 in %3: the highest grade cannot be set below theirs.</source>
        <translation>已有 %1 名职工在 %3 持有高于%2的等级：最高等级不能低于他们的等级。</translation>
    </message>
</context>
<context>
    <name>skl::OfficerEditDialog</name>
    <message>
        <source>officers, policy, backup and restore</source>
        <translation>人员、政策设置、备份与恢复</translation>
    </message>
    <message>
        <source>roster, imports, proposals, competitions</source>
        <translation>花名册、导入、认定申报、技能竞赛</translation>
    </message>
    <message>
        <source>approves certifications and allowance months</source>
        <translation>审批等级认定和津贴月份</translation>
    </message>
    <message>
        <source>rates, pay tables, allowance runs</source>
        <translation>津贴标准、薪酬表、津贴核算</translation>
    </message>
    <message>
        <source>own workshops only, IDs masked</source>
        <translation>仅限本车间，身份证号隐去</translation>
    </message>
    <message>
        <source>reads everything and the audit trail, changes nothing</source>
        <translation>查阅全部内容和审计记录，不作任何修改</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the name shown in the audit trail</source>
        <translation>审计记录中显示的姓名</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Workshops (of a workshop head):</source>
        <translation>车间（车间主任所辖）：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation>保存角色</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The company has no workshop yet: import the roster first.</source>
        <translation>企业还没有车间：请先导入花名册。</translation>
    </message>
    <message>
        <source>Enter a login name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Tick the workshops this workshop head heads.</source>
        <translation>请勾选该车间主任所辖的车间。</translation>
    </message>
</context>
<context>
    <name>skl::OfficerStore</name>
    <message>
        <source>Reading the officers</source>
        <translation>读取人员账户</translation>
    </message>
    <message>
        <source>Saving the officers</source>
        <translation>保存人员账户</translation>
    </message>
    <message>
        <source>There is no officer with the login name %1.</source>
        <translation>没有登录名为 %1 的人员。</translation>
    </message>
    <message>
        <source>A workshop head needs at least one workshop.</source>
        <translation>车间主任至少需要一个车间。</translation>
    </message>
    <message>
        <source>Only a workshop head is confined to workshops; add the role %1 or name no workshop.</source>
        <translation>只有车间主任限定于车间；请添加角色“%1”，或不指定车间。</translation>
    </message>
    <message>
        <source>Workshop %1 does not exist.</source>
        <translation>车间 %1 不存在。</translation>
    </message>
    <message>
        <source>An officer needs at least one role.</source>
        <translation>人员至少需要一个角色。</translation>
    </message>
    <message>
        <source>The login name %1 is taken by %2.</source>
        <translation>登录名 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Recording the login attempt</source>
        <translation>记录登录尝试</translation>
    </message>
    <message>
        <source>The login name is empty.</source>
        <translation>登录名为空。</translation>
    </message>
    <message>
        <source>The login name %1 is too long: at most 32 characters.</source>
        <translation>登录名 %1 过长：最多 32 个字符。</translation>
    </message>
    <message>
        <source>The login name %1 must begin with a letter or a digit.</source>
        <translation>登录名 %1 必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>The login name %1 may hold letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only, not &quot;%2&quot;.</source>
        <translation>登录名 %1 只能包含字母、数字、“.”、“_”和“-”，不能包含“%2”。</translation>
    </message>
    <message>
        <source>This company already has officers; an administrator adds new ones.</source>
        <translation>该公司已有人员账户；新人员由系统管理员添加。</translation>
    </message>
    <message>
        <source>%1 became the first administrator of this company.</source>
        <translation>%1 成为该公司的第一位系统管理员。</translation>
    </message>
    <message>
        <source>Added the officer %1 (%2).</source>
        <translation>已添加人员 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is the only administrator left and cannot be disabled; make another officer an administrator first.</source>
        <translation>%1 是仅剩的系统管理员，不能停用；请先指定另一位系统管理员。</translation>
    </message>
    <message>
        <source>Disabled the officer %1.</source>
        <translation>已停用人员 %1。</translation>
    </message>
    <message>
        <source>Enabled the officer %1.</source>
        <translation>已启用人员 %1。</translation>
    </message>
    <message>
        <source>Unlocked the officer %1.</source>
        <translation>已解锁人员 %1。</translation>
    </message>
    <message>
        <source>%1 cannot change a password: the account is disabled or gone.</source>
        <translation>%1 不能修改密码：账户已停用或不存在。</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 修改了自己的密码。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>%1 is the only administrator left and keeps that role; make another officer an administrator first.</source>
        <translation>%1 是仅剩的系统管理员，须保留该角色；请先指定另一位系统管理员。</translation>
    </message>
    <message>
        <source>Roles of %1: %2.</source>
        <translation>%1 的角色：%2。</translation>
    </message>
    <message>
        <source>Login failed: the login name or the password is wrong.</source>
        <translation>登录失败：登录名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after %2 wrong passwords: try again in %n minute(s), or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>账户 %1 因连续 %2 次密码错误已锁定：请 %n 分钟后再试，或请系统管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 was locked for %2 minutes after %3 wrong passwords.</source>
        <translation>账户 %1 因连续 %3 次密码错误被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>Login failed: wrong password. The account %1 is now locked for %2 minutes; an administrator can unlock it.</source>
        <translation>登录失败：密码错误。账户 %1 现已锁定 %2 分钟；系统管理员可以解锁。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; an administrator can enable it.</source>
        <translation>账户 %1 已停用；系统管理员可以启用。</translation>
    </message>
    <message>
        <source>The account %1 holds no role today.</source>
        <translation>账户 %1 今天没有任何角色。</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 is not an officer of this company, and may not %2.</source>
        <translation>%1 不是该公司的人员，无权%2。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3.</source>
        <translation>%1 无权%2：需要角色“%3”。</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>没有车间 %1。</translation>
    </message>
    <message>
        <source>The workshop %1 exists at several sites; name one: %2.</source>
        <translation>多个单位都有车间 %1；请指明其中一个：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The server accepted the login %1, but it is not an officer of this company: ask an administrator of the company to add it.</source>
        <translation>服务器接受了登录 %1，但它不是本企业的人员：请本企业的系统管理员添加。</translation>
    </message>
    <message>
        <source>On a server no account is locked by wrong passwords: the server checks them and locks nothing. %1 logs in unless disabled; an administrator enables a disabled account.</source>
        <translation>在服务器上，账户不会因密码错误而被锁定：密码由服务器核验，服务器不锁定账户。%1 只要未被停用即可登录；已停用的账户由系统管理员启用。</translation>
    </message>
</context>
<context>
    <name>skl::OfficersDialog</name>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>所辖车间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officers and permissions</source>
        <translation>人员与权限</translation>
    </message>
    <message>
        <source>Each officer logs in with their own name and password and may do what their roles allow. A role taken away counts from today; the audit trail keeps who held which role when.</source>
        <translation>每位操作员以自己的登录名和密码登录，只能进行其角色允许的操作。撤销的角色自今日起生效；审计记录保留谁在何时拥有哪个角色。</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>添加操作员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Roles and workshops…</source>
        <translation>角色与车间(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>连续 %n 次密码错误</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable officer</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in; what they did stays on record.</source>
        <translation>停用 %1？停用后不能再登录；其已做的操作仍保留在记录中。</translation>
    </message>
</context>
<context>
    <name>skl::OpenServerDialog</name>
    <message>
        <source>Open a company on a server</source>
        <translation>打开服务器上的企业</translation>
    </message>
    <message>
        <source>A company on a shared PostgreSQL server, as its IT department set it up. Your login and password are your own on the server; the password is never saved.</source>
        <translation>位于共享 PostgreSQL 服务器上的企业，由信息部门配置。登录名和密码是您本人在服务器上的账号；密码从不保存。</translation>
    </message>
    <message>
        <source>for example db.example.com or 10.0.0.5</source>
        <translation>例如 db.example.com 或 10.0.0.5</translation>
    </message>
    <message>
        <source>the company&apos;s database, for example skillladder</source>
        <translation>企业的数据库，例如 skillladder</translation>
    </message>
    <message>
        <source>Default (prefer: encrypted when the server offers it)</source>
        <translation>默认（prefer：服务器支持时加密）</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable：从不加密</translation>
    </message>
    <message>
        <source>allow: encrypted only when the server requires it</source>
        <translation>allow：仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>prefer: encrypted when the server offers it</source>
        <translation>prefer：服务器支持时加密</translation>
    </message>
    <message>
        <source>require: always encrypted, certificate not checked</source>
        <translation>require：始终加密，不校验证书</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked</source>
        <translation>verify-ca：加密，并校验服务器证书</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the certificate and the server&apos;s name checked</source>
        <translation>verify-full：加密，并校验证书和服务器名称</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>加密方式（sslmode）：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Type the name or the address of the server.</source>
        <translation>请输入服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Write the port in its own field, not after the server&apos;s name.</source>
        <translation>请把端口填在“端口”一栏，不要写在服务器名称后面。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address: write a name such as db.example.com or an IP address.</source>
        <translation>“%1”不是服务器名称或地址：请填写 db.example.com 这样的名称或 IP 地址。</translation>
    </message>
    <message>
        <source>Type the name of the company&apos;s database on the server.</source>
        <translation>请输入企业在服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a database name in a server address: ask the server&apos;s administrator for the database&apos;s name.</source>
        <translation>“%1”不能作为服务器地址中的数据库名称：请向服务器管理员询问数据库的名称。</translation>
    </message>
    <message>
        <source>Type your login on the server.</source>
        <translation>请输入您在服务器上的登录名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
</context>
<context>
    <name>skl::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>The new password replaces %1&apos;s and lifts a lock after wrong passwords. Tell it to them in person.</source>
        <translation>新密码将替换 %1 的密码，并解除因密码错误造成的锁定。请当面告知本人。</translation>
    </message>
</context>
<context>
    <name>skl::PasswordFields</name>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %1 characters: %n more to type.</source>
        <translation>
            <numerusform>密码至少需要 %1 个字符：还差 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致：请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>密码符合要求。</translation>
    </message>
</context>
<context>
    <name>skl::PasswordHash</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password cannot begin or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The password could not be protected: the cryptography library did not start.</source>
        <translation>无法保护密码：加密库未能启动。</translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>无法保护密码：内存不足。</translation>
    </message>
</context>
<context>
    <name>skl::PayFactsStore</name>
    <message>
        <source>Computing the pay report</source>
        <translation>正在计算薪酬报表</translation>
    </message>
</context>
<context>
    <name>skl::PayFileImport</name>
    <message>
        <source>&quot;%1&quot; is not grade or title (技能等级 or 职称).</source>
        <translation>“%1”既不是技能等级也不是职称。</translation>
    </message>
    <message>
        <source>A band needs min ≤ mid ≤ max.</source>
        <translation>薪级带须满足下限 ≤ 中点 ≤ 上限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pay mode (月薪, 年薪制, 协议工资制, 特岗特酬).</source>
        <translation>“%1”不是薪酬方式（月薪、年薪制、协议工资制、特岗特酬）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>“%1”不是有效的年份。</translation>
    </message>
    <message>
        <source>The occupation is missing.</source>
        <translation>缺少职业名称。</translation>
    </message>
    <message>
        <source>The percentiles must not decrease from P10 to P90.</source>
        <translation>分位值从 P10 到 P90 不得递减。</translation>
    </message>
</context>
<context>
    <name>skl::PayReport</name>
    <message>
        <source>Pay as of %1</source>
        <translation>截至 %1 的薪酬</translation>
    </message>
    <message>
        <source>Grade	Workers	Median	Band min–mid–max	Below	Above	Compa-ratio</source>
        <translation>等级	人数	中位数	薪级带下限–中点–上限	低于下限	高于上限	比较比率</translation>
    </message>
    <message>
        <source>Parity (section 九): median pay of a grade against its title level</source>
        <translation>待遇比照（第九部分）：各等级薪酬中位数与对应职称级别比较</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>%1 The exported file %2 was removed: every export of pay is recorded.</source>
        <translation>%1 已删除导出的文件 %2：每次导出薪酬都必须留有记录。</translation>
    </message>
</context>
<context>
    <name>skl::PayStore</name>
    <message numerus="yes">
        <source>Imported %n salary band(s).</source>
        <translation>
            <numerusform>已导入 %n 个薪级带。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the base pay of %n worker(s).</source>
        <translation>
            <numerusform>已导入 %n 名职工的基本工资。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n wage-price reference row(s).</source>
        <translation>
            <numerusform>已导入 %n 行工资价位数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the pay export in the audit log</source>
        <translation>在审计日志中记录薪酬导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported the pay of %n worker(s) as of %1 to %2.</source>
        <translation>
            <numerusform>已导出 %n 名职工截至 %1 的薪酬，导出到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::PayView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Workers paid</source>
        <translation>计薪人数</translation>
    </message>
    <message>
        <source>Median (yuan)</source>
        <translation>中位数（元）</translation>
    </message>
    <message>
        <source>Band min</source>
        <translation>薪级带下限</translation>
    </message>
    <message>
        <source>Band mid</source>
        <translation>薪级带中点</translation>
    </message>
    <message>
        <source>Band max</source>
        <translation>薪级带上限</translation>
    </message>
    <message>
        <source>Below min</source>
        <translation>低于下限</translation>
    </message>
    <message>
        <source>Above max</source>
        <translation>高于上限</translation>
    </message>
    <message>
        <source>Compa-ratio</source>
        <translation>比较比率</translation>
    </message>
    <message>
        <source>Below P10</source>
        <translation>低于 P10 分位</translation>
    </message>
    <message>
        <source>P10–P25</source>
        <translation>P10–P25 分位</translation>
    </message>
    <message>
        <source>P25–P50</source>
        <translation>P25–P50 分位</translation>
    </message>
    <message>
        <source>P50–P75</source>
        <translation>P50–P75 分位</translation>
    </message>
    <message>
        <source>P75–P90</source>
        <translation>P75–P90 分位</translation>
    </message>
    <message>
        <source>Above P90</source>
        <translation>高于 P90 分位</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Title level</source>
        <translation>职称级别</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>比照差距</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Pay (yuan)</source>
        <translation>薪酬（元）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Salary bands…</source>
        <translation>薪级带…</translation>
    </message>
    <message>
        <source>Base pay and titles…</source>
        <translation>基本工资与职称…</translation>
    </message>
    <message>
        <source>Wage-price reference…</source>
        <translation>工资价位…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Parity with titles (section 九)</source>
        <translation>与职称待遇比照（第九部分）</translation>
    </message>
    <message>
        <source>Outside their band</source>
        <translation>超出薪级带</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <source>Computing the pay report as of %1…</source>
        <translation>正在计算截至 %1 的薪酬报表…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n worker(s) with a grade and a base pay; %2 outside their band.</source>
        <translation>
            <numerusform>截至 %1：%n 名职工有等级及基本工资；其中 %2 人超出薪级带。</numerusform>
        </translation>
    </message>
    <message>
        <source>Market: the wage-price reference of %1.</source>
        <translation>工资价位：采用 %1 的工资价位。</translation>
    </message>
    <message>
        <source>No wage-price reference imported.</source>
        <translation>尚未导入工资价位。</translation>
    </message>
    <message>
        <source>Monthly pay against the band, by grade (yuan)</source>
        <translation>各等级月薪酬与薪级带对比（元）</translation>
    </message>
    <message>
        <source>Median pay</source>
        <translation>薪酬中位数</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Median compa-ratio</source>
        <translation>比较比率中位数</translation>
    </message>
    <message>
        <source>By workshop</source>
        <translation>按车间</translation>
    </message>
    <message>
        <source>Export every worker…</source>
        <translation>导出全部职工明细…</translation>
    </message>
    <message>
        <source>Export every worker</source>
        <translation>导出全部职工明细</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>薪酬 %1</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing every worker&apos;s pay…</source>
        <translation>正在写出全部职工薪酬…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>The pay report shows the pay of workers: reading it needs the role %1.</source>
        <translation>薪酬分析列出职工的薪酬：查看需要角色 %1。</translation>
    </message>
    <message>
        <source>No pay is recorded as of %1: import the pay and the bands to see where pay sits in its band.</source>
        <translation>截至 %1 尚无薪酬记录：请导入薪酬和薪级带，即可查看薪酬在薪级带中的位置。</translation>
    </message>
    <message>
        <source>Download import template</source>
        <translation>下载导入模板</translation>
    </message>
</context>
<context>
    <name>skl::Permissions</name>
    <message>
        <source>manage officers</source>
        <translation>管理人员账户</translation>
    </message>
    <message>
        <source>change the policy settings</source>
        <translation>修改政策设置</translation>
    </message>
    <message>
        <source>change the company settings</source>
        <translation>修改公司设置</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>查看花名册</translation>
    </message>
    <message>
        <source>read the workforce targets</source>
        <translation>查看人才目标</translation>
    </message>
    <message>
        <source>read the due list</source>
        <translation>查看待评价名单</translation>
    </message>
    <message>
        <source>read certifications</source>
        <translation>查看认定记录</translation>
    </message>
    <message>
        <source>see full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>read pay and allowance runs</source>
        <translation>查看薪酬和津贴核算</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>edit the roster</source>
        <translation>编辑花名册</translation>
    </message>
    <message>
        <source>import the roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>propose certifications</source>
        <translation>提交认定申请</translation>
    </message>
    <message>
        <source>open assessment rounds</source>
        <translation>新建评价批次</translation>
    </message>
    <message>
        <source>record competitions</source>
        <translation>登记技能竞赛</translation>
    </message>
    <message>
        <source>print certificates</source>
        <translation>打印证书</translation>
    </message>
    <message>
        <source>approve, reject or revoke certifications</source>
        <translation>审批、驳回或撤销认定</translation>
    </message>
    <message>
        <source>approve allowance months</source>
        <translation>审批津贴月份</translation>
    </message>
    <message>
        <source>reopen allowance months</source>
        <translation>重新开放津贴月份</translation>
    </message>
    <message>
        <source>set allowance rates</source>
        <translation>设置津贴标准</translation>
    </message>
    <message>
        <source>import pay, salary bands, team-leader periods and mentorships</source>
        <translation>导入薪酬、薪酬带宽、班组长任期和师带徒协议</translation>
    </message>
    <message>
        <source>compute allowance months</source>
        <translation>核算津贴月份</translation>
    </message>
    <message>
        <source>export payroll files</source>
        <translation>导出工资文件</translation>
    </message>
    <message>
        <source>edit sites, workshops and occupations</source>
        <translation>编辑单位、车间和职业</translation>
    </message>
    <message>
        <source>edit salary bands</source>
        <translation>编辑薪酬等级带</translation>
    </message>
    <message>
        <source>record training</source>
        <translation>录入培训记录</translation>
    </message>
    <message>
        <source>record honours, studios and projects</source>
        <translation>登记荣誉、工作室和项目</translation>
    </message>
    <message>
        <source>issue the high-skilled staffing attestation</source>
        <translation>出具高技能人才配置状况证明</translation>
    </message>
    <message>
        <source>enter the wage bill</source>
        <translation>录入工资总额</translation>
    </message>
    <message>
        <source>read the education fund</source>
        <translation>查看职工教育经费</translation>
    </message>
</context>
<context>
    <name>skl::PolicyDialog</name>
    <message>
        <source>Certification policy and certificates</source>
        <translation>认定政策与证书</translation>
    </message>
    <message>
        <source>Certification policy</source>
        <translation>认定政策</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Changes hold from</source>
        <translation>变更自以下日期起执行</translation>
    </message>
    <message>
        <source>Regular promotion: minimum years at a grade</source>
        <translation>正常晋升：现等级最低年限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Approval and limits</source>
        <translation>审批与限制</translation>
    </message>
    <message>
        <source>Empty: anyone but the proposer</source>
        <translation>留空：提出人以外的任何人</translation>
    </message>
    <message>
        <source>Who may approve</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Direct certification up to</source>
        <translation>直接认定最高至</translation>
    </message>
    <message>
        <source>Exceptional promotion: rungs at most</source>
        <translation>破格晋升：最多晋升级数</translation>
    </message>
    <message>
        <source>Competition results: rungs of promotion</source>
        <translation>竞赛成绩：晋升级数</translation>
    </message>
    <message>
        <source>Category (Y employer, S social body)</source>
        <translation>证书类别（Y 用人单位，S 社会培训评价组织）</translation>
    </message>
    <message>
        <source>Evaluating body code (4 digits)</source>
        <translation>评价机构代码（4 位数字）</translation>
    </message>
    <message>
        <source>Evaluation site serial (6 digits)</source>
        <translation>评价站点序号（6 位数字）</translation>
    </message>
    <message>
        <source>Category of 特级技师 / 首席技师 (2 letters)</source>
        <translation>特级技师 / 首席技师证书类别（2 个字母）</translation>
    </message>
    <message>
        <source>Grade digit of 特级技师</source>
        <translation>特级技师的等级代码</translation>
    </message>
    <message>
        <source>Grade digit of 首席技师</source>
        <translation>首席技师的等级代码</translation>
    </message>
    <message>
        <source>Evaluating body as printed (empty: the company)</source>
        <translation>证书上印制的评价机构（留空：本公司）</translation>
    </message>
    <message>
        <source>Choose the seal image…</source>
        <translation>选择印章图片…</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>公章</translation>
    </message>
    <message>
        <source>A TrueType Chinese font such as WenQuanYi Zen Hei or SimSun keeps the PDF searchable.</source>
        <translation>使用文泉驿正黑或宋体等 TrueType 中文字体，可使 PDF 中的文字能被搜索。</translation>
    </message>
    <message>
        <source>Print font (this computer)</source>
        <translation>打印字体（本机）</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>无印章</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>执行日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image SkillLadder can read.</source>
        <translation>%1 不是技能人才管理系统能读取的图片。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Required: why the change must hold from a day before today</source>
        <translation>必填：为何此项变更须自今天之前的日期起生效</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>The changes would hold from %1, before today: say why in Reason, or choose today or a later day.</source>
        <translation>这些变更将自 %1 起生效，早于今天：请在“理由”中说明原因，或选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>评价考核</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>不设此条件</translation>
    </message>
    <message>
        <source>0–100, at most one decimal</source>
        <translation>0–100，最多一位小数</translation>
    </message>
    <message>
        <source>Pass mark of every part</source>
        <translation>各科目合格分数线</translation>
    </message>
    <message>
        <source>Comprehensive review from</source>
        <translation>综合评审适用于</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>A passed part counts in a retake for</source>
        <translation>合格科目成绩保留</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>Report to the provincial system within</source>
        <translation>上报省级系统期限</translation>
    </message>
    <message>
        <source> candidates</source>
        <translation> 名考生</translation>
    </message>
    <message>
        <source>One invigilator of the theory exam per</source>
        <translation>理论知识考试每名监考人员对应</translation>
    </message>
    <message>
        <source>One practical examiner per</source>
        <translation>操作技能每名考评员对应</translation>
    </message>
    <message>
        <source> examiners</source>
        <translation> 名考评员</translation>
    </message>
    <message>
        <source>A practical or review panel: an odd number of at least</source>
        <translation>操作技能、综合评审考评组：奇数且不少于</translation>
    </message>
    <message>
        <source>Keep the paper dossier</source>
        <translation>纸质档案保存</translation>
    </message>
    <message>
        <source>Keep the electronic dossier</source>
        <translation>电子档案保存</translation>
    </message>
    <message>
        <source>A technical school&apos;s graduates register up to (tech-school)</source>
        <translation>技工学校毕业生最高可报（tech-school）</translation>
    </message>
    <message>
        <source>A senior technical school&apos;s graduates register up to (senior-tech-school)</source>
        <translation>高级技工学校毕业生最高可报（senior-tech-school）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remind of training certificates expiring within</source>
        <translation>培训证书到期提醒（提前）</translation>
    </message>
    <message>
        <source>Education fund</source>
        <translation>教育经费</translation>
    </message>
    <message>
        <source>Talent pool: honours and medals from</source>
        <translation>人才库：荣誉和奖牌起点</translation>
    </message>
    <message>
        <source>A percentage, e.g. 8 or 2.5</source>
        <translation>百分数，例如 8 或 2.5</translation>
    </message>
    <message>
        <source>Deductible cap, percent of the wage bill</source>
        <translation>税前扣除比例（占工资总额的百分比）</translation>
    </message>
    <message>
        <source>A share such as 60%, 0.6 or 3/5</source>
        <translation>比例，例如 60%、0.6 或 3/5</translation>
    </message>
    <message>
        <source>Share of the fund due to frontline workers, at least</source>
        <translation>用于一线职工的经费比例不低于</translation>
    </message>
    <message>
        <source>A year&apos;s figures use the values in force on 31 December of that year.</source>
        <translation>某年度的数字使用该年 12 月 31 日有效的设置。</translation>
    </message>
</context>
<context>
    <name>skl::PolicyStore</name>
    <message>
        <source>The policy value %1 is not set.</source>
        <translation>政策参数 %1 未设定。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3.</source>
        <translation>%1：“%2”不是%3。</translation>
    </message>
    <message>
        <source>a share such as 1/3, 0.35 or 35%</source>
        <translation>形如 1/3、0.35 或 35% 的比例</translation>
    </message>
    <message>
        <source>a number of years from 0 to 30</source>
        <translation>0 至 30 之间的年数</translation>
    </message>
    <message>
        <source>a number of rungs from 0 to 7</source>
        <translation>0 至 7 之间的级数</translation>
    </message>
    <message>
        <source>a grade such as 高级工</source>
        <translation>形如“高级工”的技能等级</translation>
    </message>
    <message>
        <source>one capital letter</source>
        <translation>一个大写字母</translation>
    </message>
    <message>
        <source>two capital letters</source>
        <translation>两个大写字母</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the policy</source>
        <translation>读取政策参数</translation>
    </message>
    <message>
        <source>%1: the date from which the value holds is missing.</source>
        <translation>%1：缺少该值起执行的日期。</translation>
    </message>
    <message>
        <source>Changed the policy from %1: %2.</source>
        <translation>已修改自 %1 起执行的政策：%2。</translation>
    </message>
    <message>
        <source>Changing the policy</source>
        <translation>修改政策</translation>
    </message>
    <message>
        <source>Recording the policy defaults</source>
        <translation>写入政策默认值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy setting; &quot;policy show&quot; lists them (as in certify.min_years.2 or certify.competition.national.gold).</source>
        <translation>“%1”不是政策设置项；“policy show”可列出全部设置项（如 certify.min_years.2 或 certify.competition.national.gold）。</translation>
    </message>
    <message>
        <source>a whole number from 0 to 99</source>
        <translation>0 至 99 之间的整数</translation>
    </message>
    <message>
        <source>a title level from 1 (助理级) to 4 (正高级)</source>
        <translation>职称级别，从 1（助理级）到 4（正高级）</translation>
    </message>
    <message>
        <source>%1 would hold from %2, before today (%3). A change of the policy takes effect today or later, unless a written reason says why it must hold from an earlier day; give that reason, or choose today or a later day.</source>
        <translation>%1 将自 %2 起生效，早于今天（%3）。政策变更自今天或以后生效，除非以书面理由说明为何须自更早的日期起生效；请给出理由，或选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Changed the policy from %1: %2. Reason: %3</source>
        <translation>修改了自 %1 起的政策：%2。理由：%3</translation>
    </message>
    <message>
        <source>0 (no) or 1 (yes)</source>
        <translation>0（否）或 1（是）</translation>
    </message>
    <message>
        <source>a score from 0 to 100 with at most one decimal</source>
        <translation>0 至 100、最多一位小数的分数</translation>
    </message>
    <message>
        <source>a number of months from 0 to 120</source>
        <translation>0 至 120 的月数</translation>
    </message>
    <message>
        <source>a grade such as 中级工, or 0 for none</source>
        <translation>如“中级工”的技能等级，或 0 表示不设</translation>
    </message>
    <message>
        <source>a number of days from 0 to 366</source>
        <translation>0 至 366 之间的天数</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100 with at most two decimals, such as 8 or 2.5</source>
        <translation>0 到 100 之间、最多两位小数的百分数，例如 8 或 2.5</translation>
    </message>
    <message>
        <source>a level such as provincial, 省级 or 市级</source>
        <translation>级别，如 provincial、省级或市级</translation>
    </message>
</context>
<context>
    <name>skl::ProductInfo</name>
    <message>
        <source>Proprietary software, all rights reserved. Copyright © %1 %2.</source>
        <extracomment>The licence line of the About box: 专有软件，版权所有 (proprietary, all rights reserved).</extracomment>
        <translation>专有软件，版权所有。© %1 %2</translation>
    </message>
</context>
<context>
    <name>skl::ProjectStore</name>
    <message>
        <source>Reading the projects</source>
        <translation>读取项目</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>读取项目</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>Recording the member</source>
        <translation>登记成员</translation>
    </message>
    <message>
        <source>Recording the project&apos;s status</source>
        <translation>登记项目状态</translation>
    </message>
    <message>
        <source>The project needs its title.</source>
        <translation>请填写项目题目。</translation>
    </message>
    <message>
        <source>The project needs its start day.</source>
        <translation>请填写项目开始日期。</translation>
    </message>
    <message>
        <source>A project starting on %1 can only be open (published) until then.</source>
        <translation>项目 %1 才开始，在此之前只能是“待揭榜”状态。</translation>
    </message>
    <message>
        <source>A new project is open or in progress; finish it with an update.</source>
        <translation>新项目只能是待揭榜或进行中；完成或终止请通过更新状态登记。</translation>
    </message>
    <message>
        <source>%1 (%2) is named twice; the lead and each member once.</source>
        <translation>%1（%2）重复填写；负责人和每名成员只能填写一次。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the project %1 (%2), led by %3 (%4), with %n member(s).</source>
        <translation>
            <numerusform>登记了项目 %1（%2），负责人 %3（%4），成员 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the project</source>
        <translation>登记项目</translation>
    </message>
    <message>
        <source>The project %1 is %2; nobody joins it any more.</source>
        <translation>项目 %1 %2，不能再加入成员。</translation>
    </message>
    <message>
        <source>%1 (%2) leads the project %3.</source>
        <translation>%1（%2）是项目 %3 的负责人。</translation>
    </message>
    <message>
        <source>Reading the project&apos;s members</source>
        <translation>读取项目成员</translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of %3.</source>
        <translation>%1（%2）已是 %3 的成员。</translation>
    </message>
    <message>
        <source>%1 (%2) joined the project %3.</source>
        <translation>%1（%2）加入了项目 %3。</translation>
    </message>
    <message>
        <source>Say why the member is withdrawn.</source>
        <translation>请填写撤出成员的原因。</translation>
    </message>
    <message>
        <source>Reading the member</source>
        <translation>读取成员</translation>
    </message>
    <message>
        <source>There is no project membership %1.</source>
        <translation>没有编号为 %1 的项目成员记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is already withdrawn from %2.</source>
        <translation>%1 已从 %2 撤出。</translation>
    </message>
    <message>
        <source>Withdrew %1 from the project %2: %3.</source>
        <translation>将 %1 从项目 %2 撤出：%3。</translation>
    </message>
    <message>
        <source>Withdrawing the member</source>
        <translation>撤出成员</translation>
    </message>
    <message>
        <source>The day of the update is missing.</source>
        <translation>请填写状态变更日期。</translation>
    </message>
    <message>
        <source>The update&apos;s day %1 lies in the future.</source>
        <translation>状态变更日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The project %1 started on %2 and was last updated on %3; an update is not dated before.</source>
        <translation>项目 %1 于 %2 开始、%3 最近一次更新；新的状态不能早于这些日期。</translation>
    </message>
    <message>
        <source>The project %1 is %2 and cannot change its status.</source>
        <translation>项目 %1 %2，不能再改变状态。</translation>
    </message>
    <message>
        <source>The project %1 is under way; it cannot be open again.</source>
        <translation>项目 %1 已经开始，不能改回待揭榜。</translation>
    </message>
    <message>
        <source>The project %1 is %2 from %3.</source>
        <translation>项目 %1 自 %3 起%2。</translation>
    </message>
    <message>
        <source>Reading the project&apos;s history</source>
        <translation>读取项目状态记录</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该职工</translation>
    </message>
</context>
<context>
    <name>skl::ProjectsTab</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Grade or title at the start</source>
        <translation>立项时等级或职称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Withdraw the member…</source>
        <translation>撤出成员…</translation>
    </message>
    <message>
        <source>Update the status…</source>
        <translation>更新状态…</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目攻关</translation>
    </message>
    <message>
        <source>Choose a project to see its members and its history.</source>
        <translation>选中一个项目，查看其成员和状态记录。</translation>
    </message>
    <message>
        <source>%1 — %2, started %3, %4.</source>
        <translation>%1 —— %2，%3 开始，%4。</translation>
    </message>
    <message>
        <source>(another workshop)</source>
        <translation>（其他车间）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Withdraw the member</source>
        <translation>撤出成员</translation>
    </message>
    <message>
        <source>Update the status</source>
        <translation>更新状态</translation>
    </message>
    <message>
        <source>Employee numbers, separated by commas</source>
        <translation>成员工号，用逗号分隔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Why is %1 withdrawn from the project? The record stays.</source>
        <translation>为什么将 %1 撤出项目？记录保留。</translation>
    </message>
    <message>
        <source>What came of it: a finished project with an outcome can ground an exceptional promotion (破格晋升).</source>
        <translation>取得的成果：已完成并填写成果的项目，可作为破格晋升的依据。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>skl::ProposalDialog</name>
    <message>
        <source>New certification</source>
        <translation>新建认定申请</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Document number or written justification (required for exceptional promotion and outstanding frontline workers)</source>
        <translation>文件编号或书面理由（破格晋升和优秀一线职工必填）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Only for a certificate issued by an outside body</source>
        <translation>仅用于外部机构核发的证书</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
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
        <source>Way</source>
        <translation>认定方式</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>破格依据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>Certification date</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>评价批次</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（%2 起）</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>依据记录</translation>
    </message>
    <message>
        <source>For the ground award, the worker&apos;s honours at provincial level or above; for technical-problem, the finished projects they led or worked in. The evidence, left empty, is filled from it.</source>
        <translation>依据为获奖时，列出该职工本人的省部级及以上荣誉；依据为解决技术难题时，列出其负责或参加的已完成项目。依据材料留空时自动填入所选记录。</translation>
    </message>
    <message>
        <source>(nothing linked)</source>
        <translation>（不关联）</translation>
    </message>
</context>
<context>
    <name>skl::RateDialog</name>
    <message>
        <source>Set a rate</source>
        <translation>设置津贴标准</translation>
    </message>
    <message>
        <source>yuan a month, e.g. 300.00</source>
        <translation>每月金额（元），如 300.00</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals.</source>
        <translation>“%1”不是最多两位小数的元金额。</translation>
    </message>
</context>
<context>
    <name>skl::RatioBars</name>
    <message>
        <source>target met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>target not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>the unit&apos;s own target (35% in eastern provinces)</source>
        <translation>本单位目标（东部地区 35%）</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionCommands</name>
    <message>
        <source>(another workshop)</source>
        <translation>（其他车间）</translation>
    </message>
    <message>
        <source>honours needs import, list, add or withdraw.</source>
        <translation>honours 后需跟 import、list、add 或 withdraw。</translation>
    </message>
    <message>
        <source>Unknown honours command &quot;%1&quot;.</source>
        <translation>未知的 honours 命令“%1”。</translation>
    </message>
    <message>
        <source>honours import FILE.csv|FILE.xlsx imports honours (employee_no, honour, level, date, body).</source>
        <translation>honours import FILE.csv|FILE.xlsx 导入荣誉（工号、荣誉、级别、授予日期、授予单位）。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no honour was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题；未导入任何荣誉。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n honour(s).</source>
        <translation>
            <numerusform>导入了 %n 条荣誉。</numerusform>
        </translation>
    </message>
    <message>
        <source>--level: &quot;%1&quot; is not a level (national, provincial, municipal, industry, enterprise).</source>
        <translation>--level：“%1”不是可识别的级别（national、provincial、municipal、industry、enterprise）。</translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year.</source>
        <translation>--year：“%1”不是年份。</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>honours add needs --employee NO, --honour NAME, --level L (国家级, 省级, 市级, 行业, 企业) and --date YYYY-MM-DD.</source>
        <translation>honours add 需要 --employee 工号、--honour 名称、--level 级别（国家级、省级、市级、行业、企业）和 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Recorded honour %1.</source>
        <translation>已登记荣誉 %1。</translation>
    </message>
    <message>
        <source>honours withdraw ID --reason R</source>
        <translation>honours withdraw 编号 --reason 原因</translation>
    </message>
    <message>
        <source>Withdrew honour %1; its record is kept.</source>
        <translation>已撤销荣誉 %1，记录保留。</translation>
    </message>
    <message>
        <source>studio needs add, list, show, member, leave, result or withdraw-result.</source>
        <translation>studio 后需跟 add、list、show、member、leave、result 或 withdraw-result。</translation>
    </message>
    <message>
        <source>Unknown studio command &quot;%1&quot;.</source>
        <translation>未知的 studio 命令“%1”。</translation>
    </message>
    <message>
        <source>studio add NAME --kind master|innovation --level L --leader NO --founded YYYY-MM-DD [--occupation OCC]</source>
        <translation>studio add 名称 --kind master|innovation --level 级别 --leader 工号 --founded YYYY-MM-DD [--occupation 职业]</translation>
    </message>
    <message>
        <source>Recorded studio %1: %2.</source>
        <translation>已登记工作室 %1：%2。</translation>
    </message>
    <message>
        <source>studio show ID [--json]</source>
        <translation>studio show 编号 [--json]</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>studio member ID --employee NO [--joined YYYY-MM-DD]</source>
        <translation>studio member 编号 --employee 工号 [--joined YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>%1 joined studio %2 (membership %3).</source>
        <translation>%1 加入了工作室 %2（成员记录 %3）。</translation>
    </message>
    <message>
        <source>studio leave MEMBERSHIP [--on YYYY-MM-DD]</source>
        <translation>studio leave 成员记录编号 [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Membership %1 ends on %2.</source>
        <translation>成员记录 %1 于 %2 退出。</translation>
    </message>
    <message>
        <source>studio result ID --kind patent|process|apprentices|other --title T [--quantity N] --on YYYY-MM-DD</source>
        <translation>studio result 编号 --kind patent|process|apprentices|other --title 成果 [--quantity 数量] --on YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Recorded result %1 of studio %2.</source>
        <translation>已登记工作室 %2 的成果 %1。</translation>
    </message>
    <message>
        <source>studio withdraw-result RESULT --reason R</source>
        <translation>studio withdraw-result 成果编号 --reason 原因</translation>
    </message>
    <message>
        <source>Withdrew result %1; its record is kept.</source>
        <translation>已撤销成果 %1，记录保留。</translation>
    </message>
    <message>
        <source>project needs add, list, show, member, withdraw-member or update.</source>
        <translation>project 后需跟 add、list、show、member、withdraw-member 或 update。</translation>
    </message>
    <message>
        <source>Unknown project command &quot;%1&quot;.</source>
        <translation>未知的 project 命令“%1”。</translation>
    </message>
    <message>
        <source>project add TITLE --kind challenge|team --lead NO --start YYYY-MM-DD [--members NO,NO…] [--status open|in_progress]</source>
        <translation>project add 题目 --kind challenge|team --lead 工号 --start YYYY-MM-DD [--members 工号,工号…] [--status open|in_progress]</translation>
    </message>
    <message>
        <source>Recorded project %1: %2.</source>
        <translation>已登记项目 %1：%2。</translation>
    </message>
    <message>
        <source>project show ID [--json]</source>
        <translation>project show 编号 [--json]</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>project member ID --employee NO</source>
        <translation>project member 编号 --employee 工号</translation>
    </message>
    <message>
        <source>%1 joined project %2 (membership %3).</source>
        <translation>%1 加入了项目 %2（成员记录 %3）。</translation>
    </message>
    <message>
        <source>project withdraw-member MEMBERSHIP --reason R</source>
        <translation>project withdraw-member 成员记录编号 --reason 原因</translation>
    </message>
    <message>
        <source>Withdrew membership %1; its record is kept.</source>
        <translation>已撤出成员记录 %1，记录保留。</translation>
    </message>
    <message>
        <source>project update ID --status open|in_progress|finished|abandoned [--outcome TEXT] [--on YYYY-MM-DD]</source>
        <translation>project update 编号 --status open|in_progress|finished|abandoned [--outcome 成果] [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Project %1 is %2 from %3.</source>
        <translation>项目 %1 自 %3 起%2。</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionGrounds</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>Project %1, finished %2: %3</source>
        <translation>项目“%1”，%2 完成：%3</translation>
    </message>
    <message>
        <source>Reading the honour</source>
        <translation>读取荣誉</translation>
    </message>
    <message>
        <source>There is no honour %1.</source>
        <translation>没有编号为 %1 的荣誉。</translation>
    </message>
    <message>
        <source>Honour %1 (%2) belongs to another worker; a proposal rests on the worker&apos;s own.</source>
        <translation>荣誉 %1（%2）属于其他职工；只能以本人的荣誉为依据。</translation>
    </message>
    <message>
        <source>Honour %1 (%2) is at %3 level; an exceptional promotion rests on an honour at provincial (省部级) level or above.</source>
        <translation>荣誉 %1（%2）为%3；破格晋升须以省部级及以上荣誉为依据。</translation>
    </message>
    <message>
        <source>Honour %1 (%2) is withdrawn.</source>
        <translation>荣誉 %1（%2）已撤销。</translation>
    </message>
    <message>
        <source>Honour %1 (%2) was awarded on %3, after the certification date %4.</source>
        <translation>荣誉 %1（%2）授予于 %3，晚于认定日期 %4。</translation>
    </message>
    <message>
        <source>Reading the project</source>
        <translation>读取项目</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>没有编号为 %1 的项目。</translation>
    </message>
    <message>
        <source>The worker neither leads project %1 (%2) nor is a member of it.</source>
        <translation>该职工既不是项目 %1（%2）的负责人，也不是其成员。</translation>
    </message>
    <message>
        <source>Project %1 (%2) is %3; only a finished project grounds a promotion.</source>
        <translation>项目 %1（%2）%3；只有已完成的项目才能作为晋升依据。</translation>
    </message>
    <message>
        <source>Project %1 (%2) is finished without an outcome; record what came of it first.</source>
        <translation>项目 %1（%2）已完成但未填写成果；请先登记成果。</translation>
    </message>
    <message>
        <source>Project %1 (%2) was finished on %3, after the certification date %4.</source>
        <translation>项目 %1（%2）于 %3 完成，晚于认定日期 %4。</translation>
    </message>
    <message>
        <source>A proposal rests on an honour or on a project, not on both.</source>
        <translation>一项申请只能以一项荣誉或一个项目为依据，不能两者兼有。</translation>
    </message>
    <message>
        <source>Only an exceptional promotion (破格晋升) rests on an honour or a project.</source>
        <translation>只有破格晋升才以荣誉或项目为依据。</translation>
    </message>
    <message>
        <source>An honour is the ground award; the proposal names another ground.</source>
        <translation>荣誉只能作为“获奖”依据；该申请选择了其他依据。</translation>
    </message>
    <message>
        <source>A project is the ground technical-problem; the proposal names another ground.</source>
        <translation>项目只能作为“解决技术难题”依据；该申请选择了其他依据。</translation>
    </message>
    <message>
        <source>Reading the honours</source>
        <translation>读取荣誉</translation>
    </message>
    <message>
        <source>Reading the projects</source>
        <translation>读取项目</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionNames</name>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Skill-master studio</source>
        <translation>技能大师工作室</translation>
    </message>
    <message>
        <source>Model-worker and craftsman innovation studio</source>
        <translation>劳模和工匠人才创新工作室</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <source>Process improvement</source>
        <translation>工艺改进</translation>
    </message>
    <message>
        <source>Apprentices trained</source>
        <translation>培养徒弟</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>其他成果</translation>
    </message>
    <message>
        <source>Open challenge project</source>
        <translation>揭榜领题</translation>
    </message>
    <message>
        <source>Technician and engineer team</source>
        <translation>技师+工程师团队</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待揭榜</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionPanel</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Record an honour…</source>
        <translation>登记荣誉…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Withdraw the selected honour, with the reason; its record is kept.</source>
        <translation>撤销选中的荣誉并填写原因；记录保留。</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Skill-master and innovation studios</source>
        <translation>技能大师工作室与创新工作室</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目攻关</translation>
    </message>
    <message>
        <source>Withdraw an honour</source>
        <translation>撤销荣誉</translation>
    </message>
    <message>
        <source>Why is %1 withdrawn? The record stays, marked withdrawn.</source>
        <translation>为什么撤销“%1”？记录保留，并标明已撤销。</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领办人</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Recording honours needs the role %1.</source>
        <translation>登记荣誉需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionText</name>
    <message>
        <source>(another workshop)</source>
        <translation>（其他车间）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>skl::RecognitionView</name>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Skill-master studios</source>
        <translation>技能大师工作室</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目攻关</translation>
    </message>
</context>
<context>
    <name>skl::ReportCommands</name>
    <message>
        <source>report needs --out FILE.pdf: where to write the report.</source>
        <translation>report 需要 --out FILE.pdf：报告写入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>The report on %1 as of %2 (%n page(s)) is written to %3.</source>
        <translation>
            <numerusform>%1 截至 %2 的报告（共 %n 页）已写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>roster needs what to do: roster print --out FILE.pdf.</source>
        <translation>roster 需要指明操作：roster print --out 文件.pdf。</translation>
    </message>
    <message>
        <source>roster print needs --out FILE.pdf: where to write it.</source>
        <translation>roster print 需要 --out 文件.pdf：指明写到哪里。</translation>
    </message>
    <message>
        <source>--in-service and --left exclude each other.</source>
        <translation>--in-service 与 --left 不能同时使用。</translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not a column to sort by; use employee-no, name, grade, grade-date or hire-date.</source>
        <translation>--sort：“%1”不是可排序的列；请用 employee-no、name、grade、grade-date 或 hire-date。</translation>
    </message>
    <message>
        <source>--grade: &quot;%1&quot; is not a grade; write 高级工, 三级 or none.</source>
        <translation>--grade：“%1”不是技能等级；请写 高级工、三级 或 none。</translation>
    </message>
    <message>
        <source>--frontline takes yes or no.</source>
        <translation>--frontline 的取值为 yes 或 no。</translation>
    </message>
    <message>
        <source>%1: no single unit is named &quot;%2&quot;; write its name as the roster lists it (a workshop&apos;s site with --site).</source>
        <translation>%1：没有唯一名为“%2”的单位；请按花名册所列的名称填写（车间重名时用 --site 指明所属单位）。</translation>
    </message>
    <message numerus="yes">
        <source>The roster (%n page(s)) is written to %1.</source>
        <translation>
            <numerusform>花名册（共 %n 页）已写入 %1。</numerusform>
        </translation>
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
    <name>skl::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>人事专员</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Payroll officer</source>
        <translation>薪酬专员</translation>
    </message>
    <message>
        <source>Workshop head</source>
        <translation>车间主任</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role. The roles are: %2.</source>
        <translation>“%1”不是角色。角色有：%2。</translation>
    </message>
    <message>
        <source>Name at least one role.</source>
        <translation>请至少指定一个角色。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role titles</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>skl::RosterActions</name>
    <message>
        <source>Open &amp;profile</source>
        <translation>打开职工档案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add a worker…</source>
        <translation>新增职工(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a &amp;leaving…</source>
        <translation>办理离职(&amp;L)…</translation>
    </message>
    <message>
        <source>Change &amp;workshop or occupation…</source>
        <translation>调整车间或职业(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Delete worker entered by mistake…</source>
        <translation>删除误录职工(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a worker</source>
        <translation>新增职工</translation>
    </message>
    <message>
        <source>Record a leaving</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>Change workshop or occupation</source>
        <translation>调整车间或职业（工种）</translation>
    </message>
    <message>
        <source>Delete a worker</source>
        <translation>删除职工</translation>
    </message>
    <message>
        <source>Open a company database first.</source>
        <translation>请先打开企业数据库。</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>The database is open read-only: %1</source>
        <translation>数据库以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Choose one worker in the roster.</source>
        <translation>请在花名册中选中一名职工。</translation>
    </message>
    <message>
        <source>%1 has already left on %2.</source>
        <translation>%1 已于 %2 离职。</translation>
    </message>
    <message>
        <source>Choose the workers in the roster (Ctrl or Shift and click for several).</source>
        <translation>请在花名册中选中职工（按住 Ctrl 或 Shift 点击可多选）。</translation>
    </message>
    <message>
        <source>Delete employee %1 %2 (%3, hired on %4)?</source>
        <translation>删除职工 %1 %2（%3，%4 入职）？</translation>
    </message>
    <message>
        <source>Only for a worker entered by mistake: the worker disappears from the roster, and the audit trail keeps what was deleted and by whom. A worker who leaves is recorded with &quot;Record a leaving&quot;.</source>
        <translation>仅用于误录的职工：该职工将从花名册中消失，审计日志保留所删除的内容及操作人。职工离职请用“办理离职”。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
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
    <message>
        <source>Reason for leaving</source>
        <translation>离职原因</translation>
    </message>
</context>
<context>
    <name>skl::RosterCommands</name>
    <message>
        <source>&quot;%1&quot; is not a province; write it as 山东, 山东省 or Shandong.</source>
        <translation>“%1”不是省份；请写作 山东、山东省 或 Shandong。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs what to %1: %1 workers FILE.</source>
        <translation>“%1”需要指明对象：%1 workers 文件。</translation>
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
        <source>--encoding is for CSV files; an .xlsx workbook needs none.</source>
        <translation>--encoding 只用于 CSV 文件；.xlsx 工作簿不需要。</translation>
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
        <source>restore needs exactly one backup file.</source>
        <translation>restore 需要且只需要一个备份文件。</translation>
    </message>
    <message>
        <source>no company yet</source>
        <translation>尚无企业</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3, written %4).</source>
        <translation>已从 %2 恢复 %1（%3，写于 %4）。</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3, written %4); the replaced database was kept as %5.</source>
        <translation>已从 %2 恢复 %1（%3，写于 %4）；被替换的数据库保留为 %5。</translation>
    </message>
    <message>
        <source>init needs --company NAME, --province PROVINCE and --admin NAME.</source>
        <translation>init 需要 --company 公司名、--province 省份 和 --admin 登录名。</translation>
    </message>
    <message>
        <source>Created the company %1 (%2) in %3; its administrator is %4.</source>
        <translation>已在 %3 中创建公司 %1（%2）；系统管理员为 %4。</translation>
    </message>
    <message>
        <source>demo needs --admin NAME: the demo company&apos;s administrator.</source>
        <translation>demo 需要 --admin 登录名：演示公司的系统管理员。</translation>
    </message>
    <message>
        <source>Its administrator is %1. Sample officers, password %2: %3.</source>
        <translation>系统管理员为 %1。示例人员（密码均为 %2）：%3。</translation>
    </message>
    <message>
        <source>adopt needs --admin NAME: the first administrator.</source>
        <translation>adopt 需要 --admin 登录名：第一位系统管理员。</translation>
    </message>
    <message>
        <source>This company already has officers; an administrator adds new ones.</source>
        <translation>该公司已有人员账户；新人员由系统管理员添加。</translation>
    </message>
    <message>
        <source>%1 is now the administrator of this company, holding every role.</source>
        <translation>%1 现为该公司的系统管理员，拥有全部角色。</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) of existing workers proposed for certification, awaiting an approver.</source>
        <translation>
            <numerusform>已为 %n 个现有职工的等级提出认定申请，等待审批人审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>--user NAME is required: the officer who acts.</source>
        <translation>需要 --user 登录名：执行操作的人员。</translation>
    </message>
    <message>
        <source>Password for %1 in the backup: </source>
        <translation>%1 在备份中的密码：</translation>
    </message>
    <message>
        <source>No password: set SKL_PASSWORD, or run the command at a terminal to be asked.</source>
        <translation>没有密码：请设置 SKL_PASSWORD，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <source>init --from FILE needs --admin NAME: an administrator of the file, who becomes the server&apos;s first.</source>
        <translation>init --from FILE 需要 --admin NAME：该文件中的一位系统管理员，将成为服务器上的第一位系统管理员。</translation>
    </message>
    <message>
        <source>init --from moves a company file onto a server: --db must be postgresql://SERVER[:PORT]/DATABASE.</source>
        <translation>init --from 把公司文件迁移到服务器：--db 必须是 postgresql://服务器[:端口]/数据库。</translation>
    </message>
    <message>
        <source>%1 is not an administrator of %2: name one of the file&apos;s administrators with --admin.</source>
        <translation>%1 不是 %2 的系统管理员：请用 --admin 指定该文件中的一位系统管理员。</translation>
    </message>
    <message>
        <source>Moved %1 onto %2: %3 tables, %4 rows, %5 workers; the audit trail&apos;s %6 events verified, last seal %7. %8 logs in with the new password; every other officer needs one from an administrator (user passwd).</source>
        <translation>已将 %1 迁移到 %2：%3 张表，%4 行，%5 名职工；审计记录 %6 条事件已校验，最后封印 %7。%8 用新密码登录；其他人员需由系统管理员设置密码（user passwd）后才能登录。</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; use one of: %2.</source>
        <translation>未知的模板“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>An import template is an Excel workbook: name it .xlsx.</source>
        <translation>导入模板是 Excel 工作簿：请以 .xlsx 为扩展名。</translation>
    </message>
    <message>
        <source>Wrote the import template %1.</source>
        <translation>已写出导入模板 %1。</translation>
    </message>
    <message>
        <source>template needs a kind (workers, rates, roles, mentorships, paybands, pay or wages) and an output .xlsx file.</source>
        <translation>template 需要模板类型（workers、rates、roles、mentorships、paybands、pay 或 wages）和一个输出的 .xlsx 文件。</translation>
    </message>
</context>
<context>
    <name>skl::RosterExport</name>
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
    <message>
        <source>Refused to export the roster to %1: %2</source>
        <translation>拒绝将花名册导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n worker(s) to %1 with full ID numbers.</source>
        <translation>
            <numerusform>已将 %n 名职工导出到 %1（完整身份证号）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n worker(s) to %1 with masked ID numbers.</source>
        <translation>
            <numerusform>已将 %n 名职工导出到 %1（遮盖的身份证号）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the refused export</source>
        <translation>记录被拒绝的导出</translation>
    </message>
    <message>
        <source>Recording the export</source>
        <translation>记录导出</translation>
    </message>
</context>
<context>
    <name>skl::RosterExportStore</name>
    <message>
        <source>Exporting the roster</source>
        <translation>导出花名册</translation>
    </message>
</context>
<context>
    <name>skl::RosterImport</name>
    <message>
        <source>the file is empty.</source>
        <translation>文件是空的。</translation>
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
    <message numerus="yes">
        <source>Imported %1: %2 created, %3 updated, %4 unchanged, %5 rejected; %n grade(s) proposed for certification.</source>
        <translation>
            <numerusform>已导入 %1：新建 %2，更新 %3，未变 %4，拒收 %5；%n 个等级已提出认定申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>skl::RosterLoadStore</name>
    <message>
        <source>Reading the roster</source>
        <translation>读取花名册</translation>
    </message>
</context>
<context>
    <name>skl::RosterPrintout</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was printed.</source>
        <translation>已取消打印，未打印任何内容。</translation>
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
        <translation>离职日期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>grade date</source>
        <translation>等级取得日期</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>workshop %1</source>
        <translation>车间：%1</translation>
    </message>
    <message>
        <source>occupation %1</source>
        <translation>职业（工种）：%1</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation>尚无等级</translation>
    </message>
    <message>
        <source>front-line workers</source>
        <translation>一线职工</translation>
    </message>
    <message>
        <source>not front-line</source>
        <translation>非一线职工</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>All workers, no filter</source>
        <translation>全部职工，未筛选</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No column is shown in the roster; show at least one to print it.</source>
        <translation>花名册未显示任何列；请至少显示一列再打印。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · sorted by %2, ascending · %n worker(s)</source>
        <translation>
            <numerusform>%1 · 按%2升序 · 共 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · sorted by %2, descending · %n worker(s)</source>
        <translation>
            <numerusform>%1 · 按%2降序 · 共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — roster</source>
        <translation>%1 — 花名册</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>%1 · roster printed by %2 on %3 · SkillLadder</source>
        <translation>%1 · 花名册，%2 于 %3 打印 · SkillLadder</translation>
    </message>
    <message>
        <source>The roster changed while it was printed; print again.</source>
        <translation>打印期间花名册发生了变化，请重新打印。</translation>
    </message>
    <message>
        <source>No worker matches the filter.</source>
        <translation>没有符合筛选条件的职工。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>the roster, printed</source>
        <translation>打印的花名册</translation>
    </message>
    <message>
        <source>The printer or file could not finish the printout.</source>
        <translation>打印机或文件未能完成打印。</translation>
    </message>
    <message>
        <source>Roster as of %1</source>
        <translation>花名册（截至 %1）</translation>
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
    <name>skl::RosterStore</name>
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
    <message>
        <source>Updating the team-leader periods</source>
        <translation>更新班组长任职期间</translation>
    </message>
    <message>
        <source>Roster import (audit event %1), line %2</source>
        <translation>花名册导入（审计事件 %1），第 %2 行</translation>
    </message>
    <message>
        <source>Line %1: employee %2 has no occupation, so the grade %3 cannot be proposed for certification. Give the occupation in the file and import it again.</source>
        <translation>第 %1 行：工号 %2 没有职业（工种），无法为等级 %3 提出认定申请。请在文件中填写职业（工种）后重新导入。</translation>
    </message>
    <message>
        <source>Line %1: the grade %2 of employee %3 cannot be proposed for certification: %4 Correct the file and import it again.</source>
        <translation>第 %1 行：无法为工号 %3 的等级 %2 提出认定申请：%4 请更正文件后重新导入。</translation>
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
    <message>
        <source>Yes when a team-leader period covers today: those periods pay the team-leader allowance. A roster import with 班组长 = 是 opens one from the import&apos;s day, 否 closes it the day before.</source>
        <translation>今天在班组长任职期间内时显示“是”：班组长津贴按这些任职期间发放。花名册导入中班组长为“是”时，自导入当日起开始任职期间，为“否”时于前一日结束。</translation>
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
    <message>
        <source>The roster is empty</source>
        <translation>花名册还是空的</translation>
    </message>
    <message>
        <source>Bring the workers in from the company&apos;s Excel roster (花名册), add a new hire by hand, or try SkillLadder on the demo company&apos;s 20,000 made-up workers.</source>
        <translation>可从企业的 Excel 花名册导入职工，手工新增新入职职工，或用示例企业的 20,000 名虚构职工试用 SkillLadder。</translation>
    </message>
    <message>
        <source>Import the roster from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入花名册…</translation>
    </message>
    <message>
        <source>Open the demo company</source>
        <translation>打开示例企业</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>skl::RosterViewExport</name>
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
        <source>No column is shown in the roster; show at least one to export it.</source>
        <translation>花名册没有显示任何列；请至少显示一列再导出。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入文件。</translation>
    </message>
    <message>
        <source>the roster as shown</source>
        <translation>按当前显示的花名册</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>职工 %1</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
</context>
<context>
    <name>skl::RoundCandidatesTab</name>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Grade held</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>报名条件</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>报名人</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Add from the due list…</source>
        <translation>从待评价名单添加…</translation>
    </message>
    <message>
        <source>Add by employee No.…</source>
        <translation>按工号添加…</translation>
    </message>
    <message>
        <source>Import a registration form…</source>
        <translation>导入报名表…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回报名…</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>years at the grade held</source>
        <translation>现等级年限</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) registered.</source>
        <translation>
            <numerusform>已报名 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register candidates</source>
        <translation>考生报名</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) refused; nobody was registered.</source>
        <translation>
            <numerusform>%n 人的报名被拒绝，本次未报名任何人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) registered now; %1 in the round.</source>
        <translation>
            <numerusform>本次报名 %n 人，本批次共 %1 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a candidate</source>
        <translation>考生报名</translation>
    </message>
    <message>
        <source>Import a registration form</source>
        <translation>导入报名表</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nobody was registered.</source>
        <translation>
            <numerusform>文件中有 %n 处问题，未报名任何人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw a registration</source>
        <translation>撤回报名</translation>
    </message>
    <message>
        <source>Why is %1 %2 withdrawn from the round?</source>
        <translation>撤回 %1 %2 的报名，原因是什么？</translation>
    </message>
</context>
<context>
    <name>skl::RoundCommands</name>
    <message>
        <source>Unknown round command &quot;%1&quot;.</source>
        <translation>未知的 round 命令“%1”。</translation>
    </message>
    <message>
        <source>round %1 needs one round number.</source>
        <translation>round %1 需要一个批次编号。</translation>
    </message>
    <message>
        <source>round add NAME [--occupation OCC --grade G --assessment-end YYYY-MM-DD] opens an assessment round.</source>
        <translation>round add NAME [--occupation OCC --grade G --assessment-end YYYY-MM-DD] 开设评价批次。</translation>
    </message>
    <message>
        <source>An assessment round needs --occupation, --grade and --assessment-end together.</source>
        <translation>评价批次需要同时给出 --occupation、--grade 和 --assessment-end。</translation>
    </message>
    <message>
        <source>--grade: &quot;%1&quot; is not a grade (高级工, 三级, Senior Worker …).</source>
        <translation>--grade：“%1”不是技能等级（高级工、三级、Senior Worker …）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>%1：“%2”不是日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Opened assessment round %1: %2.</source>
        <translation>已开设评价批次 %1：%2。</translation>
    </message>
    <message>
        <source>Opened assessment round %1: %2, %3 %4, assessed on %5; results are due at the provincial system by %6.</source>
        <translation>已开设评价批次 %1：%2，%3%4，考核日期 %5；结果须于 %6 前上报省级系统。</translation>
    </message>
    <message>
        <source>Registered %1 in round %2 (candidate %3).</source>
        <translation>已为 %1 报名第 %2 批次（考生 %3）。</translation>
    </message>
    <message>
        <source>round examiner needs --employee NO and --part theory, practical or review.</source>
        <translation>round examiner 需要 --employee 工号和 --part theory、practical 或 review。</translation>
    </message>
    <message>
        <source>Added %1 as an invigilator of the theory exam of round %2.</source>
        <translation>已将 %1 登记为第 %2 批次理论知识考试的监考人员。</translation>
    </message>
    <message>
        <source>Added %1 to the %2 panel of round %3.</source>
        <translation>已将 %1 加入第 %3 批次的%2考评组。</translation>
    </message>
    <message>
        <source>round scores ID FILE.csv records a round&apos;s scores.</source>
        <translation>round scores ID FILE.csv 录入一个批次的成绩。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no score was recorded.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题；未录入任何成绩。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n score(s) in round %1.</source>
        <translation>
            <numerusform>已在第 %1 批次录入 %n 项成绩。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) passed every part and were proposed for approval.</source>
        <translation>
            <numerusform>%n 名考生各项均合格，已申报认定、等待审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: %2, %3 %4; stage %5; results due by %6.</source>
        <translation>第 %1 批次：%2，%3%4；阶段：%5；结果须于 %6 前上报。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>not passed: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <source>The results of round %1 are posted from %2 until %3; approvals may begin after that.</source>
        <translation>第 %1 批次的结果自 %2 公示至 %3；此后方可审批。</translation>
    </message>
    <message>
        <source>round override-notice needs --reason.</source>
        <translation>round override-notice 需要 --reason。</translation>
    </message>
    <message>
        <source>The certifications of round %1 may be decided before its notice period ends.</source>
        <translation>第 %1 批次的认定申请可在公示期结束前审批。</translation>
    </message>
    <message>
        <source>Recorded the report of round %1 on %2.</source>
        <translation>已记录第 %1 批次于 %2 上报。</translation>
    </message>
    <message>
        <source>round register needs --employee NO or --file FILE.csv.</source>
        <translation>round register 需要 --employee 工号或 --file FILE.csv。</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n candidate(s) in round %1.</source>
        <translation>
            <numerusform>已在第 %1 批次登记 %n 名考生。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nobody was registered.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题；未登记任何考生。</numerusform>
        </translation>
    </message>
    <message>
        <source>round needs add, list, register, withdraw, examiner, remove-examiner, scores, results, post-notice, override-notice, report, notice, dossier, attach or documents.</source>
        <translation>round 后须跟 add、list、register、withdraw、examiner、remove-examiner、scores、results、post-notice、override-notice、report、notice、dossier、attach 或 documents。</translation>
    </message>
    <message>
        <source>round withdraw needs --employee NO and --reason R.</source>
        <translation>round withdraw 需要 --employee 工号 和 --reason 原因。</translation>
    </message>
    <message>
        <source>%1 is not a candidate of round %2.</source>
        <translation>%1 不是批次 %2 的考生。</translation>
    </message>
    <message>
        <source>Withdrew %1 from round %2.</source>
        <translation>已撤回 %1 在批次 %2 的报名。</translation>
    </message>
    <message>
        <source>round remove-examiner needs --employee NO and --part theory, practical or review.</source>
        <translation>round remove-examiner 需要 --employee 工号 和 --part theory、practical 或 review。</translation>
    </message>
    <message>
        <source>%1 is not on the %2 panel of round %3.</source>
        <translation>%1 不在批次 %3 的%2考评组中。</translation>
    </message>
    <message>
        <source>Removed %1 from the %2 panel of round %3.</source>
        <translation>已将 %1 从批次 %3 的%2考评组中移除。</translation>
    </message>
</context>
<context>
    <name>skl::RoundDocumentCommands</name>
    <message>
        <source>round attach ID FILE --volume N --title T files a document with round ID.</source>
        <translation>round attach 批次号 文件 --volume 卷号 --title 标题：将文件归入该批次的档案。</translation>
    </message>
    <message>
        <source>--volume: &quot;%1&quot; is not a volume of the dossier (1 to 5: 报名与资格审核, 备案, 过程管理, 试卷及成绩, 证书管理).</source>
        <translation>--volume：“%1”不是档案的卷（1 至 5：报名与资格审核、备案、过程管理、试卷及成绩、证书管理）。</translation>
    </message>
    <message>
        <source>--part: &quot;%1&quot; is not theory, practical or review.</source>
        <translation>--part：“%1”不是 theory、practical 或 review。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Filed %1 as document %2 in volume %3 (%4) of round %5.</source>
        <translation>已将 %1 作为文件 %2 归入批次 %5 的第 %3 卷（%4）。</translation>
    </message>
    <message>
        <source>round documents ID lists the documents filed with round ID.</source>
        <translation>round documents 批次号：列出该批次已归档的文件。</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
</context>
<context>
    <name>skl::RoundDocumentDialog</name>
    <message>
        <source>File a document with the round</source>
        <translation>添加归档文件</translation>
    </message>
    <message>
        <source>Volume %1: %2</source>
        <translation>第 %1 卷：%2</translation>
    </message>
    <message>
        <source>what it is, e.g. 理论知识试卷（A卷）, 签到表</source>
        <translation>文件内容，如 理论知识试卷（A卷）、签到表</translation>
    </message>
    <message>
        <source>The whole round</source>
        <translation>整个批次</translation>
    </message>
    <message>
        <source>No part</source>
        <translation>不分科目</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>文件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
</context>
<context>
    <name>skl::RoundDocumentStore</name>
    <message>
        <source>There is no assessment round %1.</source>
        <translation>没有评价批次 %1。</translation>
    </message>
    <message>
        <source>%1 is empty; nothing was filed.</source>
        <translation>%1 是空文件；未归档。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a document of the dossier may have at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；归档文件最大 %3 MB。</translation>
    </message>
    <message>
        <source>Filing a document of the round</source>
        <translation>归档批次文件</translation>
    </message>
    <message>
        <source>Give the document a title (what it is, e.g. 理论知识试卷).</source>
        <translation>请填写文件标题（文件内容，如 理论知识试卷）。</translation>
    </message>
    <message>
        <source>The document has no file name.</source>
        <translation>文件没有文件名。</translation>
    </message>
    <message>
        <source>Filed &quot;%1&quot; (%2) in volume %3 (%4) of round %5.</source>
        <translation>已将“%1”（%2）归入批次 %5 的第 %3 卷（%4）。</translation>
    </message>
    <message>
        <source>Reading the documents of the round</source>
        <translation>读取批次的归档文件</translation>
    </message>
    <message>
        <source>Reading a document of the round</source>
        <translation>读取批次的归档文件</translation>
    </message>
    <message>
        <source>There is no document %1 of a round.</source>
        <translation>没有编号为 %1 的批次归档文件。</translation>
    </message>
    <message>
        <source>The document %1 (%2) no longer matches what was filed: the database may be damaged. Restore a backup.</source>
        <translation>文件 %1（%2）与归档时的内容不一致：数据库可能已损坏。请恢复备份。</translation>
    </message>
    <message>
        <source>Write why the document is withdrawn: the reason is kept.</source>
        <translation>请填写撤回该文件的原因：原因将被保留。</translation>
    </message>
    <message>
        <source>Withdrawing a document of the round</source>
        <translation>撤回批次归档文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is withdrawn already.</source>
        <translation>“%1”已撤回。</translation>
    </message>
    <message>
        <source>Withdrew &quot;%1&quot; from round %2: %3</source>
        <translation>已从批次 %2 撤回“%1”：%3</translation>
    </message>
</context>
<context>
    <name>skl::RoundDossier</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Invigilator, %1</source>
        <translation>监考人员（%1）</translation>
    </message>
    <message>
        <source>Examiner, %1</source>
        <translation>考评员（%1）</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 (kept from round %2)</source>
        <translation>%1（保留自批次 %2）</translation>
    </message>
    <message>
        <source>keep on paper until %1 (%2 years), electronically until %3 (%4 years)</source>
        <translation>纸质档案保存至 %1（%2 年），电子档案保存至 %3（%4 年）</translation>
    </message>
    <message>
        <source>Archived %1: %2.</source>
        <translation>%1 归档：%2。</translation>
    </message>
    <message>
        <source>Preliminary copy of %1: the round is not reported to the provincial system yet, so it is not archived. Counted from today: %2.</source>
        <translation>%1 的预备稿：本批次尚未上报省级系统，尚未归档。自今日起计：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Candidates registered (%n)</source>
        <translation>
            <numerusform>报名人员（%n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
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
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Grade held</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Condition of registration</source>
        <translation>报名条件</translation>
    </message>
    <message>
        <source>Eligibility on %1</source>
        <translation>资格审核（%1）</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>报名人</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>eligible: the years at the grade held are met</source>
        <translation>符合：现等级年限已满</translation>
    </message>
    <message>
        <source>eligible by condition %1</source>
        <translation>符合：按条件 %1</translation>
    </message>
    <message>
        <source>years at the grade held</source>
        <translation>现等级年限</translation>
    </message>
    <message>
        <source>Volume 1: registration and eligibility</source>
        <translation>卷一 报名与资格审核</translation>
    </message>
    <message>
        <source>The round and the policy in force on %1</source>
        <translation>批次情况及 %1 适用的政策</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（第 %2 号）</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade assessed</source>
        <translation>认定等级</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>建立人</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>%1 registered, %2 passed, %3 failed, %4 approved, %5 rejected</source>
        <translation>报名 %1 人，合格 %2 人，不合格 %3 人，已批准 %4 人，已驳回 %5 人</translation>
    </message>
    <message>
        <source>Parts required</source>
        <translation>考核科目</translation>
    </message>
    <message>
        <source>Pass mark of every part</source>
        <translation>各科合格分数线</translation>
    </message>
    <message>
        <source>Comprehensive review from</source>
        <translation>综合评审起始等级</translation>
    </message>
    <message>
        <source>A passed part is kept for a retake</source>
        <translation>合格科目保留期</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Examiners per panel</source>
        <translation>每组考评员人数</translation>
    </message>
    <message>
        <source>an odd number, at least %1</source>
        <translation>奇数，不少于 %1 人</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员配备</translation>
    </message>
    <message>
        <source>1 invigilator per %1 candidates in theory, 1 examiner per %2 in practical</source>
        <translation>理论考试每 %1 名考生 1 名监考人员，操作技能每 %2 名考生 1 名考评员</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公示期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice posted</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>%1, period ends %2</source>
        <translation>%1 起，%2 止</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>未公示</translation>
    </message>
    <message>
        <source>Decisions before the period ended</source>
        <translation>公示期满前审批</translation>
    </message>
    <message>
        <source>allowed by %1: %2</source>
        <translation>%1 准许：%2</translation>
    </message>
    <message>
        <source>Report to the provincial system</source>
        <translation>上报省级系统</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) after the assessment ends</source>
        <translation>
            <numerusform>考核结束后 %n 个工作日内</numerusform>
        </translation>
    </message>
    <message>
        <source>Report due (working-day calendar)</source>
        <translation>上报期限（按工作日历）</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1，编号 %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>Calendar years known</source>
        <translation>工作日历已录入年份</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>paper %1 years, electronic %2 years</source>
        <translation>纸质 %1 年，电子 %2 年</translation>
    </message>
    <message>
        <source>Volume 2: filing</source>
        <translation>卷二 备案</translation>
    </message>
    <message>
        <source>Examiners and invigilators</source>
        <translation>考评员与监考人员</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Examiner certificate no.</source>
        <translation>考评员证书编号</translation>
    </message>
    <message>
        <source>Panel checks</source>
        <translation>考评组检查</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>meets the rules</source>
        <translation>符合要求</translation>
    </message>
    <message>
        <source>Volume 3: conduct of the assessment</source>
        <translation>卷三 过程管理</translation>
    </message>
    <message numerus="yes">
        <source>Scores as entered (%n)</source>
        <translation>
            <numerusform>成绩录入记录（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>考评员</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation>考评组</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>考核结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parts not passed</source>
        <translation>未通过科目</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>认定申请</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not fully scored</source>
        <translation>成绩不全</translation>
    </message>
    <message>
        <source>no. %1, %2</source>
        <translation>第 %1 号，%2</translation>
    </message>
    <message>
        <source>Volume 4: papers and scores</source>
        <translation>卷四 试卷及成绩</translation>
    </message>
    <message numerus="yes">
        <source>Certificates issued (%n)</source>
        <translation>
            <numerusform>发放证书（%n 本）</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Times printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message numerus="yes">
        <source>Print log (%n)</source>
        <translation>
            <numerusform>打印记录（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Printed by</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason of a reissue</source>
        <translation>补发原因</translation>
    </message>
    <message>
        <source>reissue (补发)</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>printed again</source>
        <translation>重印</translation>
    </message>
    <message>
        <source>first issue</source>
        <translation>首次发放</translation>
    </message>
    <message>
        <source>Volume 5: certificates</source>
        <translation>卷五 证书管理</translation>
    </message>
    <message>
        <source>%1 · round %2 &quot;%3&quot; (%4, %5) · %6</source>
        <translation>%1 · 考核批次 %2“%3”（%4，%5）· %6</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The file cannot be opened for printing.</source>
        <translation>无法打开文件进行打印。</translation>
    </message>
    <message>
        <source>Made %1 by SkillLadder</source>
        <translation>%1 由技能人才管理系统生成</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法建立文件夹 %1。</translation>
    </message>
    <message>
        <source>Making the dossier was cancelled; no file was kept.</source>
        <translation>已取消生成归档材料；未保留任何文件。</translation>
    </message>
    <message>
        <source>Documents filed</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>大小（KB）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>归档人</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>skl::RoundDossierTab</name>
    <message>
        <source>Make the dossier…</source>
        <translation>生成归档…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Archived on &lt;b&gt;%1&lt;/b&gt;. Keep the paper records until &lt;b&gt;%2&lt;/b&gt; and the electronic records until &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>已于 &lt;b&gt;%1&lt;/b&gt; 归档。纸质档案保存至 &lt;b&gt;%2&lt;/b&gt;，电子档案保存至 &lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Not archived yet: the first dossier made after the report is the archive. Paper records are kept %1 years and electronic records %2 years from then.</source>
        <translation>尚未归档：上报后第一次生成的归档即为本批次的归档。纸质档案自归档日起保存 %1 年，电子档案保存 %2 年。</translation>
    </message>
    <message>
        <source>Make the dossier in the folder</source>
        <translation>选择生成归档的文件夹</translation>
    </message>
    <message>
        <source>Making the dossier…</source>
        <translation>正在生成归档…</translation>
    </message>
    <message>
        <source>Make the dossier</source>
        <translation>生成归档</translation>
    </message>
    <message>
        <source>File a document…</source>
        <translation>添加归档文件…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>The dossier holds the round&apos;s five volumes, each a PDF with a CSV beside it: 报名与资格审核, 备案, 过程管理, 试卷及成绩, 证书管理. The documents filed below are copied beside their volume.</source>
        <translation>归档材料分为五卷，每卷一个 PDF 并附 CSV：报名与资格审核、备案、过程管理、试卷及成绩、证书管理。下列归档文件将复制到所属卷的旁边。</translation>
    </message>
    <message>
        <source>Documents filed with the round</source>
        <translation>本批次的归档文件</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>科目</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>归档人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>the whole round</source>
        <translation>整个批次</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>in the dossier</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Filing %1…</source>
        <translation>正在归档 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>File a document</source>
        <translation>添加归档文件</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>另存 %1 的副本</translation>
    </message>
    <message>
        <source>The document&apos;s own type (*.%1);;All files (*)</source>
        <translation>原文件类型 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Withdraw a document</source>
        <translation>撤回归档文件</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; withdrawn? It stays on record with the reason, and leaves the dossier.</source>
        <translation>为什么撤回“%1”？该文件连同原因仍留存记录，但不再进入归档材料。</translation>
    </message>
</context>
<context>
    <name>skl::RoundDueDialog</name>
    <message>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Grade held</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Eligible from</source>
        <translation>可晋级日期</translation>
    </message>
    <message>
        <source>Recommended by</source>
        <translation>推荐来源</translation>
    </message>
    <message>
        <source>Check the recommended</source>
        <translation>勾选推荐人员</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Register from the due list: %1</source>
        <translation>从待评价名单报名：%1</translation>
    </message>
    <message>
        <source>Register the checked</source>
        <translation>为勾选人员报名</translation>
    </message>
    <message>
        <source>Listing the workers due for %1 in %2 on %3…</source>
        <translation>正在列出 %3 %2 可晋升%1的职工…</translation>
    </message>
    <message>
        <source>target planner</source>
        <translation>目标规划</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) due and not registered yet; the %1 the target planner recommends are checked.</source>
        <translation>
            <numerusform>待评价且尚未报名的职工 %n 人；已勾选目标规划推荐的 %1 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::RoundFactsStore</name>
    <message>
        <source>Reading the assessment round</source>
        <translation>读取评价批次</translation>
    </message>
    <message>
        <source>There is no assessment round %1, or it is a round without an assessment (occupation, grade and dates).</source>
        <translation>评价批次 %1 不存在，或该批次未设考核（职业、等级和日期）。</translation>
    </message>
</context>
<context>
    <name>skl::RoundNotice</name>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The public notice lists the whole round, and a workshop head reads only their own workshops&apos; candidates: the human resources officer prints it.</source>
        <translation>公示名单包括整个批次，而车间主任只能查看本车间的考生：请由人事专员打印。</translation>
    </message>
    <message>
        <source>No candidate of round %1 &quot;%2&quot; has passed every part yet: the notice would name no one.</source>
        <translation>考核批次 %1“%2”尚无各科均合格的考生：公示名单为空。</translation>
    </message>
    <message>
        <source>%2/%3/%1</source>
        <extracomment>A day in words, as a notice writes it: %1 year, %2 month, %3 day (2025年10月9日).</extracomment>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Public notice of the skill grade results: %1, %2</source>
        <extracomment>The notice&apos;s title: %1 the occupation, %2 the grade (关于车工技师职业技能等级认定结果的公示).</extracomment>
        <translation>关于%1%2职业技能等级认定结果的公示</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>于%1至%2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于%1</translation>
    </message>
    <message numerus="yes">
        <source>Following the national occupational skill standards and the company&apos;s assessment plan, %1 assessed the round &quot;%2&quot; %3. The following %n candidate(s) passed every part of the assessment and are proposed for the skill grade shown; this is made public as follows.</source>
        <translation>
            <numerusform>根据国家职业技能标准和本单位职业技能等级认定工作安排，%1%3组织了“%2”考核。以下 %n 名人员各科考核合格，拟认定相应职业技能等级，现予以公示。</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Occupation (trade)</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Way of certification</source>
        <translation>认定方式</translation>
    </message>
    <message numerus="yes">
        <source>Notice period: %1 to %2 (%n working day(s)).</source>
        <translation>
            <numerusform>公示期：%1至%2（%n个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who objects to these results may raise it during the notice period, in writing and under their own name, with the human resources department of %1. Anonymous objections are not dealt with.</source>
        <translation>公示期间如有异议，请以书面形式实名向%1人力资源部门反映。匿名反映不予受理。</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
</context>
<context>
    <name>skl::RoundNoticeTab</name>
    <message>
        <source>Post the notice…</source>
        <translation>发布公示…</translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <source>Save the notice as PDF…</source>
        <translation>公示存为 PDF…</translation>
    </message>
    <message>
        <source>End the notice early…</source>
        <translation>提前结束公示…</translation>
    </message>
    <message>
        <source>Record the report…</source>
        <translation>记录上报…</translation>
    </message>
    <message>
        <source>Public notice (公示)</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Report to the provincial system (上报)</source>
        <translation>上报省级平台</translation>
    </message>
    <message numerus="yes">
        <source>The notice is not posted yet. It can be posted once every candidate is scored; it then runs for %n working day(s), and approvals wait until it ends.</source>
        <translation>
            <numerusform>尚未发布公示。全部考生评分后即可发布；公示期为 %n 个工作日，期满前不能审批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted on &lt;b&gt;%1&lt;/b&gt;; the last day of the notice is &lt;b&gt;%2&lt;/b&gt; (%n working day(s)).</source>
        <translation>
            <numerusform>公示开始于 &lt;b&gt;%1&lt;/b&gt;，最后一天为 &lt;b&gt;%2&lt;/b&gt;（%n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended early by %1: %2</source>
        <translation>%1 提前结束公示：%2</translation>
    </message>
    <message>
        <source>Approvals of the round wait until the notice ends.</source>
        <translation>公示期满前，本批次的晋升申请不能审批。</translation>
    </message>
    <message>
        <source>Due on %1.</source>
        <translation>期限：%1。</translation>
    </message>
    <message>
        <source>Reported on &lt;b&gt;%1&lt;/b&gt;, reference %2.</source>
        <translation>已于 &lt;b&gt;%1&lt;/b&gt; 上报，备案编号 %2。</translation>
    </message>
    <message>
        <source>Post the notice</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <source>End the notice early</source>
        <translation>提前结束公示</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>记录上报</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>Approvals of %1 may then go ahead before the notice period ends. Why?</source>
        <translation>结束后，%1 的晋升申请可在公示期满前审批。原因是什么？</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <source>Reference in the provincial system</source>
        <translation>省级平台备案编号</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>公示存为 PDF</translation>
    </message>
    <message>
        <source>%1 public notice.pdf</source>
        <translation>%1 公示.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The notice is saved as %1.</source>
        <translation>公示已保存为 %1。</translation>
    </message>
    <message>
        <source>Writing the notice…</source>
        <translation>正在写出公示…</translation>
    </message>
</context>
<context>
    <name>skl::RoundOutputCommands</name>
    <message>
        <source>round notice needs the round&apos;s number and --out FILE.pdf.</source>
        <translation>round notice 需要批次编号和 --out FILE.pdf。</translation>
    </message>
    <message numerus="yes">
        <source>The draft notice of round %1 (not posted yet; %n candidate(s)) is written to %2.</source>
        <translation>
            <numerusform>考核批次 %1 的公示草稿（尚未公示；%n 人）已写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notice of round %1 (%n candidate(s)) is written to %2.</source>
        <translation>
            <numerusform>考核批次 %1 的公示（%n 人）已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>round dossier needs the round&apos;s number and --out DIR.</source>
        <translation>round dossier 需要批次编号和 --out 文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>The dossier of round %1 (%n file(s)) is written to %2.</source>
        <translation>
            <numerusform>考核批次 %1 的归档材料（%n 个文件）已写入 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::RoundPage</name>
    <message>
        <source>← All rounds</source>
        <translation>← 所有批次</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>考评组</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation>考核批次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · assessment %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 考核日期 %4</translation>
    </message>
    <message>
        <source>Report to the province: %1</source>
        <translation>上报期限：%1</translation>
    </message>
</context>
<context>
    <name>skl::RoundPanelsTab</name>
    <message>
        <source>Theory (理论知识): invigilators</source>
        <translation>理论知识 监考人员</translation>
    </message>
    <message>
        <source>Practical (操作技能): examiners</source>
        <translation>操作技能 考评员</translation>
    </message>
    <message>
        <source>Comprehensive review (综合评审): examiners</source>
        <translation>综合评审 考评员</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Examiner certificate No.</source>
        <translation>考评员证书号</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Ready to assess (可以开考).</source>
        <translation>可以开考。</translation>
    </message>
    <message>
        <source>may stay empty for an invigilator</source>
        <translation>监考人员可不填</translation>
    </message>
    <message>
        <source>Remove %1 %2 from the panel? The removal is kept in the round&apos;s history.</source>
        <translation>将 %1 %2 移出考评组？移除记录保留在本批次的历史中。</translation>
    </message>
</context>
<context>
    <name>skl::RoundProblems</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>skl::RoundRegistrationsImport</name>
    <message>
        <source>The employee number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
</context>
<context>
    <name>skl::RoundResultsTab</name>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 candidates · %2 fully scored · &lt;span style=&quot;color:#1e7b34&quot;&gt;%3 passed&lt;/span&gt; · &lt;span style=&quot;color:#a81d1d&quot;&gt;%4 failed&lt;/span&gt; · %5 proposals awaiting a decision · %6 approved · %7 rejected</source>
        <translation>考生 %1 人 · 已评分 %2 人 · &lt;span style=&quot;color:#1e7b34&quot;&gt;通过 %3 人&lt;/span&gt; · &lt;span style=&quot;color:#a81d1d&quot;&gt;未通过 %4 人&lt;/span&gt; · 待审批 %5 人 · 已批准 %6 人 · 已驳回 %7 人</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Parts failed</source>
        <translation>未通过的部分</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>认定申请</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Being scored</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
</context>
<context>
    <name>skl::RoundScoreModel</name>
    <message>
        <source>A pass kept from the round %1.</source>
        <translation>保留自批次“%1”的合格成绩。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4</source>
        <translation>%1 %2，%3：%4</translation>
    </message>
    <message>
        <source>%1 %2, %3: a recorded score is corrected by typing the right one; it cannot be emptied.</source>
        <translation>%1 %2，%3：已保存的成绩只能输入正确分数更正，不能清空。</translation>
    </message>
</context>
<context>
    <name>skl::RoundScoresImport</name>
    <message>
        <source>The employee number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
</context>
<context>
    <name>skl::RoundScoresTab</name>
    <message>
        <source>Save the scores</source>
        <translation>保存成绩</translation>
    </message>
    <message>
        <source>Import scores…</source>
        <translation>导入成绩…</translation>
    </message>
    <message>
        <source>Examiner of %1</source>
        <translation>%1考评员</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) typed and not saved yet (yellow).</source>
        <translation>
            <numerusform>已输入 %n 个成绩，尚未保存（黄色）。</numerusform>
        </translation>
    </message>
    <message>
        <source>(the panel)</source>
        <translation>（考评组）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n candidate(s) fully scored.</source>
        <translation>
            <numerusform>%n 名考生中已全部评分 %1 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>不接受：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) refused; nothing was saved.</source>
        <translation>
            <numerusform>%n 个成绩被拒绝，未保存任何成绩。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个成绩。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) passed every part and were proposed for the grade.</source>
        <translation>
            <numerusform>%n 名考生各部分全部通过，已提出晋升申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>导入成绩</translation>
    </message>
</context>
<context>
    <name>skl::RoundsView</name>
    <message>
        <source>Round</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>考生</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>上报期限</translation>
    </message>
    <message>
        <source>New assessment round…</source>
        <translation>新建考核批次…</translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation>打开批次</translation>
    </message>
    <message>
        <source>Double-click a round to open its page.</source>
        <translation>双击批次打开其页面。</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>考核批次</translation>
    </message>
    <message>
        <source>reported %1</source>
        <translation>已于 %1 上报</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue by %n working day(s))</source>
        <translation>
            <numerusform>%1（已逾期 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation>%1（今天到期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) left)</source>
        <translation>
            <numerusform>%1（剩 %n 个工作日）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::RowSpool</name>
    <message>
        <source>The temporary file of the printout cannot be written in %1 (%2); free some disk space and print again.</source>
        <translation>无法在 %1 写入打印用的临时文件（%2）；请清理磁盘空间后重新打印。</translation>
    </message>
    <message>
        <source>The temporary file of the printout cannot be read back (%1).</source>
        <translation>无法读回打印用的临时文件（%1）。</translation>
    </message>
</context>
<context>
    <name>skl::SalaryBandStore</name>
    <message>
        <source>Choose the level of the band.</source>
        <translation>请选择等级带的等级。</translation>
    </message>
    <message>
        <source>Give the day the band applies from (YYYY-MM-DD).</source>
        <translation>请填写等级带的起始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The minimum cannot be below zero.</source>
        <translation>下限不能小于零。</translation>
    </message>
    <message>
        <source>The midpoint %1 is below the minimum %2.</source>
        <translation>中点 %1 低于下限 %2。</translation>
    </message>
    <message>
        <source>The maximum %1 is below the midpoint %2.</source>
        <translation>上限 %1 低于中点 %2。</translation>
    </message>
    <message>
        <source>Reading the salary bands</source>
        <translation>读取薪酬等级带</translation>
    </message>
    <message>
        <source>Checking the salary band</source>
        <translation>检查薪酬等级带</translation>
    </message>
    <message>
        <source>Adding the salary band of %1 from %2</source>
        <translation>新增 %1 自 %2 起的薪酬等级带</translation>
    </message>
    <message>
        <source>A band of %1 already applies from %2: choose another day, or correct that band.</source>
        <translation>%1 已有自 %2 起的等级带：请另选起始日期，或更正该等级带。</translation>
    </message>
    <message>
        <source>Added the salary band of %1 from %2.</source>
        <translation>新增 %1 自 %2 起的薪酬等级带。</translation>
    </message>
    <message>
        <source>Correcting the salary band of %1 from %2</source>
        <translation>更正 %1 自 %2 起的薪酬等级带</translation>
    </message>
    <message>
        <source>No band of %1 applies from %2 to correct; another officer may have changed the bands. Close the editor and open it again.</source>
        <translation>没有 %1 自 %2 起的等级带可更正，可能已被其他人员修改。请关闭编辑窗口后重新打开。</translation>
    </message>
    <message>
        <source>Corrected the salary band of %1 from %2.</source>
        <translation>更正 %1 自 %2 起的薪酬等级带。</translation>
    </message>
</context>
<context>
    <name>skl::SalaryBandsDialog</name>
    <message>
        <source>Skill grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Professional title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Minimum (yuan)</source>
        <translation>下限（元/月）</translation>
    </message>
    <message>
        <source>Midpoint (yuan)</source>
        <translation>中点（元/月）</translation>
    </message>
    <message>
        <source>Maximum (yuan)</source>
        <translation>上限（元/月）</translation>
    </message>
    <message>
        <source>&amp;Add from this day</source>
        <translation>自该日起新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Correct this band</source>
        <translation>更正该等级带(&amp;C)</translation>
    </message>
    <message>
        <source>Salary bands</source>
        <translation>薪酬等级带</translation>
    </message>
    <message>
        <source>yuan a month, e.g. 6,500.00</source>
        <translation>每月元数，例如 6,500.00</translation>
    </message>
    <message>
        <source>A new band from the day given; the bands before it stay as they were.</source>
        <translation>自所填日期起的新等级带；此前的等级带保持不变。</translation>
    </message>
    <message>
        <source>New amounts for the band of this level and day; the old amounts are kept in its history.</source>
        <translation>为该等级、该日期的等级带填写新金额；原金额保留在历史记录中。</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>中点</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>midpoint</source>
        <translation>中点</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an amount in yuan with at most two decimals.</source>
        <translation>%1“%2”不是最多两位小数的元金额。</translation>
    </message>
    <message>
        <source>A band of %1 already applies from %2: choose another day to add a band, or correct that one.</source>
        <translation>%1 已有自 %2 起的等级带：新增请另选起始日期，或更正该等级带。</translation>
    </message>
</context>
<context>
    <name>skl::SchemaUpgrade</name>
    <message>
        <source>%1 was made by an earlier SkillLadder and must be upgraded, and SkillLadder takes a copy of it first; the copy could not be written: %2 Nothing was changed.</source>
        <translation>%1 由早期版本的技能人才管理系统创建，需要升级；升级前须先复制一份，但副本无法写入：%2 文件未作任何更改。</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>skl::ServerAddress</name>
    <message>
        <source>%1 is not a server address: write postgresql://SERVER[:PORT]/DATABASE.</source>
        <translation>%1 不是服务器地址：请写成 postgresql://服务器[:端口]/数据库。</translation>
    </message>
    <message>
        <source>Write the login with --user (or in the login window), not in the server address: a password in an address would be seen by everyone on this computer.</source>
        <translation>请用 --user（或在登录窗口中）填写登录名，不要写在服务器地址里：地址中的密码会被这台计算机上的所有人看到。</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://SERVER[:PORT]/DATABASE.</source>
        <translation>%1 没有指明数据库：请写成 postgresql://服务器[:端口]/数据库。</translation>
    </message>
    <message>
        <source>%1: the server address knows only the option sslmode, not %2.</source>
        <translation>%1：服务器地址只认识选项 sslmode，不认识 %2。</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1：sslmode 必须是 %2 之一。</translation>
    </message>
</context>
<context>
    <name>skl::ServerBulkLoad</name>
    <message>
        <source>Installing the bulk import on the server</source>
        <translation>正在服务器上安装批量导入功能</translation>
    </message>
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
    <name>skl::ServerOfficers</name>
    <message>
        <source>Saving the officer&apos;s login on the server</source>
        <translation>在服务器上保存人员的登录</translation>
    </message>
    <message>
        <source>The login name %1 is already taken on this server by a login outside this company (a person&apos;s, the server administrator&apos;s or another company&apos;s officer), which SkillLadder never takes over. Choose another login name.</source>
        <translation>登录名 %1 在此服务器上已被本企业以外的登录占用（某个人的、服务器管理员的或其他企业人员的），SkillLadder 绝不接管它。请另选一个登录名。</translation>
    </message>
    <message>
        <source>The server refused to change the login %1: only an administrator of this company may, and only for this company&apos;s officers.</source>
        <translation>服务器拒绝更改登录 %1：只有本企业的系统管理员可以更改，而且只能更改本企业人员的登录。</translation>
    </message>
    <message>
        <source>Installing the officers&apos; functions on the server</source>
        <translation>在服务器上安装人员管理函数</translation>
    </message>
    <message>
        <source>The password cannot be prepared for the server: the connection is not a PostgreSQL one.</source>
        <translation>无法为服务器准备密码：该连接不是 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>The password cannot be prepared for the server. Try again; if it happens again, give the log to your administrator.</source>
        <translation>无法为服务器准备密码。请重试；如果再次发生，请把日志交给管理员。</translation>
    </message>
    <message>
        <source>The login name %1 is too long for the server: at most 63 bytes.</source>
        <translation>登录名 %1 对服务器来说太长：最多 63 个字节。</translation>
    </message>
    <message>
        <source>Reading the server&apos;s login</source>
        <translation>读取服务器上的登录</translation>
    </message>
</context>
<context>
    <name>skl::ServerPrivileges</name>
    <message>
        <source>Setting the officers&apos; privileges on the server</source>
        <translation>在服务器上设置操作员的权限</translation>
    </message>
</context>
<context>
    <name>skl::ServerSchema</name>
    <message>
        <source>Reading the server&apos;s database</source>
        <translation>读取服务器上的数据库</translation>
    </message>
    <message>
        <source>Creating the company&apos;s roles on the server</source>
        <translation>在服务器上创建企业的角色</translation>
    </message>
    <message>
        <source>Reading the server&apos;s roles</source>
        <translation>读取服务器上的角色</translation>
    </message>
    <message>
        <source>The server %1 refused the login %2: wrong login or password, a disabled officer, or a computer the server does not admit.</source>
        <translation>服务器 %1 拒绝了登录名 %2：登录名或密码错误、操作员已停用，或服务器不接受这台计算机的连接。</translation>
    </message>
    <message>
        <source>The server %1 has no database %2. Ask the server&apos;s administrator which database holds the company.</source>
        <translation>服务器 %1 上没有数据库 %2。请向服务器管理员询问企业数据所在的数据库。</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: check the server&apos;s name and port, the network, and that the server runs.</source>
        <translation>无法连接服务器 %1：请检查服务器名称和端口、网络，以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>The company on the server needs an upgrade to this version of SkillLadder. Ask the server&apos;s administrator to run any command once with --user and a login that may act as %1.</source>
        <translation>服务器上的企业需要升级到此版本的技能人才管理系统。请服务器管理员用 --user 和一个可以代行 %1 的登录名运行一次任意命令。</translation>
    </message>
    <message>
        <source>Upgrading the company on the server</source>
        <translation>升级服务器上的企业</translation>
    </message>
    <message>
        <source>The database %1 sorts text by the locale %2; SkillLadder needs the byte order of its files. Create the database with: createdb --template=template0 --locale=C.UTF-8 --encoding=UTF8 %1</source>
        <translation>数据库 %1 按区域设置 %2 排序文本；SkillLadder 需要与其文件相同的字节顺序。请这样创建数据库：createdb --template=template0 --locale=C.UTF-8 --encoding=UTF8 %1</translation>
    </message>
    <message>
        <source>The company on the server was set up by a newer version of SkillLadder (privileges version %1; this program knows up to %2). Install the newer SkillLadder to open it; nothing was changed.</source>
        <translation>服务器上的企业由更新版本的技能人才管理系统设置（权限第 %1 版；本程序最高支持第 %2 版）。请安装新版本后再打开；未作任何改动。</translation>
    </message>
    <message>
        <source>Applying the company&apos;s privileges on the server</source>
        <translation>在服务器上设置企业的权限</translation>
    </message>
    <message>
        <source>The privileges of the company on the server are older than this version of SkillLadder. Ask the server&apos;s administrator to run any command once with --user and a DBA login that may act as %1; nothing was changed.</source>
        <translation>服务器上企业的权限早于此版本的技能人才管理系统。请服务器管理员用 --user 和一个可以代行 %1 的数据库管理员（DBA）登录名运行一次任意命令；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>skl::ServerTrail</name>
    <message>
        <source>Installing the audit trail on the server</source>
        <translation>在服务器上安装审计日志</translation>
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
        <source>%1: the database file is damaged (%2). Restore the latest backup; until then no figure read from this file can be trusted.</source>
        <translation>%1：数据库文件已损坏（%2）。请恢复最近的备份；在此之前，从该文件读出的任何数字都不可信。</translation>
    </message>
    <message>
        <source>%1: the database file could not be read or written (disk error). Check the disk or network drive and try again; if it happens again, restore the latest backup.</source>
        <translation>%1：无法读写数据库文件（磁盘错误）。请检查磁盘或网络驱动器后重试；如再次出现，请恢复最近的备份。</translation>
    </message>
    <message>
        <source>%1: the database reported an error. Try again; if it happens again, give the log to your administrator.</source>
        <translation>%1：数据库报告了错误。请重试；如再次出现，请将日志交给系统管理员。</translation>
    </message>
    <message>
        <source>%1: the database reported error %2. Try again; if it happens again, give the log to your administrator.</source>
        <translation>%1：数据库报告了错误 %2。请重试；如再次出现，请将日志交给系统管理员。</translation>
    </message>
    <message>
        <source>%1: the database returned no row where one is always expected. Restore the latest backup if this happens again.</source>
        <translation>%1：数据库未返回本应始终存在的数据行。如再次出现，请恢复最近的备份。</translation>
    </message>
    <message>
        <source>%1: the database is read-only, so nothing was changed. It was opened read-only, or its file or folder cannot be written: close the other SkillLadder window that has it open, ask for write access, or work on a copy.</source>
        <translation>%1：数据库为只读，未作任何更改。数据库以只读方式打开，或其文件、所在文件夹不可写入：请关闭打开它的另一个技能人才管理系统窗口、申请写入权限，或在副本上操作。</translation>
    </message>
</context>
<context>
    <name>skl::StudioStore</name>
    <message>
        <source>Reading the studios</source>
        <translation>读取工作室</translation>
    </message>
    <message>
        <source>Reading the studio</source>
        <translation>读取工作室</translation>
    </message>
    <message>
        <source>There is no studio %1.</source>
        <translation>没有编号为 %1 的工作室。</translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>The %1 %2 lies in the future.</source>
        <translation>%1 %2 晚于今天。</translation>
    </message>
    <message>
        <source>The studio needs its name.</source>
        <translation>请填写工作室名称。</translation>
    </message>
    <message>
        <source>founding day</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Recorded the studio %1 (%2, %3), led by %4 (%5).</source>
        <translation>登记了工作室 %1（%2，%3），领办人 %4（%5）。</translation>
    </message>
    <message>
        <source>A studio named %1 is already on record.</source>
        <translation>已有名为 %1 的工作室。</translation>
    </message>
    <message>
        <source>Recording the studio</source>
        <translation>登记工作室</translation>
    </message>
    <message>
        <source>joining day</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>%1 was founded on %2; nobody joins it before.</source>
        <translation>%1 成立于 %2，不能在此之前加入。</translation>
    </message>
    <message>
        <source>Reading the studio&apos;s members</source>
        <translation>读取工作室成员</translation>
    </message>
    <message>
        <source>%1 (%2) is already a member of %3.</source>
        <translation>%1（%2）已是 %3 的成员。</translation>
    </message>
    <message>
        <source>%1 (%2) joined the studio %3 on %4.</source>
        <translation>%1（%2）于 %4 加入工作室 %3。</translation>
    </message>
    <message>
        <source>Recording the member</source>
        <translation>登记成员</translation>
    </message>
    <message>
        <source>leaving day</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Reading the member</source>
        <translation>读取成员</translation>
    </message>
    <message>
        <source>There is no studio membership %1.</source>
        <translation>没有编号为 %1 的工作室成员记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 already left %2 on %3.</source>
        <translation>%1 已于 %3 退出 %2。</translation>
    </message>
    <message>
        <source>%1 joined %2 on %3 and cannot leave before.</source>
        <translation>%1 于 %3 加入 %2，退出日期不能早于此日。</translation>
    </message>
    <message>
        <source>%1 left the studio %2 on %3.</source>
        <translation>%1 于 %3 退出工作室 %2。</translation>
    </message>
    <message>
        <source>Recording the leaving</source>
        <translation>登记退出</translation>
    </message>
    <message>
        <source>The result needs a title (the patent, the improvement …).</source>
        <translation>请填写成果名称（专利、工艺改进等）。</translation>
    </message>
    <message>
        <source>The quantity must be 1 or more.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>Only apprentices trained are counted; a %1 is one result.</source>
        <translation>只有培养徒弟可填写人数；一项%1计为一项成果。</translation>
    </message>
    <message>
        <source>day of the result</source>
        <translation>成果日期</translation>
    </message>
    <message>
        <source>Recorded the result %1 (%2 × %3, %4) of the studio %5.</source>
        <translation>登记了工作室 %5 的成果 %1（%2 × %3，%4）。</translation>
    </message>
    <message>
        <source>Recording the result</source>
        <translation>登记成果</translation>
    </message>
    <message>
        <source>Say why the result is withdrawn.</source>
        <translation>请填写撤销成果的原因。</translation>
    </message>
    <message>
        <source>Reading the result</source>
        <translation>读取成果</translation>
    </message>
    <message>
        <source>There is no studio result %1.</source>
        <translation>没有编号为 %1 的工作室成果。</translation>
    </message>
    <message>
        <source>The result %1 is already withdrawn.</source>
        <translation>成果 %1 已撤销。</translation>
    </message>
    <message>
        <source>Withdrew the result %1 of the studio %2: %3.</source>
        <translation>撤销了工作室 %2 的成果 %1：%3。</translation>
    </message>
    <message>
        <source>Withdrawing the result</source>
        <translation>撤销成果</translation>
    </message>
    <message>
        <source>Reading the studio&apos;s results</source>
        <translation>读取工作室成果</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该职工</translation>
    </message>
</context>
<context>
    <name>skl::StudiosTab</name>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>领办人</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Apprentices trained</source>
        <translation>培养徒弟</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New studio…</source>
        <translation>新建工作室…</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Member leaves…</source>
        <translation>成员退出…</translation>
    </message>
    <message>
        <source>Record a result…</source>
        <translation>登记成果…</translation>
    </message>
    <message>
        <source>Withdraw the result…</source>
        <translation>撤销成果…</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>Studios</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>%1 — %2, %3, led by %4, founded %5.</source>
        <translation>%1 —— %2，%3，领办人 %4，成立于 %5。</translation>
    </message>
    <message>
        <source>Choose a studio to see its members and results.</source>
        <translation>选中一个工作室，查看其成员和成果。</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>New studio</source>
        <translation>新建工作室</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Member leaves</source>
        <translation>成员退出</translation>
    </message>
    <message>
        <source>Record a result</source>
        <translation>登记成果</translation>
    </message>
    <message>
        <source>Withdraw the result</source>
        <translation>撤销成果</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>For apprentices trained: how many; any other result counts once.</source>
        <translation>培养徒弟填写人数；其他成果每条计一项。</translation>
    </message>
    <message>
        <source>Why is %1 withdrawn? The record stays, marked withdrawn.</source>
        <translation>为什么撤销“%1”？记录保留，并标明已撤销。</translation>
    </message>
</context>
<context>
    <name>skl::TableCells</name>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>“%1”不是日期；请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan with at most two decimals (e.g. 300.00).</source>
        <translation>“%1”不是以元为单位、最多两位小数的金额（例如 300.00）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount is 0 or more.</source>
        <translation>“%1”是负数；金额须大于或等于 0。</translation>
    </message>
    <message>
        <source>The grade is missing.</source>
        <translation>缺少等级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade (学徒工 … 首席技师).</source>
        <translation>“%1”不是等级（学徒工 … 首席技师）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title level (助理级, 中级, 副高级, 正高级).</source>
        <translation>“%1”不是职称级别（助理级、中级、副高级、正高级）。</translation>
    </message>
    <message>
        <source>The employee number is missing.</source>
        <translation>缺少工号。</translation>
    </message>
</context>
<context>
    <name>skl::TableImport</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the file; nothing was imported.</source>
        <translation>
            <numerusform>文件中有 %n 个问题，未导入任何数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) replaced a stored value; the replaced values are kept in the history.</source>
        <translation>
            <numerusform>其中 %n 行替换了已有的值；被替换的值已保留在历史记录中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::TableWrite</name>
    <message>
        <source>Writing the imported rows</source>
        <translation>写入导入的数据</translation>
    </message>
</context>
<context>
    <name>skl::TalentAttestation</name>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>No grade yet</source>
        <translation>尚未取得等级</translation>
    </message>
    <message>
        <source>Employees in service</source>
        <translation>在职职工合计</translation>
    </message>
    <message>
        <source>Attestation of high-skilled staffing</source>
        <translation>高技能人才配置状况证明</translation>
    </message>
    <message>
        <source>Issuing the attestation was cancelled; nothing was recorded.</source>
        <translation>已取消出具证明，未作任何记录。</translation>
    </message>
    <message>
        <source>Recording the attestation in the audit log</source>
        <translation>在审计记录中登记出具的证明</translation>
    </message>
    <message numerus="yes">
        <source>Issued the attestation of high-skilled staffing as of %1, reference %2 (%n high-skilled worker(s) named).</source>
        <translation>
            <numerusform>出具截至 %1 的高技能人才配置状况证明，编号 %2（列出高技能人才 %n 人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>This is to certify that on %1, %2 had %3 employees in service, of whom %4 are skilled workers (初级工 or above) and %5 high-skilled workers (高级工 or above), as recorded in its skill grade records. The details are as follows.</source>
        <translation>兹证明，截至%1，%2在职职工 %3 人，其中技能人才（初级工及以上）%4 人，高技能人才（高级工及以上）%5 人，以上依据本单位职业技能等级记录。具体情况如下。</translation>
    </message>
    <message>
        <source>1. Workers by skill grade</source>
        <translation>一、按技能等级统计</translation>
    </message>
    <message>
        <source>2. Workers by site</source>
        <translation>二、按单位统计</translation>
    </message>
    <message>
        <source>3. The workforce targets (section 二 of the 2022 opinion)</source>
        <translation>三、技能人才队伍目标达成情况（中办发〔2022〕58号第二条）</translation>
    </message>
    <message numerus="yes">
        <source>4. High-skilled workers (%n person(s))</source>
        <translation>
            <numerusform>四、高技能人才名单（共 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>ID numbers are shown masked. This is hereby certified.</source>
        <translation>身份证号已作脱敏处理。特此证明。</translation>
    </message>
    <message>
        <source>Issued by: %1    Issued on: %2</source>
        <translation>出具人：%1&#x3000;&#x3000;出具日期：%2</translation>
    </message>
    <message>
        <source>Prepared by: ____________    Checked by: ____________    Head of the unit: ____________</source>
        <translation>制表人：____________&#x3000;&#x3000;审核人：____________&#x3000;&#x3000;单位负责人：____________</translation>
    </message>
    <message>
        <source>Unit (seal): %1</source>
        <translation>单位（盖章）：%1</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>在职职工</translation>
    </message>
    <message>
        <source>Skilled</source>
        <translation>技能人才</translation>
    </message>
    <message>
        <source>High-skilled</source>
        <translation>高技能</translation>
    </message>
    <message>
        <source>Skilled ÷ employees</source>
        <translation>技能人才占比</translation>
    </message>
    <message>
        <source>High-skilled ÷ skilled</source>
        <translation>高技能人才占技能人才比例</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全企业</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>T1 Skilled workers ÷ employees</source>
        <translation>T1 技能人才占职工总数比例</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>T2 High-skilled ÷ skilled workers</source>
        <translation>T2 高技能人才占技能人才比例</translation>
    </message>
    <message>
        <source>T3 High-skilled ÷ skilled workers (eastern provinces)</source>
        <translation>T3 高技能人才占技能人才比例（东部地区）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>skl::TalentCommands</name>
    <message>
        <source>--json and --xlsx exclude each other.</source>
        <translation>--json 与 --xlsx 不能同时使用。</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of the talent pool written to %1.</source>
        <translation>
            <numerusform>已将人才库的 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>In the pool for</source>
        <translation>入库原因</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Competition medals</source>
        <translation>竞赛奖牌</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the talent pool on %1 (honours and medals from %2 level).</source>
        <translation>
            <numerusform>%1 人才库共 %n 人（荣誉和奖牌自%2起）。</numerusform>
        </translation>
    </message>
    <message>
        <source>attest needs --out FILE.pdf: where to write the attestation.</source>
        <translation>attest 需要 --out 文件.pdf：证明的保存位置。</translation>
    </message>
    <message numerus="yes">
        <source>The attestation of high-skilled staffing as of %1 (reference %2, %n high-skilled worker(s)) is written to %3.</source>
        <translation>
            <numerusform>截至 %1 的高技能人才配置状况证明（编号 %2，高技能人才 %n 人）已写入 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::TalentPool</name>
    <message>
        <source>High-skilled</source>
        <translation>高技能</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Competition medal</source>
        <translation>竞赛奖牌</translation>
    </message>
    <message>
        <source>The policy value %1 is not a level: &quot;%2&quot;.</source>
        <translation>政策设置 %1 不是级别：“%2”。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1（领办人）</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1（负责人）</translation>
    </message>
    <message>
        <source>Talent pool %1</source>
        <translation>人才库 %1</translation>
    </message>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>In the pool for</source>
        <translation>入库原因</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Competition medals</source>
        <translation>竞赛奖牌</translation>
    </message>
    <message>
        <source>Studios</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Apprentices trained</source>
        <translation>带徒出师</translation>
    </message>
    <message>
        <source>the talent pool as of %1</source>
        <translation>截至 %1 的人才库</translation>
    </message>
</context>
<context>
    <name>skl::TalentPoolStore</name>
    <message>
        <source>Reading the talent pool</source>
        <translation>读取人才库</translation>
    </message>
</context>
<context>
    <name>skl::TalentTableModel</name>
    <message>
        <source>Employee No.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>In the pool for</source>
        <translation>入库原因</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Competition medals</source>
        <translation>竞赛奖牌</translation>
    </message>
    <message>
        <source>Studios</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Apprentices trained</source>
        <translation>带徒出师</translation>
    </message>
</context>
<context>
    <name>skl::TalentView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Issue the staffing attestation…</source>
        <translation>出具配置状况证明…</translation>
    </message>
    <message>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
    <message>
        <source>A signed-off PDF of the company&apos;s high-skilled staffing as of the date, for bids, awards and qualification reviews.</source>
        <translation>按所选日期生成本单位高技能人才配置状况证明（PDF），供投标、评奖和资质评审使用，须签字盖章。</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部入库原因</translation>
    </message>
    <message>
        <source>Name or employee No.</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Reading the talent pool as of %1…</source>
        <translation>正在读取截至 %1 的人才库…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>全部职业（工种）</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) in the talent pool as of %1</source>
        <translation>
            <numerusform>截至 %1，人才库共 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown: %n</source>
        <translation>
            <numerusform>当前显示：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>High-skilled (高级工 or above): %1</source>
        <translation>高技能人才（高级工及以上）：%1 人</translation>
    </message>
    <message>
        <source>Holding an honour of %1 level or above: %2</source>
        <translation>持有%1及以上荣誉：%2 人</translation>
    </message>
    <message>
        <source>Holding a competition medal of %1 level or above: %2</source>
        <translation>持有%1及以上竞赛奖牌：%2 人</translation>
    </message>
    <message>
        <source>A worker counts under every reason that applies. Only gold, silver and bronze are medals; the level is set in the policy (人才库入库级别).</source>
        <translation>一人符合几项入库原因就计入几项。只有金、银、铜牌算奖牌（优胜奖不算）；入库级别在认定政策中设置。</translation>
    </message>
    <message>
        <source>Below 高级工</source>
        <translation>高级工以下</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>The talent pool by grade</source>
        <translation>人才库按等级分布</translation>
    </message>
    <message>
        <source>Export the talent pool</source>
        <translation>导出人才库</translation>
    </message>
    <message>
        <source>Talent pool %1</source>
        <translation>人才库 %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the talent pool…</source>
        <translation>正在写入人才库…</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 名职工写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the staffing attestation</source>
        <translation>出具配置状况证明</translation>
    </message>
    <message>
        <source>High-skilled staffing %1</source>
        <translation>高技能人才配置状况 %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Issuing the attestation of high-skilled staffing…</source>
        <translation>正在出具高技能人才配置状况证明…</translation>
    </message>
    <message>
        <source>The attestation %1 as of %2 is written to %3. Print it, have it signed and sealed.</source>
        <translation>截至 %2 的证明 %1 已写入 %3。请打印后签字、盖章。</translation>
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
        <translation>公司</translation>
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
        <source>Level</source>
        <translation>层级</translation>
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
        <source>Skilled needed</source>
        <translation>技能人才缺口</translation>
    </message>
    <message>
        <source>Due 学徒工</source>
        <translation>待评价学徒工</translation>
    </message>
    <message>
        <source>Skilled short after</source>
        <translation>评价后技能人才仍缺</translation>
    </message>
    <message>
        <source>High-skilled needed</source>
        <translation>高技能人才缺口</translation>
    </message>
    <message>
        <source>Due 中级工</source>
        <translation>待评价中级工</translation>
    </message>
    <message>
        <source>High-skilled short after</source>
        <translation>评价后高技能人才仍缺</translation>
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
        <source>Skilled %: skilled workers (初级工 and above) of employees in service. High-skilled %: high-skilled workers (高级工 and above) of skilled workers; the target is 35% for units in eastern provinces.</source>
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
        <source>The trend counts the whole company; %1 reads the targets of their own workshops only.</source>
        <translation>趋势统计的是整个企业；%1 只能查看其所管车间的目标。</translation>
    </message>
</context>
<context>
    <name>skl::TargetTrendStore</name>
    <message>
        <source>Computing the trend of the workforce targets</source>
        <translation>计算队伍建设目标的趋势</translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation>读取数据库版本</translation>
    </message>
    <message>
        <source>Keeping the trend of the workforce targets</source>
        <translation>保存技能人才目标趋势</translation>
    </message>
</context>
<context>
    <name>skl::TargetsWorkbook</name>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达标</translation>
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
        <source>High-skilled</source>
        <translation>高技能人才</translation>
    </message>
    <message>
        <source>High-skilled %</source>
        <translation>高技能人才占比</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
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
        <source>As of</source>
        <translation>统计日期</translation>
    </message>
    <message>
        <source>Company total</source>
        <translation>公司合计</translation>
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
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>The trend counts the whole company; your targets are those of your workshops.</source>
        <translation>趋势按全公司统计；您的目标为所辖车间的目标。</translation>
    </message>
    <message>
        <source>the dashboard&apos;s figures</source>
        <translation>目标看板数据</translation>
    </message>
</context>
<context>
    <name>skl::TeamLeaderPeriodDialog</name>
    <message>
        <source>New team-leader period — %1</source>
        <translation>新增班组长任期 — %1</translation>
    </message>
    <message>
        <source>Close the team-leader period — %1</source>
        <translation>结束班组长任期 — %1</translation>
    </message>
    <message>
        <source>Correct the team-leader period — %1</source>
        <translation>更正班组长任期 — %1</translation>
    </message>
    <message>
        <source>The first day as team leader.</source>
        <translation>担任班组长的第一天。</translation>
    </message>
    <message>
        <source>The last day as team leader; empty while still in the role.</source>
        <translation>担任班组长的最后一天；仍在任时留空。</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>职工：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>The team-leader allowance is paid for every day of the period. A change to a month whose allowances are approved needs that month reopened first.</source>
        <translation>班组长津贴按任期内的每一天计发。修改已批准津贴的月份，需先重新开放该月。</translation>
    </message>
    <message>
        <source>Editing team-leader periods needs the role %1.</source>
        <translation>编辑班组长任期需要角色：%1。</translation>
    </message>
    <message>
        <source>Enter the first day (YYYY-MM-DD).</source>
        <translation>请填写开始日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期，请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Enter the last day as team leader.</source>
        <translation>请填写担任班组长的最后一天。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>skl::TeamLeaderPeriodsPanel</name>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New period…</source>
        <translation>新增任期…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结束任期…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Record that the worker leads a team from a day on.</source>
        <translation>登记该职工自某日起担任班组长。</translation>
    </message>
    <message>
        <source>Enter the last day of the selected running period.</source>
        <translation>为所选的在任任期填写最后一天。</translation>
    </message>
    <message>
        <source>Correct either date of the selected period; the audit trail keeps the old dates.</source>
        <translation>更正所选任期的开始或结束日期；审计记录保留原日期。</translation>
    </message>
    <message>
        <source>Team-leader periods</source>
        <translation>班组长任期</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>在任</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>（在任）</translation>
    </message>
    <message>
        <source>Editing team-leader periods needs the role %1.</source>
        <translation>编辑班组长任期需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>skl::TeamLeaderStore</name>
    <message>
        <source>ongoing</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>this worker</source>
        <translation>该职工</translation>
    </message>
    <message>
        <source>Reading the team-leader periods</source>
        <translation>读取班组长任期</translation>
    </message>
    <message>
        <source>The period needs its first day.</source>
        <translation>任期需要填写开始日期。</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>任期的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2) was hired on %3; a team-leader period cannot start before.</source>
        <translation>%1（%2）于 %3 入职，班组长任期不能早于入职日期开始。</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3; a team-leader period must start before.</source>
        <translation>%1（%2）已于 %3 离职，班组长任期必须在离职前开始。</translation>
    </message>
    <message>
        <source>%1 (%2) left on %3; the period ends on %4 at the latest.</source>
        <translation>%1（%2）已于 %3 离职，任期最晚于 %4 结束。</translation>
    </message>
    <message>
        <source>%1 (%2) already leads a team %3.</source>
        <translation>%1（%2）在 %3 已担任班组长。</translation>
    </message>
    <message>
        <source>The team-leader period was deleted meanwhile; reload the worker.</source>
        <translation>该班组长任期已被删除，请重新打开该职工档案。</translation>
    </message>
    <message>
        <source>Saving the team-leader period</source>
        <translation>保存班组长任期</translation>
    </message>
    <message>
        <source>Corrected the team-leader period of %1 (%2): %3, was %4.</source>
        <translation>更正 %1（%2）的班组长任期：%3，原为 %4。</translation>
    </message>
    <message>
        <source>Opened a team-leader period of %1 (%2): %3.</source>
        <translation>新增 %1（%2）的班组长任期：%3。</translation>
    </message>
</context>
<context>
    <name>skl::TemplateDownload</name>
    <message>
        <source>Download import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>skl::TrainingArchivePrintout</name>
    <message>
        <source>None on record.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Lifelong vocational skill training archive</source>
        <translation>终身职业技能培训电子档案</translation>
    </message>
    <message>
        <source>The printer or file cannot be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>职工</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
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
        <source>Current grade</source>
        <translation>现技能等级</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印日期</translation>
    </message>
    <message>
        <source>Skill grades</source>
        <translation>职业技能等级</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>取得方式</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>Skill competitions</source>
        <translation>职业技能竞赛</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Placing</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Awarded on</source>
        <translation>授予日期</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Awarding body</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Site / workshop</source>
        <translation>单位 / 车间</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1. Training records</source>
        <translation>一、培训记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Skill grades</source>
        <translation>二、职业技能等级</translation>
    </message>
    <message>
        <source>3. Skill competitions</source>
        <translation>三、职业技能竞赛</translation>
    </message>
    <message>
        <source>4. Honours</source>
        <translation>四、荣誉</translation>
    </message>
</context>
<context>
    <name>skl::TrainingArchiveStore</name>
    <message>
        <source>Reading the worker</source>
        <translation>读取职工</translation>
    </message>
    <message>
        <source>Reading the grades</source>
        <translation>读取技能等级</translation>
    </message>
    <message>
        <source>Reading the competition results</source>
        <translation>读取竞赛成绩</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>Reading the honours</source>
        <translation>读取荣誉</translation>
    </message>
    <message>
        <source>the training archive of %1 (%2)</source>
        <translation>%1（%2）的培训档案</translation>
    </message>
</context>
<context>
    <name>skl::TrainingCommands</name>
    <message>
        <source>training needs import, list, expiring or archive.</source>
        <translation>training 需要 import、list、expiring 或 archive。</translation>
    </message>
    <message>
        <source>Unknown training command &quot;%1&quot;.</source>
        <translation>未知的 training 命令“%1”。</translation>
    </message>
    <message>
        <source>training import FILE.csv|FILE.xlsx reads the file.</source>
        <translation>training import FILE.csv|FILE.xlsx 读取该文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 处问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training record(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条培训记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>training list needs --employee NO.</source>
        <translation>training list 需要 --employee 工号。</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a number of days (0 or more).</source>
        <translation>--within：“%1”不是天数（0 或以上）。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>training archive needs --employee NO and --out FILE.pdf or FILE.xlsx.</source>
        <translation>training archive 需要 --employee 工号 和 --out FILE.pdf 或 FILE.xlsx。</translation>
    </message>
    <message>
        <source>Wrote the training archive of %1 (%2) to %3.</source>
        <translation>已将 %1（%2）的培训档案写入 %3。</translation>
    </message>
</context>
<context>
    <name>skl::TrainingExport</name>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Expiring certificates</source>
        <translation>证书到期</translation>
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
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>skl::TrainingImport</name>
    <message>
        <source>The training ends (%1) before it starts (%2).</source>
        <translation>培训结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>An expiry date needs the certificate number it belongs to.</source>
        <translation>填写了有效期，还需要填写对应的证书编号。</translation>
    </message>
    <message>
        <source>The certificate expires (%1) before the training starts (%2).</source>
        <translation>证书有效期（%1）早于培训开始日期（%2）。</translation>
    </message>
    <message>
        <source>The course is missing.</source>
        <translation>课程未填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of training (岗位培训, 技能研修, 继续教育, 学徒培训, 安全培训, 特种作业, 其他).</source>
        <translation>“%1”不是培训类别（岗位培训、技能研修、继续教育、学徒培训、安全培训、特种作业、其他）。</translation>
    </message>
    <message>
        <source>The result is missing (合格, 不合格, 结业 …).</source>
        <translation>结果未填写（合格、不合格、结业……）。</translation>
    </message>
</context>
<context>
    <name>skl::TrainingNames</name>
    <message>
        <source>Post training</source>
        <translation>岗位培训</translation>
    </message>
    <message>
        <source>Skill study</source>
        <translation>技能研修</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>继续教育</translation>
    </message>
    <message>
        <source>Apprentice training</source>
        <translation>学徒培训</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>安全培训</translation>
    </message>
    <message>
        <source>Special operation</source>
        <translation>特种作业</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The hours are missing.</source>
        <translation>学时未填写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Hours cannot be below zero (%1).</source>
        <translation>学时不能小于零（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal; write hours as 8 or 7.5.</source>
        <translation>“%1”的小数超过一位；学时请写成 8 或 7.5 这样的形式。</translation>
    </message>
    <message>
        <source>The course is missing.</source>
        <translation>课程未填写。</translation>
    </message>
    <message>
        <source>The training needs its start and end dates.</source>
        <translation>培训需要开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The training ends (%1) before it starts (%2).</source>
        <translation>培训结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Hours cannot be below zero.</source>
        <translation>学时不能小于零。</translation>
    </message>
    <message>
        <source>The cost cannot be below zero.</source>
        <translation>费用不能小于零。</translation>
    </message>
    <message>
        <source>The result is missing (合格, 不合格, 结业 …).</source>
        <translation>结果未填写（合格、不合格、结业……）。</translation>
    </message>
    <message>
        <source>An expiry date needs the certificate number it belongs to.</source>
        <translation>填写了有效期，还需要填写对应的证书编号。</translation>
    </message>
    <message>
        <source>The certificate expires (%1) before the training starts (%2).</source>
        <translation>证书有效期（%1）早于培训开始日期（%2）。</translation>
    </message>
</context>
<context>
    <name>skl::TrainingPanel</name>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Corrected on</source>
        <translation>更正时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Course (before)</source>
        <translation>课程（更正前）</translation>
    </message>
    <message>
        <source>New record…</source>
        <translation>新增记录…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Print or export the archive…</source>
        <translation>打印或导出档案…</translation>
    </message>
    <message>
        <source>Correct the selected record; the archive keeps the former values and the reason.</source>
        <translation>更正选中的记录；档案保留原内容和更正原因。</translation>
    </message>
    <message>
        <source>The whole lifelong training archive of the worker as a PDF (终身职业技能培训电子档案) or an Excel workbook.</source>
        <translation>职工完整的终身职业技能培训电子档案，生成 PDF 或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Corrections of the selected record</source>
        <translation>选中记录的更正</translation>
    </message>
    <message>
        <source>Training archive</source>
        <translation>培训档案</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 hours, %2 yuan in all.</source>
        <translation>
            <numerusform>共 %n 条记录，%1 学时，%2 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording training needs the role %1.</source>
        <translation>录入培训需要角色：%1。</translation>
    </message>
    <message>
        <source>Print or export the training archive</source>
        <translation>打印或导出培训档案</translation>
    </message>
    <message>
        <source>Training archive %1 %2.pdf</source>
        <translation>培训档案 %1 %2.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The training archive is written to %1.</source>
        <translation>培训档案已写入 %1。</translation>
    </message>
</context>
<context>
    <name>skl::TrainingRecordDialog</name>
    <message>
        <source>New training record — %1</source>
        <translation>新增培训记录 — %1</translation>
    </message>
    <message>
        <source>Correct the training record — %1</source>
        <translation>更正培训记录 — %1</translation>
    </message>
    <message>
        <source>e.g. 8 or 7.5</source>
        <translation>如 8 或 7.5</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.00</source>
        <translation>元，如 1200.00</translation>
    </message>
    <message>
        <source>for licences that must be renewed</source>
        <translation>需复审的证书填写</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Why the record is corrected (kept with the old values)</source>
        <translation>更正原因（与原内容一并保存）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The course is missing.</source>
        <translation>课程未填写。</translation>
    </message>
    <message>
        <source>The cost is not an amount in yuan of 0 or more (e.g. 1200.00).</source>
        <translation>费用不是 0 或以上的元金额（如 1200.00）。</translation>
    </message>
    <message>
        <source>Enter the start and end dates as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The expiry is not a date; write YYYY-MM-DD or leave it empty.</source>
        <translation>有效期不是日期；请按 YYYY-MM-DD 填写或留空。</translation>
    </message>
    <message>
        <source>Say why the record is corrected.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>Recording training needs the role %1.</source>
        <translation>录入培训需要角色：%1。</translation>
    </message>
</context>
<context>
    <name>skl::TrainingStore</name>
    <message>
        <source>Recorded the training %1 (%2, %3 to %4) of %5.</source>
        <translation>记录了 %5 的培训：%1（%2，%3 至 %4）。</translation>
    </message>
    <message>
        <source>Recording the training</source>
        <translation>记录培训</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>更正需要填写原因。</translation>
    </message>
    <message>
        <source>Correcting the training record</source>
        <translation>更正培训记录</translation>
    </message>
    <message>
        <source>Corrected the training record %1 (%2 of %3): %4</source>
        <translation>更正了培训记录 %1（%3 的 %2）：%4</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>没有编号为 %1 的培训记录。</translation>
    </message>
    <message>
        <source>Reading the training records</source>
        <translation>读取培训记录</translation>
    </message>
    <message>
        <source>The list needs its date.</source>
        <translation>列表需要截至日期。</translation>
    </message>
    <message>
        <source>The horizon cannot be below zero days.</source>
        <translation>提醒天数不能小于零。</translation>
    </message>
    <message>
        <source>Reading the expiring certificates</source>
        <translation>读取即将到期的证书</translation>
    </message>
    <message>
        <source>The training of %1 has no worker.</source>
        <translation>%1 的培训记录找不到对应职工。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n training record(s) from %1.</source>
        <translation>
            <numerusform>从 %1 导入了 %n 条培训记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skl::TrainingView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>导出列表…</translation>
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
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>培训机构</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Course contains…</source>
        <translation>课程名称包含…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Training records (CSV or Excel)…</source>
        <translation>培训记录（CSV 或 Excel）…</translation>
    </message>
    <message>
        <source>Download import template</source>
        <translation>下载导入模板</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>开始年份</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>expiring within</source>
        <translation>到期期限</translation>
    </message>
    <message>
        <source>(those already expired are listed first, in red)</source>
        <translation>（已过期的排在前面，以红色显示）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Expiring certificates</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <source>Hours and cost by kind</source>
        <translation>按类别统计</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>全部车间</translation>
    </message>
    <message>
        <source>Reading the training records…</source>
        <translation>正在读取培训记录…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1 hours, %2 yuan.</source>
        <translation>
            <numerusform>%n 条记录，%1 学时，%2 元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates as of %1: %2 expired, %3 expiring within %4 days.</source>
        <translation>截至 %1 的证书：%2 张已过期，%3 张将在 %4 天内到期。</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已过期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Training hours by kind, %1</source>
        <translation>各类培训学时（%1）</translation>
    </message>
    <message>
        <source>Training cost by kind, %1 (yuan)</source>
        <translation>各类培训费用（%1，元）</translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation>需要角色：%1。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>the expiring training certificates</source>
        <translation>即将到期的培训证书</translation>
    </message>
    <message>
        <source>the training records</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Expiring certificates %1.xlsx</source>
        <translation>证书到期 %1.xlsx</translation>
    </message>
    <message>
        <source>Training records.xlsx</source>
        <translation>培训记录.xlsx</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The list is written to %1.</source>
        <translation>列表已写入 %1。</translation>
    </message>
</context>
<context>
    <name>skl::TrendChart</name>
    <message>
        <source>Skilled workers of employees</source>
        <translation>技能人才占职工总数</translation>
    </message>
    <message>
        <source>High-skilled of skilled workers</source>
        <translation>高技能人才占技能人才</translation>
    </message>
    <message>
        <source>Target for skilled workers</source>
        <translation>技能人才占比目标</translation>
    </message>
    <message>
        <source>Target for high-skilled workers</source>
        <translation>高技能人才占比目标</translation>
    </message>
    <message>
        <source>No month end to show.</source>
        <translation>没有可显示的月末数据。</translation>
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
    <name>skl::UnitStore</name>
    <message>
        <source>Reading the sites</source>
        <translation>读取单位</translation>
    </message>
    <message>
        <source>Reading the workshops</source>
        <translation>读取车间</translation>
    </message>
    <message>
        <source>The site is no longer in the database; another officer may have deleted it. Close the editor and open it again.</source>
        <translation>该单位已不在数据库中，可能已被其他人员删除。请关闭编辑窗口后重新打开。</translation>
    </message>
    <message>
        <source>The workshop is no longer in the database; another officer may have deleted it. Close the editor and open it again.</source>
        <translation>该车间已不在数据库中，可能已被其他人员删除。请关闭编辑窗口后重新打开。</translation>
    </message>
    <message>
        <source>Give the site&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Checking the site&apos;s name</source>
        <translation>检查单位名称</translation>
    </message>
    <message>
        <source>There is already a site named %1.</source>
        <translation>已有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>Give the workshop&apos;s name.</source>
        <translation>请填写车间名称。</translation>
    </message>
    <message>
        <source>Choose the site the workshop belongs to.</source>
        <translation>请选择车间所属单位。</translation>
    </message>
    <message>
        <source>Checking the workshop&apos;s name</source>
        <translation>检查车间名称</translation>
    </message>
    <message>
        <source>%1 already has a workshop named %2.</source>
        <translation>%1 已有名为 %2 的车间。</translation>
    </message>
    <message>
        <source>Adding the site %1</source>
        <translation>新增单位 %1</translation>
    </message>
    <message>
        <source>Added the site %1 (%2).</source>
        <translation>新增单位 %1（%2）。</translation>
    </message>
    <message>
        <source>Saving the site %1</source>
        <translation>保存单位 %1</translation>
    </message>
    <message>
        <source>Renamed the site %1 to %2 and set its province to %3.</source>
        <translation>单位 %1 更名为 %2，所在省份设为 %3。</translation>
    </message>
    <message>
        <source>Renamed the site %1 to %2.</source>
        <translation>单位 %1 更名为 %2。</translation>
    </message>
    <message>
        <source>Set the province of the site %1 to %2 (was %3).</source>
        <translation>单位 %1 的所在省份设为 %2（原为 %3）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Deleting a site</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>The site %1 is in use and is not deleted: %2 worker(s) and %3 workshop(s) are recorded there.</source>
        <translation>单位 %1 正在使用，未删除：其下登记有 %2 名职工、%3 个车间。</translation>
    </message>
    <message>
        <source>Deleted the site %1 (%2), which nothing used.</source>
        <translation>删除了未被使用的单位 %1（%2）。</translation>
    </message>
    <message>
        <source>Adding the workshop %1</source>
        <translation>新增车间 %1</translation>
    </message>
    <message>
        <source>Added the workshop %1 at %2.</source>
        <translation>在 %2 新增车间 %1。</translation>
    </message>
    <message>
        <source>Saving the workshop %1</source>
        <translation>保存车间 %1</translation>
    </message>
    <message>
        <source>Renamed the workshop %1 (%2) to %3 and moved it to %4 with its %5 worker(s).</source>
        <translation>车间 %1（%2）更名为 %3，连同其 %5 名职工调整到 %4。</translation>
    </message>
    <message>
        <source>Renamed the workshop %1 (%2) to %3.</source>
        <translation>车间 %1（%2）更名为 %3。</translation>
    </message>
    <message>
        <source>Moved the workshop %1 from %2 to %3 with its %4 worker(s).</source>
        <translation>车间 %1 连同其 %4 名职工从 %2 调整到 %3。</translation>
    </message>
    <message>
        <source>Deleting a workshop</source>
        <translation>删除车间</translation>
    </message>
    <message>
        <source>The workshop %1 (%2) is in use and is not deleted: %3 worker(s) and %4 workshop head(s) are assigned to it.</source>
        <translation>车间 %1（%2）正在使用，未删除：其下有 %3 名职工、%4 名车间主任。</translation>
    </message>
    <message>
        <source>Deleted the workshop %1 (%2), which nothing used.</source>
        <translation>删除了未被使用的车间 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>skl::UnitsDialog</name>
    <message>
        <source>Site</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>所在省份</translation>
    </message>
    <message>
        <source>Eastern region</source>
        <translation>东部地区</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>职工数</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>车间数</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>新增单位(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>保存单位(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete site</source>
        <translation>删除单位(&amp;D)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>车间</translation>
    </message>
    <message>
        <source>Workshop heads</source>
        <translation>车间主任数</translation>
    </message>
    <message>
        <source>N&amp;ew workshop</source>
        <translation>新增车间(&amp;E)</translation>
    </message>
    <message>
        <source>Sa&amp;ve workshop</source>
        <translation>保存车间(&amp;V)</translation>
    </message>
    <message>
        <source>De&amp;lete workshop</source>
        <translation>删除车间(&amp;L)</translation>
    </message>
    <message>
        <source>Sites and workshops</source>
        <translation>单位与车间</translation>
    </message>
    <message>
        <source>e.g. 济南总厂</source>
        <translation>例如 济南总厂</translation>
    </message>
    <message>
        <source>e.g. 机加工车间</source>
        <translation>例如 机加工车间</translation>
    </message>
    <message>
        <source>Sites (the province decides the 35 % target in the east)</source>
        <translation>单位（所在省份决定东部地区 35% 的目标）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>新增单位(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;workshop</source>
        <translation>新增车间(&amp;W)</translation>
    </message>
    <message>
        <source>Choose the site&apos;s province.</source>
        <translation>请选择单位所在省份。</translation>
    </message>
    <message>
        <source>Workshops and the site of each</source>
        <translation>车间（所属单位）</translation>
    </message>
</context>
<context>
    <name>skl::UserCommands</name>
    <message>
        <source>user needs add, list, disable, enable, unlock or passwd.</source>
        <translation>user 需要 add、list、disable、enable、unlock 或 passwd。</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>未知的 user 命令“%1”。</translation>
    </message>
    <message>
        <source>user add needs a login name and --role R[,R…] (admin, hr, approver, payroll, workshop-head, auditor).</source>
        <translation>user add 需要登录名和 --role 角色[,角色…]（admin、hr、approver、payroll、workshop-head、auditor）。</translation>
    </message>
    <message>
        <source>--role: %1</source>
        <translation>--role：%1</translation>
    </message>
    <message>
        <source>--workshop: %1</source>
        <translation>--workshop：%1</translation>
    </message>
    <message>
        <source>Added the officer %1: %2.</source>
        <translation>已添加人员 %1：%2。</translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation> [已停用]</translation>
    </message>
    <message>
        <source> [locked until %1]</source>
        <translation> [锁定至 %1]</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>user passwd takes at most one login name.</source>
        <translation>user passwd 最多接受一个登录名。</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>user %1 needs one login name.</source>
        <translation>user %1 需要一个登录名。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
</context>
<context>
    <name>skl::VerificationPage</name>
    <message>
        <source>The verification page %1 cannot be written: %2</source>
        <translation>证书核验页 %1 无法写入：%2</translation>
    </message>
</context>
<context>
    <name>skl::WageBillDialog</name>
    <message>
        <source>Take the entered figure back</source>
        <translation>撤销录入</translation>
    </message>
    <message>
        <source>Wage bill of %1</source>
        <translation>%1 年度工资总额</translation>
    </message>
    <message>
        <source>Yuan, at most two decimals, e.g. 52,800,000.00</source>
        <translation>以元为单位，最多两位小数，例如 52,800,000.00</translation>
    </message>
    <message>
        <source>Where the figure comes from, e.g. the annual accounts</source>
        <translation>数字的来源，例如年度财务决算</translation>
    </message>
    <message>
        <source>The pay records count again.</source>
        <translation>恢复按薪酬记录计算。</translation>
    </message>
    <message>
        <source>An entered wage bill counts instead of the one computed from the pay records. Enter it when the pay records do not hold the year&apos;s pay.</source>
        <translation>录入的工资总额优先于按薪酬记录计算的数字。薪酬记录不完整时请录入该年度的工资总额。</translation>
    </message>
    <message>
        <source>Wage bill (yuan)</source>
        <translation>工资总额（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of yuan with at most two decimals.</source>
        <translation>“%1”不是最多两位小数的元金额。</translation>
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
    <message>
        <source>Open a company on a server…</source>
        <translation>打开服务器上的企业…</translation>
    </message>
    <message>
        <source>A company shared by several officers on a PostgreSQL server, as your IT department set it up.</source>
        <translation>由信息部门配置、多位操作员共用的 PostgreSQL 服务器上的企业。</translation>
    </message>
    <message>
        <source>%1 on %2
%3 — login %4</source>
        <translation>%2 上的 %1
%3 — 登录名 %4</translation>
    </message>
</context>
<context>
    <name>skl::WorkCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Spring Festival, working day</source>
        <translation>春节调休上班</translation>
    </message>
    <message>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Labour Day, working day</source>
        <translation>劳动节调休上班</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day and Mid-Autumn Festival</source>
        <translation>国庆节、中秋节</translation>
    </message>
    <message>
        <source>National Day, working day</source>
        <translation>国庆节调休上班</translation>
    </message>
    <message>
        <source>New Year&apos;s Day, working day</source>
        <translation>元旦调休上班</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>As the plain week</source>
        <translation>按周末规则</translation>
    </message>
</context>
<context>
    <name>skl::WorkCalendarDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Day off or worked</source>
        <translation>放假/上班</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Set this day</source>
        <translation>设为该日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Give back to the plain week</source>
        <translation>退回普通周(&amp;G)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>e.g. National Day, or Spring Festival, working day</source>
        <translation>例如：国庆节，或春节调休上班</translation>
    </message>
    <message>
        <source>Makes the day a public holiday or a working day; notice periods and reporting deadlines count with it from now on.</source>
        <translation>把该日设为放假或上班；此后公示期和上报期限都按此计算。</translation>
    </message>
    <message>
        <source>The day counts as the plain week counts it again: Monday to Friday worked, the weekend off. A shipped day is withdrawn.</source>
        <translation>该日重新按普通周计算：周一至周五上班，周末休息。内置的日子也可这样撤回。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The State Council&apos;s public holidays and working weekends of %1 are in the calendar; the rows marked &quot;Company&quot; are this company&apos;s own entries over them.</source>
        <translation>%1 年国务院放假安排和调休上班日已录入；标为“本单位”的是本单位在其上的调整。</translation>
    </message>
    <message>
        <source>No State Council notice of %1 was shipped: the calendar has only this company&apos;s entries for it. Check them against the notice.</source>
        <translation>程序未内置 %1 年国务院放假安排：日历只有本单位录入的日子，请对照国务院通知核对。</translation>
    </message>
    <message>
        <source>No State Council holiday schedule has been entered for %1 yet: only weekends are counted.</source>
        <translation>%1 年尚未录入国务院放假安排：只按周末计算。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>国务院</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>“%1”不是日期：请写成 YYYY-MM-DD。</translation>
    </message>
</context>
<context>
    <name>skl::WorkCalendarStore</name>
    <message>
        <source>Reading the working-day calendar</source>
        <translation>读取工作日历</translation>
    </message>
    <message>
        <source>The working-day calendar holds an entry that cannot be read (%1); the database may be damaged.</source>
        <translation>工作日历中有一条无法读取的记录（%1）；数据库可能已损坏。</translation>
    </message>
    <message>
        <source>Changing the working-day calendar</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <source>A day of the calendar has no valid date.</source>
        <translation>日历中有一天没有有效日期。</translation>
    </message>
    <message>
        <source>Changed the working-day calendar: %1.</source>
        <translation>修改了工作日历：%1。</translation>
    </message>
</context>
<context>
    <name>skl::Workbench</name>
    <message>
        <source>%1 is no longer an officer of this company.</source>
        <translation>%1 已不是本企业的操作员。</translation>
    </message>
</context>
<context>
    <name>skl::WorkbenchCard</name>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>双击一行即可打开。</translation>
    </message>
</context>
<context>
    <name>skl::WorkbenchFactsStore</name>
    <message>
        <source>Reading the proposals waiting for a decision</source>
        <translation>读取待审批的认定申报</translation>
    </message>
    <message>
        <source>Reading the master-apprentice agreements ending</source>
        <translation>读取即将到期的师带徒协议</translation>
    </message>
</context>
<context>
    <name>skl::WorkbenchView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Promotions due</source>
        <translation>晋级到期</translation>
    </message>
    <message>
        <source>Proposals waiting for me</source>
        <translation>待我审批</translation>
    </message>
    <message>
        <source>Master-apprentice agreements ending</source>
        <translation>师带徒协议到期</translation>
    </message>
    <message>
        <source>Allowance months</source>
        <translation>津贴月份</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最近备份</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>%1, welcome</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>Reading what waits for you…</source>
        <translation>正在读取您的待办事项…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>workers of your workshops due for promotion within %1 days (by %2)</source>
        <translation>名本车间职工%1天内（%2 前）到期可晋级</translation>
    </message>
    <message>
        <source>workers due for promotion within %1 days (by %2)</source>
        <translation>名职工%1天内（%2 前）到期可晋级</translation>
    </message>
    <message>
        <source>%1 of them eligible already today; %2 due within %3 days.</source>
        <translation>其中 %1 名今天已符合条件；%3天内到期共 %2 名。</translation>
    </message>
    <message>
        <source>%1  %2 (%3), %4: %5 → %6</source>
        <translation>%1  %2（%3），%4：%5 → %6</translation>
    </message>
    <message>
        <source>No promotions due within %1 days.</source>
        <translation>没有%1天内到期的晋级。</translation>
    </message>
    <message>
        <source>Due within %1 days…</source>
        <translation>%1天内到期名单…</translation>
    </message>
    <message>
        <source>proposals waiting for your decision</source>
        <translation>项申报待您审批</translation>
    </message>
    <message>
        <source>The certification policy names the approvers %1; you are not among them, so no proposal waits for you.</source>
        <translation>认定政策指定的审批人为 %1，您不在其中，因此没有待您审批的申报。</translation>
    </message>
    <message>
        <source>The oldest first. Your own proposals are decided by another approver.</source>
        <translation>按申报先后排列。您本人提交的申报由其他审批人审批。</translation>
    </message>
    <message>
        <source>%1  %2 (%3): %4 %5, proposed by %6</source>
        <translation>%1  %2（%3）：%4 %5，申报人 %6</translation>
    </message>
    <message>
        <source>No proposals wait for your decision.</source>
        <translation>没有待您审批的申报。</translation>
    </message>
    <message>
        <source>Open the proposals…</source>
        <translation>查看待审批申报…</translation>
    </message>
    <message>
        <source>agreements past their planned end or ending within %1 days</source>
        <translation>份协议已过计划结束日期或将在%1天内到期</translation>
    </message>
    <message>
        <source>%1 overdue (planned end passed, no actual end recorded), %2 within %3 days, %4 more within %5 days.</source>
        <translation>已逾期 %1 份（已过计划结束日期，未登记实际结束），%3天内到期 %2 份，另有 %4 份在%5天内到期。</translation>
    </message>
    <message>
        <source>%1 (overdue)  %2 (%3), mentor %4, %5</source>
        <translation>%1（已逾期）  %2（%3），师傅 %4，%5</translation>
    </message>
    <message>
        <source>%1  %2 (%3), mentor %4, %5</source>
        <translation>%1  %2（%3），师傅 %4，%5</translation>
    </message>
    <message>
        <source>No master-apprentice agreement ends within %1 days.</source>
        <translation>没有%1天内到期的师带徒协议。</translation>
    </message>
    <message>
        <source>All agreements ending…</source>
        <translation>全部到期协议…</translation>
    </message>
    <message>
        <source>No allowance rates are set yet, so there is no month to compute. Payroll sets the rates on the Allowances page.</source>
        <translation>尚未设置津贴标准，没有需要核算的月份。薪酬专员在“津贴”页设置标准。</translation>
    </message>
    <message>
        <source>Open the allowances…</source>
        <translation>打开津贴页…</translation>
    </message>
    <message>
        <source>%1  not computed</source>
        <translation>%1  未核算</translation>
    </message>
    <message>
        <source>%1  reopened, correction awaiting approval</source>
        <translation>%1  已重新打开，更正待批准</translation>
    </message>
    <message>
        <source>%1  computed, awaiting approval</source>
        <translation>%1  已核算，待批准</translation>
    </message>
    <message>
        <source>months not computed or not approved (%1 to %2)</source>
        <translation>个月未核算或未批准（%1 至 %2）</translation>
    </message>
    <message>
        <source>%1 not computed, %2 awaiting approval.</source>
        <translation>未核算 %1 个月，待批准 %2 个月。</translation>
    </message>
    <message>
        <source>Every month from %1 to %2 is computed and approved.</source>
        <translation>%1 至 %2 各月均已核算并批准。</translation>
    </message>
    <message>
        <source>Open %1…</source>
        <translation>打开 %1…</translation>
    </message>
    <message>
        <source>This company is on a server: it is backed up by the server&apos;s administrators (pg_dump), not from this window.</source>
        <translation>本企业的数据在服务器上，由服务器管理员备份（pg_dump），不在本窗口备份。</translation>
    </message>
    <message>
        <source>day(s) since the last automatic backup</source>
        <translation>天前完成最近一次自动备份</translation>
    </message>
    <message>
        <source>Last automatic backup %1, in %2.</source>
        <translation>最近一次自动备份：%1，位于 %2。</translation>
    </message>
    <message>
        <source>The last automatic backup, %1 in %2, is more than %3 days old: check that the folder can still be written.</source>
        <translation>最近一次自动备份（%1，位于 %2）已超过%3天：请检查该文件夹是否仍可写入。</translation>
    </message>
    <message>
        <source>This database has no automatic backup yet in %1. The first is written a minute after opening; File ▸ Back up database writes one now.</source>
        <translation>%1 中还没有本数据库的自动备份。打开数据库一分钟后会写入第一份；也可用“文件 ▸ 备份数据库”立即备份。</translation>
    </message>
    <message>
        <source>Automatic backups are off. The last one was written %1 in %2.</source>
        <translation>自动备份已关闭。最近一份写于 %1，位于 %2。</translation>
    </message>
    <message>
        <source>Automatic backups are off, and this database has none.</source>
        <translation>自动备份已关闭，本数据库还没有任何自动备份。</translation>
    </message>
    <message>
        <source>Backup settings…</source>
        <translation>备份设置…</translation>
    </message>
    <message>
        <source>Check now…</source>
        <translation>立即检查…</translation>
    </message>
    <message>
        <source>The audit trail is broken. %1</source>
        <translation>审计记录已被破坏。%1</translation>
    </message>
    <message>
        <source>Show the events of that day…</source>
        <translation>查看当天的事件…</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n event(s) checked just now.</source>
        <translation>
            <numerusform>审计记录完整：刚刚检查了 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the audit trail…</source>
        <translation>打开审计记录…</translation>
    </message>
    <message>
        <source>Intact as last checked: up to event %1, %2.</source>
        <translation>最近一次检查结果完整：截至第 %1 号事件，%2。</translation>
    </message>
    <message>
        <source>The audit trail has not been checked yet.</source>
        <translation>审计记录尚未检查过。</translation>
    </message>
    <message>
        <source>Checking every event of the audit trail…</source>
        <translation>正在检查审计记录的每个事件…</translation>
    </message>
    <message>
        <source>Assessment rounds</source>
        <translation>考核批次</translation>
    </message>
    <message numerus="yes">
        <source>report to the province overdue since %1 (%n working day(s) late)</source>
        <translation>
            <numerusform>应于 %1 上报省级系统，已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>report to the province due %1 (in %n working day(s))</source>
        <translation>
            <numerusform>应于 %1 上报省级系统（还有 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>notice period ended %1, %n proposal(s) undecided</source>
        <translation>
            <numerusform>公示期已于 %1 届满，%n 项认定申请待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>assessment rounds to act on</source>
        <translation>个考核批次需要办理</translation>
    </message>
    <message>
        <source>%1 of them late with the report to the provincial system.</source>
        <translation>其中 %1 个批次上报省级系统已逾期。</translation>
    </message>
    <message numerus="yes">
        <source>Reports are due %n working day(s) ahead or sooner; decisions wait once the notice period is over.</source>
        <translation>
            <numerusform>列出 %n 个工作日内到期的上报，以及公示期满后待审批的批次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the first round…</source>
        <translation>打开第一个批次…</translation>
    </message>
    <message>
        <source>Training certificates expiring</source>
        <translation>培训证书即将到期</translation>
    </message>
    <message>
        <source>training certificates expiring within %1 days or expired</source>
        <translation>张培训证书 %1 天内到期或已过期</translation>
    </message>
    <message>
        <source>%1 of them already expired: the holders may not do the work until renewed.</source>
        <translation>其中 %1 张已过期：持证人在复审换证前不得从事该作业。</translation>
    </message>
    <message>
        <source>Renew them before they expire (特种作业操作证 must be renewed).</source>
        <translation>请在到期前安排复审（特种作业操作证须按期复审）。</translation>
    </message>
    <message>
        <source>%1 %2: %3, expires %4</source>
        <translation>%1 %2：%3，%4 到期</translation>
    </message>
    <message>
        <source>Open the list…</source>
        <translation>打开列表…</translation>
    </message>
</context>
<context>
    <name>skl::WorkerCommands</name>
    <message>
        <source>worker needs add, leave, move or delete.</source>
        <translation>worker 需要 add、leave、move 或 delete。</translation>
    </message>
    <message>
        <source>Unknown worker command &quot;%1&quot;.</source>
        <translation>未知的 worker 命令“%1”。</translation>
    </message>
    <message>
        <source>worker add needs --employee NO, --name NAME and --hire YYYY-MM-DD.</source>
        <translation>worker add 需要 --employee 工号、--name 姓名和 --hire YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Added employee %1 %2.</source>
        <translation>已新增职工 %1 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message>
        <source>worker leave needs one employee number, --date YYYY-MM-DD (the first day out of service) and --reason TEXT.</source>
        <translation>worker leave 需要一个工号、--date YYYY-MM-DD（首个不在岗日）和 --reason 原因。</translation>
    </message>
    <message>
        <source>Employee %1 leaves; first day out of service %2.</source>
        <translation>职工 %1 离职；首个不在岗日为 %2。</translation>
    </message>
    <message>
        <source>worker move needs employee numbers and --workshop W [--site S] and/or --occupation O.</source>
        <translation>worker move 需要工号，以及 --workshop 车间 [--site 单位] 和/或 --occupation 职业。</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>没有单位 %1。</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>没有车间 %1。</translation>
    </message>
    <message>
        <source>Several sites have a workshop %1: name the site with --site.</source>
        <translation>多个单位都有车间 %1：请用 --site 指明单位。</translation>
    </message>
    <message>
        <source>There is no occupation %1.</source>
        <translation>没有职业（工种）%1。</translation>
    </message>
    <message>
        <source>Moved %1 of %2 workers; the others were there already.</source>
        <translation>已调整 %2 名职工中的 %1 名；其余的已在该处。</translation>
    </message>
    <message>
        <source>worker delete needs one employee number.</source>
        <translation>worker delete 需要一个工号。</translation>
    </message>
    <message>
        <source>Deleted employee %1.</source>
        <translation>已删除职工 %1。</translation>
    </message>
</context>
<context>
    <name>skl::WorkerEdits</name>
    <message>
        <source>The worker is no longer in the database; another officer may have deleted them. Refresh the roster.</source>
        <translation>该职工已不在数据库中，可能已被其他操作员删除。请刷新花名册。</translation>
    </message>
    <message>
        <source>grade records beyond the roster&apos;s: %1</source>
        <translation>花名册以外的等级记录 %1 条</translation>
    </message>
    <message>
        <source>certifications (proposed, decided or revoked): %1</source>
        <translation>认定记录（申报、审批或撤销）%1 条</translation>
    </message>
    <message>
        <source>competition results: %1</source>
        <translation>竞赛成绩 %1 条</translation>
    </message>
    <message>
        <source>team-leader periods: %1</source>
        <translation>班组长任期 %1 段</translation>
    </message>
    <message>
        <source>master-apprentice agreements: %1</source>
        <translation>师带徒协议 %1 份</translation>
    </message>
    <message>
        <source>lines of computed allowance months: %1</source>
        <translation>已计算月份的津贴明细 %1 条</translation>
    </message>
    <message>
        <source>pay records: %1</source>
        <translation>工资记录 %1 条</translation>
    </message>
    <message>
        <source>professional titles: %1</source>
        <translation>职称记录 %1 条</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>照片 %1 张</translation>
    </message>
    <message>
        <source>rows of the table %1: %2</source>
        <translation>表 %1 中的记录 %2 条</translation>
    </message>
    <message>
        <source>Looking up employee %1</source>
        <translation>查找职工 %1</translation>
    </message>
    <message>
        <source>There is no employee %1 in the roster.</source>
        <translation>花名册中没有职工 %1。</translation>
    </message>
    <message>
        <source>Checking the new worker</source>
        <translation>检查新职工</translation>
    </message>
    <message>
        <source>the employee number %1 already belongs to %2.</source>
        <translation>工号 %1 已属于 %2。</translation>
    </message>
    <message>
        <source>this ID number already belongs to employee %1 %2.</source>
        <translation>该身份证号已属于职工 %1 %2。</translation>
    </message>
    <message>
        <source>Adding employee %1</source>
        <translation>新增职工 %1</translation>
    </message>
    <message>
        <source>Added employee %1 %2 by hand (new hire).</source>
        <translation>手工新增职工 %1 %2（新入职）。</translation>
    </message>
    <message>
        <source>Employee %1 could not be added: the number is already on record.</source>
        <translation>无法新增职工 %1：该工号已登记。</translation>
    </message>
    <message>
        <source>Recording a leaving</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>Give the leave date: the first day the worker is no longer in service.</source>
        <translation>请填写离职日期：职工不再在岗的第一天。</translation>
    </message>
    <message>
        <source>Give the reason for leaving (resignation, retirement, end of contract …): it is kept in the audit trail.</source>
        <translation>请填写离职原因（辞职、退休、合同期满……）：原因记入审计日志。</translation>
    </message>
    <message>
        <source>Employee %1 %2 has already left on %3. To correct that date, edit the leave date in the worker&apos;s profile.</source>
        <translation>职工 %1 %2 已于 %3 离职。如需更正该日期，请在职工档案中修改离职日期。</translation>
    </message>
    <message>
        <source>The leave date %1 of employee %2 %3 is before the hire date %4.</source>
        <translation>职工 %2 %3 的离职日期 %1 早于入职日期 %4。</translation>
    </message>
    <message>
        <source>Employee %1 %2 leaves; first day out of service %3. Reason: %4</source>
        <translation>职工 %1 %2 离职；离职日期（首个不在岗日）%3。原因：%4</translation>
    </message>
    <message>
        <source>Moving workers</source>
        <translation>调整职工</translation>
    </message>
    <message>
        <source>Choose the workshop or the occupation the workers move to.</source>
        <translation>请选择职工调往的车间或职业（工种）。</translation>
    </message>
    <message>
        <source>The chosen workshop is no longer in the database.</source>
        <translation>所选车间已不在数据库中。</translation>
    </message>
    <message>
        <source>The chosen occupation is no longer in the database.</source>
        <translation>所选职业（工种）已不在数据库中。</translation>
    </message>
    <message>
        <source>Some of the chosen workers are no longer in the database; another officer may have deleted them. Refresh the roster and choose again.</source>
        <translation>所选职工中有人已不在数据库中，可能已被其他操作员删除。请刷新花名册后重新选择。</translation>
    </message>
    <message>
        <source>workshop %1 (%2), occupation %3</source>
        <translation>车间 %1（%2），职业（工种）%3</translation>
    </message>
    <message>
        <source>workshop %1 (%2)</source>
        <translation>车间 %1（%2）</translation>
    </message>
    <message>
        <source>occupation %1</source>
        <translation>职业（工种）%1</translation>
    </message>
    <message>
        <source>Moved %1 workers to %2: %3</source>
        <translation>将 %1 名职工调至%2：%3</translation>
    </message>
    <message>
        <source>Looking for records of the worker</source>
        <translation>查找该职工的记录</translation>
    </message>
    <message>
        <source>Deleting a worker</source>
        <translation>删除职工</translation>
    </message>
    <message>
        <source>Employee %1 %2 cannot be deleted: records refer to them (%3). Only a worker entered by mistake, with no history yet, can be deleted; record a leaving instead.</source>
        <translation>职工 %1 %2 不能删除：有记录引用该职工（%3）。只有误录且尚无任何历史记录的职工才能删除；请改为办理离职。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Deleted employee %1 %2, entered by mistake.</source>
        <translation>删除误录职工 %1 %2。</translation>
    </message>
    <message>
        <source>Employee %1 %2 cannot be deleted: records your role cannot read (pay, allowances or agreements) refer to them. Record a leaving instead.</source>
        <translation>职工 %1 %2 不能删除：有您的角色无权查看的记录（工资、津贴或协议）引用该职工。请改为办理离职。</translation>
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
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>The photo printed on certificates (PNG or JPEG); stored with Save.</source>
        <translation>打印在证书上的照片（PNG 或 JPEG），点击“保存”后存入。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an image SkillLadder can read.</source>
        <translation>%1 不是 SkillLadder 能读取的图片。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Show the worker as now stored; your unsaved changes are discarded.</source>
        <translation>显示该职工当前保存的数据；未保存的修改将被放弃。</translation>
    </message>
    <message>
        <source>Nothing was saved: this worker was changed after you opened the profile. Reload to see the stored data, then make your changes again.</source>
        <translation>未保存任何内容：打开档案后，该职工的数据已被他人修改。请重新载入查看已保存的数据，然后重新修改。</translation>
    </message>
    <message>
        <source>%1 at %2: %3 changed from &quot;%4&quot; to &quot;%5&quot;.</source>
        <translation>%1 于 %2：%3 由“%4”改为“%5”。</translation>
    </message>
    <message>
        <source>The change left no entry in the audit trail (a grade record, for example).</source>
        <translation>该修改未在审计记录中留下条目（例如等级记录）。</translation>
    </message>
    <message>
        <source>Saving a worker needs the role %1.</source>
        <translation>保存职工信息需要角色：%1。</translation>
    </message>
    <message>
        <source>Show the full ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>ID numbers are shown masked; showing the full number (to read or change it) is recorded in the audit trail.</source>
        <translation>身份证号以遮盖形式显示；显示完整号码（查看或修改）会记入审计日志。</translation>
    </message>
    <message>
        <source>Seeing full ID numbers needs the role %1.</source>
        <translation>查看完整身份证号需要角色：%1。</translation>
    </message>
    <message>
        <source>Changing the photo needs the role %1.</source>
        <translation>更换照片需要角色：%1。</translation>
    </message>
    <message>
        <source>The changes to %1 %2 are not saved.</source>
        <translation>对 %1 %2 的修改尚未保存。</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the profile?</source>
        <translation>保存修改、放弃修改，还是返回档案继续编辑？</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手工新增</translation>
    </message>
    <message>
        <source>Leaving recorded</source>
        <translation>办理离职</translation>
    </message>
    <message>
        <source>Workshop or occupation changed</source>
        <translation>调整车间或职业</translation>
    </message>
    <message>
        <source>Team-leader periods</source>
        <translation>班组长任期</translation>
    </message>
    <message>
        <source>Master-apprentice</source>
        <translation>师带徒</translation>
    </message>
    <message>
        <source>Training archive</source>
        <translation>培训档案</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
</context>
<context>
    <name>skl::WorkerStore</name>
    <message>
        <source>Reading the roster</source>
        <translation>读取花名册</translation>
    </message>
    <message>
        <source>Counting the workers</source>
        <translation>统计职工人数</translation>
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
    <message>
        <source>Reading the sites, workshops and occupations</source>
        <translation>读取单位、车间和职业（工种）</translation>
    </message>
    <message>
        <source>Reading the names of sites, workshops and occupations</source>
        <translation>读取单位、车间和职业（工种）名称</translation>
    </message>
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
    <message>
        <source>Employee %1 does not work in your workshops; %2 reads the roster of their own workshops only.</source>
        <translation>工号 %1 不在您所管的车间；%2 只能查看其所管车间的花名册。</translation>
    </message>
    <message>
        <source>Recording who saw the ID number</source>
        <translation>记录查看身份证号的人</translation>
    </message>
    <message>
        <source>Showed the full ID number of employee %1 (%2).</source>
        <translation>显示了工号 %1（%2）的完整身份证号。</translation>
    </message>
    <message>
        <source>This worker is not in your workshops; %1 reads the roster of their own workshops only.</source>
        <translation>该职工不在您所管的车间；%1 只能查看其所管车间的花名册。</translation>
    </message>
</context>
<context>
    <name>skl::WorkforceTargetStore</name>
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
        <source>Excel · sheet %1</source>
        <translation>Excel · 工作表 %1</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 MB, more than a workbook of this kind can hold.</source>
        <translation>拒绝读取 %1：其中的部件 %2 解压后超过 %3 MB，超出此类工作簿应有的大小。</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 holds a text far longer than the %3 characters a cell can hold.</source>
        <translation>拒绝读取 %1：其中部件 %2 有一段文字远远超过一个单元格能容纳的 %3 个字符。</translation>
    </message>
    <message>
        <source>%1 is damaged: the compressed data of its part %2 cannot be read to the end. Open it in Excel and save it again.</source>
        <translation>%1 已损坏：其中部件 %2 的压缩数据无法读到结尾。请用 Excel 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 ends in broken XML (%3). Open it in Excel and save it again.</source>
        <translation>%1 已损坏：其中部件 %2 的 XML 不完整（%3）。请用 Excel 打开并重新保存。</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %2 different texts.</source>
        <translation>拒绝读取 %1：其中不同的文字超过 %2 条。</translation>
    </message>
    <message>
        <source>%1 is refused: its shared text number %2 is longer than %3 characters, the most a cell can hold.</source>
        <translation>拒绝读取 %1：其中第 %2 条共享文字超过 %3 个字符，超出一个单元格能容纳的长度。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; cannot be read past %2: %3 The whole file is refused and nothing is imported; open it in Excel and save it again.</source>
        <translation>工作表“%1”在 %2 之后无法读取：%3 整个文件被拒绝，未导入任何数据；请用 Excel 打开并重新保存。</translation>
    </message>
    <message>
        <source>row number &quot;%1&quot; is not between 1 and %2, Excel&apos;s last row.</source>
        <translation>行号“%1”不在 1 到 %2（Excel 的最后一行）之间。</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; lies outside the sheet&apos;s %2 columns (A to XFD) and %3 rows.</source>
        <translation>单元格引用“%1”超出工作表的 %2 列（A 到 XFD）和 %3 行。</translation>
    </message>
    <message>
        <source>the row has more than %1 cells (A to XFD).</source>
        <translation>该行超过 %1 个单元格（A 到 XFD）。</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters, the most a cell can hold.</source>
        <translation>该单元格超过 %1 个字符，超出一个单元格能容纳的长度。</translation>
    </message>
    <message>
        <source>the sheet inflates to more than %1 MB.</source>
        <translation>工作表解压后超过 %1 MB。</translation>
    </message>
    <message>
        <source>a cell holds far more than %1 characters, the most a cell can hold.</source>
        <translation>有一个单元格远远超过 %1 个字符，超出一个单元格能容纳的长度。</translation>
    </message>
    <message>
        <source>the compressed data is damaged or cut short.</source>
        <translation>压缩数据已损坏或不完整。</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is broken or cut short (%1).</source>
        <translation>工作表的 XML 已损坏或不完整（%1）。</translation>
    </message>
    <message>
        <source>shared text number %1 has an unknown entity or character reference</source>
        <translation>第 %1 个共享文本含有无法识别的实体或字符引用</translation>
    </message>
    <message>
        <source>an unknown entity or character reference</source>
        <translation>无法识别的实体或字符引用</translation>
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
<context>
    <name>skl::XmlByteScanner</name>
    <message>
        <source>a text or tag longer than %1 bytes</source>
        <translation>一段文字或一个标记超过 %1 字节</translation>
    </message>
    <message>
        <source>the part holds no XML element</source>
        <translation>该部件中没有任何 XML 元素</translation>
    </message>
    <message>
        <source>the data ends inside the element &lt;%1&gt;</source>
        <translation>数据在元素 &lt;%1&gt; 内部中断</translation>
    </message>
    <message>
        <source>the data ends inside a tag</source>
        <translation>数据在一个标记内部中断</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not close the open element</source>
        <translation>结束标记 &lt;/%1&gt; 与未结束的元素不匹配</translation>
    </message>
    <message>
        <source>text after the root element</source>
        <translation>根元素之后还有文字</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文字</translation>
    </message>
    <message>
        <source>a document type declaration, which workbooks do not have</source>
        <translation>含有文档类型声明（工作簿不应含有）</translation>
    </message>
    <message>
        <source>a malformed tag</source>
        <translation>格式错误的标记</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>出现第二个根元素</translation>
    </message>
    <message>
        <source>the encoding %1, where workbooks are in UTF-8</source>
        <translation>编码为 %1（工作簿应为 UTF-8）</translation>
    </message>
</context>
</TS>
