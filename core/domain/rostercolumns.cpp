#include "core/domain/rostercolumns.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct ColumnNames
    {
        RosterField field;
        const char16_t *key;
        const char16_t *chinese;
        std::initializer_list<const char16_t *> aliases;
    };

    const std::array<ColumnNames, kRosterFieldCount> &columnNames()
    {
        static const std::array<ColumnNames, kRosterFieldCount> names { {
            { RosterField::EmployeeNo, u"employee_no", u"工号",
                { u"员工编号", u"职工编号", u"员工号", u"employeeno", u"employeenumber" } },
            { RosterField::Name, u"name", u"姓名", { u"员工姓名" } },
            { RosterField::Gender, u"gender", u"性别", { u"sex" } },
            { RosterField::IdNumber, u"id_number", u"身份证号",
                { u"身份证号码", u"公民身份号码", u"身份证", u"idnumber", u"idno" } },
            { RosterField::BirthDate, u"birth_date", u"出生日期",
                { u"出生年月日", u"birthdate", u"dateofbirth" } },
            { RosterField::HireDate, u"hire_date", u"入职日期",
                { u"入职时间", u"参加工作日期", u"hiredate" } },
            { RosterField::LeaveDate, u"leave_date", u"离职日期", { u"离职时间", u"leavedate" } },
            { RosterField::Site, u"site", u"单位", { u"所属单位", u"单位名称" } },
            { RosterField::Province, u"province", u"省份", { u"所在省份", u"省", u"所在省" } },
            { RosterField::Workshop, u"workshop", u"车间", { u"所属车间", u"部门" } },
            { RosterField::Occupation, u"occupation", u"职业(工种)",
                { u"工种", u"职业", u"职业工种" } },
            { RosterField::Grade, u"grade", u"技能等级",
                { u"等级", u"职业技能等级", u"skillgrade", u"skilllevel" } },
            { RosterField::GradeDate, u"grade_date", u"等级取得日期",
                { u"取得日期", u"等级日期", u"发证日期", u"gradedate" } },
            { RosterField::Frontline, u"frontline", u"一线",
                { u"是否一线", u"一线职工", u"一线工人", u"isfrontline" } },
            { RosterField::TeamLeader, u"team_leader", u"班组长",
                { u"是否班组长", u"teamleader", u"isteamleader" } },
        } };
        return names;
    }

    QString folded(const QString &text)
    {
        QString out;
        for (QChar c : text) {
            if (c.isSpace() || c == u'_' || c == u'-')
                continue;
            if (c == u'（')
                c = u'(';
            else if (c == u'）')
                c = u')';
            out += c.toLower();
        }
        return out;
    }

} // namespace

QList<RosterField> RosterColumns::allFields()
{
    QList<RosterField> fields;
    for (const ColumnNames &c : columnNames())
        fields += c.field;
    return fields;
}

QString RosterColumns::key(RosterField field)
{
    return QString::fromUtf16(columnNames()[size_t(field)].key);
}

QString RosterColumns::chineseHeader(RosterField field)
{
    return QString::fromUtf16(columnNames()[size_t(field)].chinese);
}

bool RosterColumns::isRequired(RosterField field)
{
    return field == RosterField::EmployeeNo || field == RosterField::Name
        || field == RosterField::HireDate;
}

QStringList RosterColumns::aliases(RosterField field)
{
    QStringList out;
    for (const char16_t *alias : columnNames()[size_t(field)].aliases)
        out += QString::fromUtf16(alias);
    return out;
}

QString RosterColumns::labelForKey(const QString &key)
{
    for (RosterField field : allFields()) {
        if (RosterColumns::key(field) == key)
            return chineseHeader(field);
    }
    if (key == u"header")
        return tr("header row");
    if (key == u"row")
        return tr("whole row");
    // Kept in the trail beside the leave date (issue 15), no column of a roster file.
    if (key == u"leave_reason")
        return tr("Reason for leaving");
    return key;
}

std::optional<RosterField> RosterColumns::fieldForHeader(const QString &header)
{
    const QString h = folded(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const ColumnNames &c : columnNames()) {
        if (h == folded(QString::fromUtf16(c.key)) || h == folded(QString::fromUtf16(c.chinese)))
            return c.field;
        for (const char16_t *alias : c.aliases) {
            if (h == folded(QString::fromUtf16(alias)))
                return c.field;
        }
    }
    return std::nullopt;
}

std::optional<RosterColumns> RosterColumns::fromHeader(
    const QStringList &header, QStringList &errors)
{
    RosterColumns columns;
    columns.m_index.fill(-1);
    columns.m_headerSize = header.size();
    for (int i = 0; i < header.size(); ++i) {
        const auto field = fieldForHeader(header[i]);
        if (!field) {
            if (!header[i].isEmpty())
                columns.m_ignored += header[i];
            continue;
        }
        int &index = columns.m_index[size_t(*field)];
        if (index >= 0) {
            errors += tr("the columns \"%1\" and \"%2\" both mean %3; keep one of them.")
                          .arg(header[index], header[i], key(*field));
            continue;
        }
        index = i;
    }
    for (RosterField required : allFields()) {
        if (isRequired(required) && !columns.has(required))
            errors += tr("the required column %1 (%2) is missing.")
                          .arg(key(required), chineseHeader(required));
    }
    if (!errors.isEmpty())
        return std::nullopt;
    return columns;
}

int RosterColumns::columnOf(const QString &key) const
{
    for (RosterField field : allFields()) {
        if (RosterColumns::key(field) == key)
            return m_index[size_t(field)];
    }
    return -1;
}

QString RosterColumns::cell(const QStringList &row, RosterField field) const
{
    const int index = m_index[size_t(field)];
    if (index < 0 || index >= row.size())
        return {};
    return row[index];
}

} // namespace skl
