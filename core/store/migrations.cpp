#include "core/store/migrations.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "core/store/auditchain.h"
#include "core/store/auditlog.h"
#include "core/store/certificatestore.h"
#include "core/store/gradespanstore.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct Step
    {
        int version;
        const char16_t *schemaFile;
        std::function<Status(QSqlDatabase &)> dataStep; // may be empty
        // The step's own file for PostgreSQL where SQLite's form cannot serve (a trigger body, a
        // table rebuilt to change a CHECK); null where the portable file serves both.
        const char16_t *postgresFile = nullptr;
    };

    // A company created before a version gets the policy defaults that version brought.
    Status newPolicyDefaults(QSqlDatabase &db, int version)
    {
        QSqlQuery q(db);
        if (auto read
            = execOneRow(q, Migrations::tr("Upgrading the database to version %1").arg(version),
                u"SELECT count(*) FROM company"_s);
            !read)
            return read;
        if (q.value(0).toInt() == 0)
            return success();
        q.finish();
        const auto event = AuditLog(db).beginUnattributedEvent(u"upgrade"_s,
            Migrations::tr("Added the new policy defaults (database version %1).").arg(version),
            u"SkillLadder"_s);
        if (!event)
            return event.error();
        return PolicyStore::insertMissingDefaults(db, *event);
    }

    // Schema 4: the key of the certificates' QR digests, and the certification policy.
    Status certificationData(QSqlDatabase &db)
    {
        if (auto done = CertificateStore::createVerificationKey(db); !done)
            return done;
        return newPolicyDefaults(db, 4);
    }

    const std::vector<Step> &steps()
    {
        static const std::vector<Step> all {
            { 1, u":/skillladder/schema/0001_initial.sql", {} },
            { 2, u":/skillladder/schema/0002_grade_spans.sql",
                [](QSqlDatabase &db) { return GradeSpanStore::rebuildAll(db); } },
            { 3, u":/skillladder/schema/0003_roster_indexes.sql", {} },
            { 4, u":/skillladder/schema/0004_certification.sql", certificationData },
            { 5, u":/skillladder/schema/0005_allowances.sql",
                [](QSqlDatabase &db) { return newPolicyDefaults(db, 5); } },
            { 6, u":/skillladder/schema/0006_pay.sql",
                [](QSqlDatabase &db) { return newPolicyDefaults(db, 6); } },
            { 7, u":/skillladder/schema/0007_row_versions.sql", {},
                u":/skillladder/schema/postgres/0007_row_versions.sql" },
            { 8, u":/skillladder/schema/0008_allowance_reopen.sql", {} },
            { 9, u":/skillladder/schema/0009_replaced_values.sql", {} },
            { 10, u":/skillladder/schema/0010_officers.sql", {} },
            { 11, u":/skillladder/schema/0011_audit_chain.sql", AuditChain::sealExistingEvents },
            { 12, u":/skillladder/schema/0012_import_way.sql", {},
                u":/skillladder/schema/postgres/0012_import_way.sql" },
            { 13, u":/skillladder/schema/0013_certification_officers.sql", {} },
            { 14, u":/skillladder/schema/0014_target_indexes.sql", {},
                u":/skillladder/schema/postgres/0014_target_indexes.sql" },
            { 15, u":/skillladder/schema/0015_occupation_code.sql", {} },
            { 16, u":/skillladder/schema/0016_mentorship_outcome.sql", {} },
            { 17, u":/skillladder/schema/0017_certificate_reissue.sql",
                [](QSqlDatabase &db) { return newPolicyDefaults(db, 17); } },
            { 18, u":/skillladder/schema/0018_work_calendar.sql", {} },
            { 19, u":/skillladder/schema/0019_assessment_rounds.sql",
                [](QSqlDatabase &db) { return newPolicyDefaults(db, 19); } },
            { 20, u":/skillladder/schema/0020_round_documents.sql", {} },
            { 21, u":/skillladder/schema/0021_training_records.sql", {} },
            { 22, u":/skillladder/schema/0022_recognition.sql", {} },
            // Issue 17's policy keys (training reminders, the talent pool, the fund) come once.
            { 23, u":/skillladder/schema/0023_education_fund.sql",
                [](QSqlDatabase &db) { return newPolicyDefaults(db, 23); } },
            { 24, u":/skillladder/schema/0024_target_trend.sql", {} },
        };
        return all;
    }

    // Schema files hold several statements separated by ";" at line ends; comments are "--" lines.
    // A PostgreSQL function body between $$ lines keeps its own ";".
    QStringList statementsOf(const QString &sql)
    {
        QStringList statements;
        QString current;
        bool inBody = false;
        for (const QString &line : sql.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
                continue;
            current += line + u'\n';
            if (line.count(u"$$"_s) % 2 == 1)
                inBody = !inBody;
            if (!inBody && trimmed.endsWith(u';')) {
                statements += current.trimmed().chopped(1);
                current.clear();
            }
        }
        if (!current.trimmed().isEmpty())
            statements += current.trimmed();
        return statements;
    }

    Status applyStep(QSqlDatabase &db, const Step &step)
    {
        const bool postgres = SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres;
        QFile file(QString::fromUtf16(
            postgres && step.postgresFile ? step.postgresFile : step.schemaFile));
        if (!file.open(QIODevice::ReadOnly))
            return Error { Migrations::tr("The program is incomplete: schema step %1 is missing.")
                               .arg(step.version),
                file.fileName() };
        const QString sql = SqlDialect::of(db).expandSchema(QString::fromUtf8(file.readAll()));
        QSqlQuery query(db);
        for (const QString &statement : statementsOf(sql)) {
            if (!query.exec(statement))
                return SqlErrors::fromQuery(query,
                    Migrations::tr("Upgrading the database to version %1").arg(step.version));
        }
        if (step.dataStep) {
            if (auto done = step.dataStep(db); !done)
                return done;
        }
        query.exec(u"DELETE FROM schema_version"_s);
        query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
        query.addBindValue(step.version);
        return execOrError(query, Migrations::tr("Recording the database version"));
    }

    QString fileName(const QSqlDatabase &db)
    {
        return QDir::toNativeSeparators(db.databaseName());
    }

} // namespace

