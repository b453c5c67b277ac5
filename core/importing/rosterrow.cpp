#include "core/importing/rosterrow.h"

#include <array>

#include "core/domain/cellvalues.h"
#include "core/domain/residentid.h"

namespace skl {

namespace {

    constexpr QChar kReplacementCharacter = QChar(0xFFFD);

    // The most characters each field holds (issue 12); no field takes more than a cell holds.
    int maxLength(RosterField field)
    {
        switch (field) {
        case RosterField::EmployeeNo:
            return 32;
        case RosterField::Name:
            return 50;
        case RosterField::Site:
        case RosterField::Workshop:
        case RosterField::Occupation:
            return 100;
        default:
            // Dates, codes, yes/no and the ID number (checked by its own rules) are short; a
            // longer cell is no spelling of them, and quoting it whole would flood the message.
            return 100;
        }
    }

} // namespace

WorkerRecord RosterRow::parse(const QStringList &cells, int line, RowProblems &problems) const
{
    WorkerRecord r;
    auto problem = [&](RosterField field, const QString &reason) {
        problems += RowProblem { line, RosterColumns::key(field), reason };
    };
    // A field whose text is refused (too long, a control character) reads as empty afterwards,
    // so it is reported once and never quoted whole in another message.
    std::array<bool, kRosterFieldCount> refused {};
    for (RosterField field : RosterColumns::allFields()) {
        const QString value = m_columns.cell(cells, field);
        if (const QString why = CellValues::textProblem(value, maxLength(field)); !why.isEmpty()) {
            problem(field, why);
            refused[size_t(field)] = true;
        }
    }
    auto text = [&](RosterField field) {
        return refused[size_t(field)] ? QString() : m_columns.cell(cells, field);
    };
    auto date = [&](RosterField field) -> QDate {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        const auto parsed = CellValues::parseDate(value);
        if (!parsed)
            problem(field,
                tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01.").arg(value));
        return parsed.value_or(QDate());
    };
    auto yesNo = [&](RosterField field) {
        const QString value = text(field);
        if (value.isEmpty())
            return false;
        const auto parsed = CellValues::parseYesNo(value);
        if (!parsed)
            problem(
                field, tr("\"%1\" is neither yes nor no; write 是 or 否 (Y/N, 1/0).").arg(value));
        return parsed.value_or(false);
    };

    if (cells.size() > m_columns.headerSize()
        && !cells.sliced(m_columns.headerSize()).join(QString()).isEmpty())
        problems += RowProblem { line, QStringLiteral("row"),
            tr("the row has %1 cells but the header only %2 columns; is a "
               "comma inside a cell without quotes?")
                .arg(cells.size())
                .arg(m_columns.headerSize()) };
    for (RosterField field : RosterColumns::allFields()) {
        if (text(field).contains(kReplacementCharacter))
            problem(field,
                tr("the cell holds bytes that are not text in the file's encoding; "
                   "save the file again as CSV UTF-8."));
    }

    r.employeeNo = text(RosterField::EmployeeNo);
    if (r.employeeNo.isEmpty() && !refused[size_t(RosterField::EmployeeNo)])
        problem(RosterField::EmployeeNo, tr("the employee number is missing."));
    r.name = text(RosterField::Name);
    if (r.name.isEmpty() && !refused[size_t(RosterField::Name)])
        problem(RosterField::Name, tr("the name is missing."));

    if (const QString g = text(RosterField::Gender); !g.isEmpty()) {
        r.gender = CellValues::parseGender(g);
        if (!r.gender)
            problem(
                RosterField::Gender, tr("\"%1\" is not a gender; write 男 or 女 (M/F).").arg(g));
    }

    r.birthDate = date(RosterField::BirthDate);
    if (const QString id = text(RosterField::IdNumber); !id.isEmpty()) {
        const auto parsed = ResidentId::parse(id);
        if (!parsed) {
            problem(RosterField::IdNumber, parsed.error().userMessage);
        } else {
            r.idNumber = parsed->number();
            if (!r.birthDate.isValid() && text(RosterField::BirthDate).isEmpty())
                r.birthDate = parsed->birthDate();
            else if (r.birthDate.isValid() && r.birthDate != parsed->birthDate())
                problem(RosterField::BirthDate,
                    tr("%1 differs from the birth date in the ID number (%2).")
                        .arg(CellValues::formatDate(r.birthDate),
                            CellValues::formatDate(parsed->birthDate())));
        }
    }

    r.hireDate = date(RosterField::HireDate);
    if (text(RosterField::HireDate).isEmpty() && !refused[size_t(RosterField::HireDate)])
        problem(RosterField::HireDate, tr("the hire date is missing."));
    r.leaveDate = date(RosterField::LeaveDate);
    if (r.hireDate.isValid() && r.leaveDate.isValid() && r.leaveDate < r.hireDate)
        problem(RosterField::LeaveDate,
            tr("%1 is before the hire date %2.")
                .arg(CellValues::formatDate(r.leaveDate), CellValues::formatDate(r.hireDate)));

    r.site = text(RosterField::Site);
    if (const QString p = text(RosterField::Province); !p.isEmpty()) {
        r.province = Province::parse(p);
        if (!r.province)
            problem(RosterField::Province,
                tr("\"%1\" is not a province; write it as 山东, 山东省 or Shandong.").arg(p));
        else if (r.site.isEmpty())
            problem(RosterField::Province,
                tr("a province is given but no site (单位) it would belong to."));
    }
    r.workshop = text(RosterField::Workshop);
    r.occupation = text(RosterField::Occupation);

    const QString gradeText = text(RosterField::Grade);
    const QDate gradeDate = date(RosterField::GradeDate);
    if (!gradeText.isEmpty()) {
        const auto grade = GradeNames::parse(gradeText);
        if (!grade)
            problem(RosterField::Grade,
                tr("\"%1\" is not a known grade; write one of 学徒工, 初级工, 中级工, 高级工, "
                   "技师, 高级技师, 特级技师, 首席技师 (or 五级 … 一级).")
                    .arg(gradeText));
        if (text(RosterField::GradeDate).isEmpty() && !refused[size_t(RosterField::GradeDate)])
            problem(RosterField::GradeDate,
                tr("the grade %1 needs the date it was obtained.").arg(gradeText));
        if (grade && gradeDate.isValid())
            r.grades += GradeEntry { *grade, gradeDate };
    } else if (!text(RosterField::GradeDate).isEmpty()) {
        problem(RosterField::Grade, tr("a grade date is given but no grade."));
    }

    r.frontline = yesNo(RosterField::Frontline);
    r.teamLeader = yesNo(RosterField::TeamLeader);
    return r;
}

WorkerRecord RosterRow::parseFields(const QStringList &cells, RowProblems &problems)
{
    static const RosterColumns columns = [] {
        QStringList header;
        for (RosterField field : RosterColumns::allFields())
            header += RosterColumns::key(field);
        QStringList ignored;
        return *RosterColumns::fromHeader(header, ignored);
    }();
    return RosterRow(columns).parse(cells, 0, problems);
}

} // namespace skl
