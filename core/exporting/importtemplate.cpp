#include "core/exporting/importtemplate.h"

#include <QHash>

#include "core/domain/datafilecolumns.h"
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

    // The columns of the training archive's file (issue 17).
    ColumnHelp trainingHelp(const QString &key, const QString &worker, const QString &dateValues,
        const QString &amountValues)
    {
        using K = XlsxSheetWriter::Kind;
        const QString text = ImportTemplate::tr("Text");
        const QString date = ImportTemplate::tr("Date");
        if (key == u"employee_no")
            return { K::Text, 13, text, u"000123"_s, worker };
        if (key == u"course")
            return { K::General, 22, text, u"低压电工作业复审"_s,
                ImportTemplate::tr("The course's name; records of the same course name are one "
                                   "certificate's renewals.") };
        if (key == u"kind")
            return { K::General, 12, text, u"特种作业"_s,
                ImportTemplate::tr(
                    "岗位培训, 技能研修, 继续教育, 学徒培训, 安全培训, 特种作业 or 其他; "
                    "also post, study, continuing, apprentice, safety, special, "
                    "other.") };
        if (key == u"hours")
            return { K::General, 8, ImportTemplate::tr("Number (1 decimal)"), u"7.5"_s,
                ImportTemplate::tr("Hours, 0 or more, at most one decimal.") };
        if (key == u"provider")
            return { K::General, 20, text, u"市安全生产培训中心"_s,
                ImportTemplate::tr("Who gave the training; may be empty.") };
        if (key == u"cost")
            return { K::Money, 12, ImportTemplate::tr("Amount in yuan (2 decimals)"), u"1200.00"_s,
                ImportTemplate::tr("What the training cost the company. %1").arg(amountValues) };
        if (key == u"start")
            return { K::Date, 13, date, u"2025-03-03"_s, dateValues };
        if (key == u"end")
            return { K::Date, 13, date, u"2025-03-07"_s,
                ImportTemplate::tr("Not before the start. %1").arg(dateValues) };
        if (key == u"result")
            return { K::General, 10, text, u"合格"_s,
                ImportTemplate::tr("合格, 不合格, 结业 or any other word the provider gives.") };
        if (key == u"certificate_no")
            return { K::Text, 20, text, {},
                ImportTemplate::tr("The certificate's number, for licences that must be renewed "
                                   "(特种作业操作证); empty for none.") };
        if (key == u"expires")
            return { K::Date, 13, date, {},
                ImportTemplate::tr("The last day the certificate is valid; only with a "
                                   "certificate number, not before the start. %1")
                    .arg(dateValues) };
        return {};
    }

    // The same for the columns of the small table files, by their key. Every column of
    // DataFileColumns has its entry: a test writes each template and checks every explanation.
    ColumnHelp dataHelp(DataFile file, const QString &key)
    {
        using K = XlsxSheetWriter::Kind;
        const QString text = ImportTemplate::tr("Text");
        const QString date = ImportTemplate::tr("Date");
        const QString money = ImportTemplate::tr("Amount in yuan (2 decimals)");
        const QString dateValues = ImportTemplate::tr(
            "YYYY-MM-DD; also YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD, or an Excel date.");
        const QString amountValues
            = ImportTemplate::tr("Yuan, at most two decimals, 0 or more; no currency sign.");
        QStringList gradeNames;
        for (Grade grade : kGrades)
            gradeNames += GradeNames::chinese(grade);
        const QString gradeValues
            = ImportTemplate::tr("One of %1; also the national level (五级 … 一级, 5 … 1) or the "
                                 "printed form 高级工（三级）.")
                  .arg(gradeNames.join(u"、"_s));
        const QString worker = ImportTemplate::tr(
            "The employee number of a worker on the roster, as the roster lists it.");
        const QString senior = GradeNames::chinese(Grade::Senior);
        switch (file) {
        case DataFile::Rates:
            if (key == u"kind")
                return { K::General, 12, text, u"技能津贴"_s,
                    ImportTemplate::tr("技能津贴, 班组长津贴 or 带徒津贴; also skill, team_leader, "
                                       "mentoring.") };
            if (key == u"grade")
                return { K::General, 12, text, senior,
                    ImportTemplate::tr("Only for 技能津贴, which is paid by grade; empty for the "
                                       "others. %1")
                        .arg(gradeValues) };
            if (key == u"amount")
                return { K::Money, 12, money, u"300.00"_s,
                    ImportTemplate::tr("The amount a month. %1").arg(amountValues) };
            if (key == u"effective_from")
                return { K::Date, 13, date, u"2025-01-01"_s,
                    ImportTemplate::tr("The first day the rate applies; it applies until a "
                                       "later rate of the same kind and grade. %1")
                        .arg(dateValues) };
            break;
        case DataFile::Roles:
            if (key == u"employee_no")
                return { K::Text, 13, text, u"000123"_s, worker };
            if (key == u"role")
                return { K::General, 10, text, u"班组长"_s,
                    ImportTemplate::tr("班组长 (or team_leader): the role that pays the "
                                       "team-leader allowance.") };
            if (key == u"from")
                return { K::Date, 13, date, u"2025-01-01"_s, dateValues };
            if (key == u"to")
                return { K::Date, 13, date, {},
                    ImportTemplate::tr("The last day; empty while the worker still leads the "
                                       "team. Periods of one worker must not overlap. %1")
                        .arg(dateValues) };
            break;
        case DataFile::Mentorships:
            if (key == u"mentor_no")
                return { K::Text, 13, text, u"000123"_s,
                    ImportTemplate::tr("%1 The mentor must hold the grade the policy asks for "
                                       "in the occupation on the first day.")
                        .arg(worker) };
            if (key == u"apprentice_no")
                return { K::Text, 13, text, u"000456"_s,
                    ImportTemplate::tr("%1 One mentor per apprentice and occupation at a time.")
                        .arg(worker) };
            if (key == u"occupation")
                return { K::General, 14, text, u"车工"_s,
                    ImportTemplate::tr("The occupation (工种) of the agreement, as on the "
                                       "roster.") };
            if (key == u"start")
                return { K::Date, 13, date, u"2025-03-01"_s, dateValues };
            if (key == u"end")
                return { K::Date, 13, date, {},
                    ImportTemplate::tr("The day the agreement actually ended; empty while it "
                                       "runs. %1")
                        .arg(dateValues) };
            if (key == u"planned_end")
                return { K::Date, 13, date, u"2027-02-28"_s,
                    ImportTemplate::tr("The end the agreement provides for; not before the "
                                       "start. %1")
                        .arg(dateValues) };
            if (key == u"outcome")
                return { K::General, 12, text, {},
                    ImportTemplate::tr("How the agreement ended: the grade the apprentice "
                                       "reached (出师), or 未出师 or 中止; empty while the "
                                       "agreement runs. %1")
                        .arg(gradeValues) };
            break;
        case DataFile::PayBands:
            if (key == u"track")
                return { K::General, 10, text, u"技能等级"_s,
                    ImportTemplate::tr("技能等级 (or grade) for bands by skill grade, 职称 (or "
                                       "title) for bands by professional title.") };
            if (key == u"level")
                return { K::General, 12, text, senior,
                    ImportTemplate::tr("For 技能等级 a grade (%1); for 职称 a title level: "
                                       "助理级, 中级, 副高级 or 正高级.")
                        .arg(gradeNames.join(u"、"_s)) };
            if (key == u"min" || key == u"mid" || key == u"max") {
                const QString example
                    = key == u"min" ? u"4500.00"_s : (key == u"mid" ? u"5500.00"_s : u"6500.00"_s);
                return { K::Money, 12, money, example,
                    ImportTemplate::tr("A month. The band needs min ≤ mid ≤ max. %1")
                        .arg(amountValues) };
            }
            if (key == u"effective_from")
                return { K::Date, 13, date, u"2025-01-01"_s, dateValues };
            break;
        case DataFile::Pay:
            if (key == u"employee_no")
                return { K::Text, 13, text, u"000123"_s, worker };
            if (key == u"effective_from")
                return { K::Date, 13, date, u"2025-01-01"_s,
                    ImportTemplate::tr("The first day of this pay. %1").arg(dateValues) };
            if (key == u"mode")
                return { K::General, 12, text, u"月薪"_s,
                    ImportTemplate::tr("月薪, 年薪制, 协议工资制 or 特岗特酬; also monthly, "
                                       "annual, negotiated, special_post.") };
            if (key == u"amount")
                return { K::Money, 12, money, u"5800.00"_s,
                    ImportTemplate::tr("A year for 年薪制, else a month. %1").arg(amountValues) };
            if (key == u"title")
                return { K::General, 12, text, {},
                    ImportTemplate::tr("The professional title's level, if any: 助理级, 中级, "
                                       "副高级 or 正高级 (also 1 … 4, 工程师, 高级工程师 …).") };
            break;
        case DataFile::WageReference:
            if (key == u"year")
                return { K::General, 8, ImportTemplate::tr("Whole number"), u"2024"_s,
                    ImportTemplate::tr("The year the wage-price survey is for (2000 … 2100).") };
            if (key == u"occupation")
                return { K::General, 14, text, u"车工"_s,
                    ImportTemplate::tr("The occupation (工种) as the survey names it.") };
            if (key == u"grade")
                return { K::General, 12, text, senior, gradeValues };
            if (key.startsWith(u'p')) {
                static const QHash<QString, QString> examples { { u"p10"_s, u"4200.00"_s },
                    { u"p25"_s, u"4800.00"_s }, { u"p50"_s, u"5500.00"_s },
                    { u"p75"_s, u"6300.00"_s }, { u"p90"_s, u"7200.00"_s } };
                return { K::Money, 11, money, examples.value(key),
                    ImportTemplate::tr("The %1th percentile, a month; the percentiles must not "
                                       "decrease from P10 to P90. %2")
                        .arg(key.mid(1), amountValues) };
            }
            break;
        case DataFile::Training:
            return trainingHelp(key, worker, dateValues, amountValues);
        }
        return {};
    }

    // The explanation sheet's columns, the same for every template.
    QList<XlsxSheetWriter::Column> explanationColumns()
    {
        // The example column is text so that an example ID or employee number shows as written.
        return {
            { ImportTemplate::tr("Column"), XlsxSheetWriter::Kind::Text, 14 },
            { ImportTemplate::tr("Required"), XlsxSheetWriter::Kind::Text, 8 },
            { ImportTemplate::tr("Format"), XlsxSheetWriter::Kind::Text, 16 },
            { ImportTemplate::tr("Example"), XlsxSheetWriter::Kind::Text, 21 },
            { ImportTemplate::tr("Accepted values"), XlsxSheetWriter::Kind::Text, 60 },
            { ImportTemplate::tr("Header also accepted as"), XlsxSheetWriter::Kind::Text, 40 },
        };
    }

    QString sheetName(DataFile file)
    {
        switch (file) {
        case DataFile::Rates:
            return ImportTemplate::tr("Allowance rates");
        case DataFile::Roles:
            return ImportTemplate::tr("Team leaders");
        case DataFile::Mentorships:
            return ImportTemplate::tr("Mentorships");
        case DataFile::PayBands:
            return ImportTemplate::tr("Salary bands");
        case DataFile::Pay:
            return ImportTemplate::tr("Base pay");
        case DataFile::WageReference:
            return ImportTemplate::tr("Wage prices");
        case DataFile::Training:
            return ImportTemplate::tr("Training records");
        }
        return {};
    }

    Status writeDataFile(DataFile file, const QString &path)
    {
        QList<XlsxSheetWriter::Column> columns;
        QList<QStringList> explanation;
        for (const KeyedColumn &column : DataFileColumns::of(file)) {
            const ColumnHelp help = dataHelp(file, column.key);
            // Headed by its Chinese name, which the import reads as well as the English key.
            const QString header
                = column.aliases.isEmpty() ? column.key : column.aliases.constFirst();
            columns += { header, help.kind, help.width };
            explanation += QStringList {
                header,
                column.required ? ImportTemplate::tr("Required") : ImportTemplate::tr("Optional"),
                help.format,
                help.example,
                help.values,
                (QStringList { column.key } + column.aliases.mid(1)).join(u"、"_s),
            };
        }
        XlsxSheetWriter writer(path, sheetName(file), columns);
        if (auto opened = writer.open(); !opened)
            return opened;
        writer.addSheet(ImportTemplate::explanationSheetName(), explanationColumns(), explanation);
        return writer.commit();
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
        writer.addSheet(ImportTemplate::explanationSheetName(), explanationColumns(), explanation);
        return writer.commit();
    }

} // namespace

