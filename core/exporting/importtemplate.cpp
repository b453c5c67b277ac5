#include "core/exporting/importtemplate.h"

#include "core/domain/grade.h"
#include "core/domain/rostercolumns.h"
#include "core/exporting/xlsxsheetwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // How one roster column is filled in: its cell format, the format as words, an example and
    // the values accepted. A switch without default, so a new RosterField fails to compile here
    // (-Wswitch) until its explanation is written.
    struct ColumnHelp
    {
        XlsxSheetWriter::Kind kind = XlsxSheetWriter::Kind::General;
        double width = 10;
        QString format;
        QString example;
        QString values;
    };

    ColumnHelp rosterHelp(RosterField field)
    {
        using K = XlsxSheetWriter::Kind;
        const QString date = ImportTemplate::tr("Date");
        const QString dateValues = ImportTemplate::tr(
            "YYYY-MM-DD; also YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD, or an Excel date.");
        const QString yesNo
            = ImportTemplate::tr("是 or 否; also Y/N, Yes/No, 1/0, True/False, √/×. "
                                 "Empty means 否.");
        switch (field) {
        case RosterField::EmployeeNo:
            return { K::Text, 13, ImportTemplate::tr("Text"), u"000123"_s,
                ImportTemplate::tr("Unique in the company; leading zeros are kept. A number "
                                   "already on the roster updates that worker.") };
        case RosterField::Name:
            return { K::General, 10, ImportTemplate::tr("Text"), u"张伟"_s, {} };
        case RosterField::Gender:
            return { K::General, 8, ImportTemplate::tr("Text"), u"男"_s,
                ImportTemplate::tr("男 or 女; also M/F, Male/Female.") };
        case RosterField::IdNumber:
            return { K::Text, 21, ImportTemplate::tr("Text (18 characters)"),
                u"11010519491231002X"_s,
                ImportTemplate::tr("The 18-character resident ID number; its check digit is "
                                   "verified. Kept as text so Excel does not round it.") };
        case RosterField::BirthDate:
            return { K::Date, 13, date, u"1985-06-15"_s,
                ImportTemplate::tr("Must agree with the ID number. %1").arg(dateValues) };
        case RosterField::HireDate:
            return { K::Date, 13, date, u"2008-07-01"_s, dateValues };
        case RosterField::LeaveDate:
            return { K::Date, 13, date, {},
                ImportTemplate::tr("Empty while the worker is in service. %1").arg(dateValues) };
        case RosterField::Site:
            return { K::General, 18, ImportTemplate::tr("Text"), u"第一分公司"_s, {} };
        case RosterField::Province:
            return { K::General, 10, ImportTemplate::tr("Text"), u"湖北省"_s,
                ImportTemplate::tr("The province's name, short (湖北) or full (湖北省).") };
        case RosterField::Workshop:
            return { K::General, 18, ImportTemplate::tr("Text"), u"机加车间"_s, {} };
        case RosterField::Occupation:
            return { K::General, 18, ImportTemplate::tr("Text"), u"车工"_s,
                ImportTemplate::tr("A new occupation is created on first use.") };
        case RosterField::Grade: {
            QStringList grades;
            for (Grade grade : kGrades)
                grades += GradeNames::chinese(grade);
            return { K::General, 13, ImportTemplate::tr("Text"), GradeNames::chinese(Grade::Senior),
                ImportTemplate::tr("One of %1; also the national level (五级 … 一级, 5 … 1) or "
                                   "the printed form 高级工（三级）.")
                    .arg(grades.join(u"、"_s)) };
        }
        case RosterField::GradeDate:
            return { K::Date, 13, date, u"2019-12-20"_s,
                ImportTemplate::tr("Required when a grade is given. %1").arg(dateValues) };
        case RosterField::Frontline:
            return { K::General, 8, ImportTemplate::tr("Yes or no"), u"是"_s, yesNo };
        case RosterField::TeamLeader:
            return { K::General, 8, ImportTemplate::tr("Yes or no"), u"否"_s, yesNo };
        }
        return {};
    }

    Status writeRoster(const QString &path)
    {
        QList<XlsxSheetWriter::Column> columns;
        QList<QStringList> explanation;
        for (RosterField field : RosterColumns::allFields()) {
            const ColumnHelp help = rosterHelp(field);
            columns += { RosterColumns::chineseHeader(field), help.kind, help.width };
            explanation += QStringList {
                RosterColumns::chineseHeader(field),
                RosterColumns::isRequired(field) ? ImportTemplate::tr("Required")
                                                 : ImportTemplate::tr("Optional"),
                help.format,
                help.example,
                help.values,
                (QStringList { RosterColumns::key(field) } + RosterColumns::aliases(field))
                    .join(u"、"_s),
            };
        }
        XlsxSheetWriter writer(path, ImportTemplate::tr("Roster"), columns);
        if (auto opened = writer.open(); !opened)
            return opened;
        // The example column is text so that an example ID or employee number shows as written.
        writer.addSheet(ImportTemplate::explanationSheetName(),
            {
                { ImportTemplate::tr("Column"), XlsxSheetWriter::Kind::Text, 14 },
                { ImportTemplate::tr("Required"), XlsxSheetWriter::Kind::Text, 8 },
                { ImportTemplate::tr("Format"), XlsxSheetWriter::Kind::Text, 16 },
                { ImportTemplate::tr("Example"), XlsxSheetWriter::Kind::Text, 21 },
                { ImportTemplate::tr("Accepted values"), XlsxSheetWriter::Kind::Text, 60 },
                { ImportTemplate::tr("Header also accepted as"), XlsxSheetWriter::Kind::Text, 40 },
            },
            explanation);
        return writer.commit();
    }

} // namespace

QList<ImportTemplate::Kind> ImportTemplate::kinds()
{
    return { Kind::Roster };
}

QString ImportTemplate::key(Kind kind)
{
    switch (kind) {
    case Kind::Roster:
        break;
    }
    return u"workers"_s;
}

std::optional<ImportTemplate::Kind> ImportTemplate::fromKey(const QString &key)
{
    for (Kind kind : kinds()) {
        if (ImportTemplate::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ImportTemplate::defaultFileName(Kind kind)
{
    switch (kind) {
    case Kind::Roster:
        break;
    }
    return tr("Roster import template") + u".xlsx"_s;
}

QString ImportTemplate::explanationSheetName()
{
    return tr("How to fill in");
}

Status ImportTemplate::write(Kind kind, const QString &path)
{
    switch (kind) {
    case Kind::Roster:
        break;
    }
    return writeRoster(path);
}

} // namespace skl
