#include "core/exporting/rosterexport.h"

#include <QFileInfo>
#include <QHash>

#include "core/common/logging.h"
#include "core/domain/cellvalues.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/residentid.h"
#include "core/domain/rostercolumns.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/rosterexportstore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 5000;

    QByteArray utf8(const QString &text)
    {
        return text.toUtf8();
    }

    // The texts the export writes for codes (gender, grade, province, yes or no), as UTF-8,
    // formatted once per export instead of once per cell.
    class CodeTexts
    {
    public:
        CodeTexts()
            : m_male(utf8(CellValues::formatGender(Gender::Male)))
            , m_female(utf8(CellValues::formatGender(Gender::Female)))
            , m_yes(utf8(CellValues::formatYesNo(true)))
            , m_no(utf8(CellValues::formatYesNo(false)))
        {
            for (Grade grade : kGrades)
                m_grades[rankOf(grade)] = utf8(GradeNames::chinese(grade));
            for (const Province &province : Province::all())
                m_provinces.insert(province.code(), utf8(province.shortName()));
        }

        QUtf8StringView gender(std::optional<Gender> gender) const
        {
            if (!gender)
                return {};
            return *gender == Gender::Male ? m_male : m_female;
        }
        QUtf8StringView yesNo(bool value) const { return value ? m_yes : m_no; }
        QUtf8StringView grade(std::optional<Grade> grade) const
        {
            return grade ? QUtf8StringView(m_grades[rankOf(*grade)]) : QUtf8StringView();
        }
        QUtf8StringView province(std::optional<Province> province) const
        {
            if (!province)
                return {};
            const auto found = m_provinces.constFind(province->code());
            return found == m_provinces.cend() ? QUtf8StringView() : QUtf8StringView(*found);
        }

    private:
        QByteArray m_male;
        QByteArray m_female;
        QByteArray m_yes;
        QByteArray m_no;
        std::array<QByteArray, kGradeCount> m_grades;
        QHash<int, QByteArray> m_provinces;
    };

} // namespace

Result<RosterExport::Grant> RosterExport::grantFor(
    QSqlDatabase &db, const Officer &by, const QString &path)
{
    const auto refused = [&](const Error &error) -> Error {
        // The refusal itself is audited (issue 13); a failure to record it is logged, and the
        // refusal is what the officer is told.
        // In a transaction, whose commit seals the event (schema 11).
        Transaction transaction(db);
        const auto event = AuditLog(db).beginEvent(u"export-refused"_s,
            tr("Refused to export the roster to %1: %2")
                .arg(QFileInfo(path).fileName(), error.userMessage),
            by);
        const Status recorded
            = event ? transaction.commit(tr("Recording the refused export")) : event.error();
        if (!recorded)
            qCWarning(lcStore).noquote() << recorded.error().userMessage << recorded.error().detail;
        return error;
    };
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return refused(allowed.error());
    // The roles and workshops as stored now, not as they were at login.
    const auto stored = OfficerStore::load(db, by.login);
    if (!stored)
        return stored.error();
    Grant grant;
    if (stored->isConfinedToWorkshops(Act::ExportRoster))
        grant.workshops = stored->workshopIds;
    grant.fullIdNumbers = !grant.workshops && stored->may(Act::RevealIdNumber);
    return grant;
}

Status RosterExport::audit(
    QSqlDatabase &db, const Officer &by, const QString &path, qint64 rows, const Grant &grant)
{
    const QString file = QFileInfo(path).fileName();
    const QString summary = grant.fullIdNumbers
        ? tr("Exported %n worker(s) to %1 with full ID numbers.", nullptr, int(rows)).arg(file)
        : tr("Exported %n worker(s) to %1 with masked ID numbers.", nullptr, int(rows)).arg(file);
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"export-workers"_s, summary, by);
    if (!event)
        return event.error();
    return transaction.commit(tr("Recording the export"));
}

// Every roster row of the grant in id order, to write, with progress and Cancel.
Result<qint64> RosterExport::forEachRow(QSqlDatabase &db, const Grant &grant,
    ProgressSink &progress, const std::function<Status(const Cells &row)> &write)
{
    const CodeTexts texts;
    QByteArray masked;
    Cells cells;
    const auto total = RosterExportStore::count(db, grant.workshops);
    if (!total)
        return total.error();
    auto opened = RosterExportStore::workers(db, grant.workshops);
    if (!opened)
        return opened.error();
    RosterExportStore::Workers &workers = *opened;
    qint64 done = 0;
    while (workers.next()) {
        const QUtf8StringView idNumber = workers.idNumber();
        if (!grant.fullIdNumbers && !idNumber.isEmpty()) {
            masked = utf8(ResidentId::mask(idNumber.toString()));
            cells[3] = masked;
        } else {
            cells[3] = idNumber;
        }
        cells[0] = workers.employeeNo();
        cells[1] = workers.name();
        cells[2] = texts.gender(workers.gender());
        cells[4] = workers.birthDate();
        cells[5] = workers.hireDate();
        cells[6] = workers.leaveDate();
        cells[7] = workers.site();
        cells[8] = texts.province(workers.province());
        cells[9] = workers.workshop();
        cells[10] = workers.occupation();
        cells[11] = texts.grade(workers.grade());
        cells[12] = workers.gradeDate();
        cells[13] = texts.yesNo(workers.frontline());
        cells[14] = texts.yesNo(workers.teamLeader());
        if (auto written = write(cells); !written)
            return written.error();
        if (++done % kProgressEvery == 0) {
            if (progress.isCanceled())
                return Error { tr("The export was cancelled; no file was written."), {} };
            progress.report(done, *total);
        }
    }
    if (!workers.status())
        return workers.status().error();
    progress.report(*total, *total);
    return done;
}

QStringList RosterExport::toStrings(const Cells &row)
{
    QStringList strings;
    strings.reserve(row.size());
    for (QUtf8StringView cell : row)
        strings += cell.toString();
    return strings;
}

QStringList RosterExport::header()
{
    QStringList header;
    for (RosterField field : RosterColumns::allFields())
        header += RosterColumns::chineseHeader(field);
    return header;
}

Result<qint64> RosterExport::toCsv(QSqlDatabase &db, const Officer &by, const QString &path,
    CsvWriter::Encoding encoding, ProgressSink &progress)
{
    const auto grant = grantFor(db, by, path);
    if (!grant)
        return grant.error();
    CsvWriter writer(path, encoding);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    if (auto written = writer.writeRow(header()); !written)
        return written.error();
    const auto rows = encoding == CsvWriter::Encoding::Utf8WithBom
        ? forEachRow(db, *grant, progress,
            [&writer](const Cells &row) {
                // UTF-8 as read: no conversion, and nothing the encoding could refuse.
                return writer.writeUtf8Row(row.data(), qsizetype(row.size()));
            })
        : forEachRow(db, *grant, progress, [&writer](const Cells &row) {
              const QStringList strings = toStrings(row);
              return writer.writeRow(strings, tr("Employee %1").arg(strings.first()));
          });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (auto audited = audit(db, by, path, *rows, *grant); !audited)
        return audited.error();
    return *rows;
}

} // namespace skl