QList<ImportTemplate::Kind> ImportTemplate::kinds()
{
    QList<Kind> all { Kind::Roster };
    for (DataFile file : DataFileColumns::all())
        all += kindOf(file);
    return all;
}

ImportTemplate::Kind ImportTemplate::kindOf(DataFile file)
{
    switch (file) {
    case DataFile::Rates:
        return Kind::Rates;
    case DataFile::Roles:
        return Kind::Roles;
    case DataFile::Mentorships:
        return Kind::Mentorships;
    case DataFile::PayBands:
        return Kind::PayBands;
    case DataFile::Pay:
        return Kind::Pay;
    case DataFile::WageReference:
        return Kind::WageReference;
    case DataFile::Training:
        return Kind::Training;
    }
    return Kind::Roster;
}

std::optional<DataFile> ImportTemplate::dataFileOf(Kind kind)
{
    for (DataFile file : DataFileColumns::all()) {
        if (kindOf(file) == kind)
            return file;
    }
    return std::nullopt;
}

QString ImportTemplate::key(Kind kind)
{
    if (const auto file = dataFileOf(kind))
        return DataFileColumns::name(*file);
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
        return tr("Roster import template") + u".xlsx"_s;
    case Kind::Rates:
        return tr("Allowance rates import template") + u".xlsx"_s;
    case Kind::Roles:
        return tr("Team leaders import template") + u".xlsx"_s;
    case Kind::Mentorships:
        return tr("Mentorships import template") + u".xlsx"_s;
    case Kind::PayBands:
        return tr("Salary bands import template") + u".xlsx"_s;
    case Kind::Pay:
        return tr("Base pay and titles import template") + u".xlsx"_s;
    case Kind::WageReference:
        return tr("Wage prices import template") + u".xlsx"_s;
    case Kind::Training:
        return tr("Training records import template") + u".xlsx"_s;
    }
    return {};
}

QString ImportTemplate::explanationSheetName()
{
    return tr("How to fill in");
}

Status ImportTemplate::write(Kind kind, const QString &path)
{
    if (const auto file = dataFileOf(kind))
        return writeDataFile(*file, path);
    return writeRoster(path);
}

} // namespace skl