int Migrations::latestVersion()
{
    return steps().back().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(SqlDialect::of(db).tableExistsQuery());
    query.addBindValue(u"schema_version"_s);
    if (!query.exec())
        return Error { tr("%1 is not a SkillLadder database, or it is damaged.").arg(fileName(db)),
            query.lastError().text() };
    const auto found = nextRow(query, tr("Reading the database version"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("%1 is not a SkillLadder database, or it is damaged.").arg(fileName(db)),
            query.lastQuery() };
    if (query.value(0).toInt() == 0) {
        if (!db.tables().isEmpty())
            return Error {
                tr("%1 is a database of another program, not of SkillLadder.").arg(fileName(db)), {}
            };
        return 0;
    }
    if (auto read = execOneRow(query, tr("Reading the database version"),
            u"SELECT max(version) FROM schema_version"_s);
        !read)
        return read.error();
    return query.value(0).toInt();
}

Result<int> Migrations::checkOpenable(QSqlDatabase &db, Connection::Mode mode)
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version > latestVersion())
        return Error { tr("%1 was written by a newer version of SkillLadder (database version %2; "
                          "this program knows up to %3). Install the newer SkillLadder to open "
                          "it; the file was not changed.")
                           .arg(fileName(db))
                           .arg(*version)
                           .arg(latestVersion()),
            {} };
    if (*version == 0 && mode == Connection::Mode::MustExist)
        return Error { tr("%1 is empty: it is not a SkillLadder database yet. Create one with "
                          "\"init\".")
                           .arg(fileName(db)),
            {} };
    return *version;
}

Status Migrations::bringUpToDate(QSqlDatabase &db, int fromVersion, ProgressSink *progress)
{
    if (fromVersion == latestVersion())
        return success();
    return migrateTo(db, latestVersion(), progress);
}

Status Migrations::migrateTo(QSqlDatabase &db, int target, ProgressSink *progress)
{
    const auto version = currentVersion(db);
    if (!version)
        return version.error();
    // A step that rebuilds a table (schema 12: SQLite cannot alter a CHECK) drops the old table
    // while other tables still refer to it, which SQLite allows only with foreign keys off; the
    // pragma cannot change inside a transaction, so it is switched around it, and every foreign
    // key is checked before the upgrade commits (https://sqlite.org/lang_altertable.html).
    const bool sqlite = SqlDialect::of(db).kind() == SqlDialect::Kind::Sqlite;
    QSqlQuery pragma(db);
    bool foreignKeysWereOn = false;
    if (sqlite) {
        if (auto read = execOneRow(pragma, tr("Upgrading the database"), u"PRAGMA foreign_keys"_s);
            !read)
            return read;
        foreignKeysWereOn = pragma.value(0).toInt() == 1;
        pragma.finish();
        if (foreignKeysWereOn && !pragma.exec(u"PRAGMA foreign_keys=OFF"_s))
            return SqlErrors::fromQuery(pragma, tr("Upgrading the database"));
    }
    const auto upgraded = [&]() -> Status {
        Transaction transaction(db);
        const auto pending = std::ranges::count_if(steps(),
            [&](const Step &step) { return step.version > *version && step.version <= target; });
        qint64 applied = 0;
        for (const Step &step : steps()) {
            if (step.version <= *version || step.version > target)
                continue;
            if (auto done = applyStep(db, step); !done)
                return done;
            if (progress)
                progress->report(++applied + 1, pending + 1);
        }
        if (sqlite) {
            QSqlQuery check(db);
            if (!check.exec(u"PRAGMA foreign_key_check"_s))
                return SqlErrors::fromQuery(check, tr("Upgrading the database"));
            // Only references to or from a rebuilt table can have been broken here; an old
            // dangling row elsewhere must not stop the file from opening.
            QString broken;
            if (auto read = forEachRow(check, tr("Upgrading the database"),
                    [&](const QSqlQuery &row) {
                        const QString table = row.value(0).toString();
                        const QString parent = row.value(2).toString();
                        if (broken.isEmpty()
                            && (table == u"certification" || parent == u"certification"))
                            broken = table;
                    });
                !read)
                return read;
            if (!broken.isEmpty())
                return Error { tr("Upgrading the database would leave a row of the table %1 "
                                  "without the row it refers to; nothing was changed.")
                                   .arg(broken),
                    {} };
        }
        return transaction.commit(tr("Upgrading the database"));
    }();
    if (foreignKeysWereOn && !pragma.exec(u"PRAGMA foreign_keys=ON"_s) && upgraded)
        return SqlErrors::fromQuery(pragma, tr("Upgrading the database"));
    return upgraded;
}

} // namespace skl
