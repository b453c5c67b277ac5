#include "tests/support/tempdatabase.h"

#include <stdexcept>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include "core/domain/residentid.h"
#include "core/store/certificationstore.h"
#include "core/store/companystore.h"
#include "core/store/officerstore.h"
#include "core/store/serverlogin.h"

namespace skl::test {

TempDatabase::TempDatabase(const QString &province)
{
    if (onServer()) {
        m_serverDatabase = TestServer::freshDatabase();
        ServerLogin::remember(path(), TestServer::dbaLogin(), TestServer::dbaPassword());
    }
    auto connection = Connection::open(path(), Connection::Mode::CreateIfMissing);
    if (!connection)
        throw std::runtime_error(connection.error().userMessage.toStdString());
    m_connection = std::move(*connection);
    // A server's logins are the cluster's: a second company alive at the same time (an export
    // imported into another company) needs an administrator of another name.
    const int inUse = isServer() ? TestServer::databasesInUse() : 1;
    const QString adminLogin
        = inUse > 1 ? QStringLiteral("admin%1").arg(inUse) : QStringLiteral("admin");
    const NewOfficer admin { adminLogin, QStringLiteral("管理员"), password(), {}, {} };
    auto made
        = CompanyStore::init(db(), QStringLiteral("测试公司"), *Province::parse(province), admin);
    if (!made)
        throw std::runtime_error(made.error().userMessage.toStdString());
    m_admin = *made;
}

TempDatabase::~TempDatabase()
{
    m_connection.reset();
    if (isServer()) {
        ServerLogin::forget(path());
        TestServer::release(m_serverDatabase);
    }
}

QString TempDatabase::path() const
{
    if (isServer())
        return TestServer::url(m_serverDatabase);
    return m_dir.filePath(QStringLiteral("company.sqlite"));
}

Officer TempDatabase::officer(
    const QString &login, const Roles &roles, const QList<qint64> &workshops)
{
    auto made
        = OfficerStore::add(db(), m_admin, NewOfficer { login, {}, password(), roles, workshops });
    if (!made)
        throw std::runtime_error(made.error().userMessage.toStdString());
    return *made;
}

void removeOfficers(QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool server = db.driverName() == QStringLiteral("QPSQL");
    for (const QString &sql :
        { server ? QStringLiteral("DROP TRIGGER audit_event_sealed ON audit_event")
                 : QStringLiteral("DROP TRIGGER audit_event_sealed_update"),
            QStringLiteral("UPDATE audit_event SET officer_id = NULL"),
            QStringLiteral("DELETE FROM officer_workshop"),
            QStringLiteral("DELETE FROM officer_role"), QStringLiteral("DELETE FROM officer") }) {
        if (!q.exec(sql))
            throw std::runtime_error("cannot remove the officers: " + sql.toStdString());
    }
}

void approveImportedGrades(TempDatabase &db)
{
    const Officer approver = db.officer(QStringLiteral("approver"), Roles { Role::Approver });
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM certification WHERE status = 'proposed' AND "
                                  "way = 'import'")));
    QList<qint64> ids;
    while (q.next())
        ids += q.value(0).toLongLong();
    q.finish();
    REQUIRE_FALSE(ids.isEmpty());
    for (qint64 id : std::as_const(ids))
        REQUIRE(CertificationStore::approve(db.db(), id, approver).ok());
}

QString password()
{
    return QStringLiteral("correct horse battery");
}

QString TempDatabase::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write test file");
    return file.fileName();
}

RosterImportReport TempDatabase::importCsv(const QString &csv, RosterImportOptions options)
{
    const QString file = writeFile(QStringLiteral("roster.csv"), csv.toUtf8());
    NullProgress progress;
    auto report = RosterImport::run(db(), m_admin, file, options, progress);
    if (!report)
        throw std::runtime_error(report.error().userMessage.toStdString());
    return *report;
}

QVariant TempDatabase::scalar(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        throw std::runtime_error("query failed: " + sql.toStdString());
    return q.value(0);
}

QString TempDatabase::dump()
{
    QStringList tables;
    {
        QSqlQuery q(db());
        if (!q.exec(isServer()
                    ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                     "table_schema = 'public' ORDER BY table_name")
                    : QStringLiteral(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
            throw std::runtime_error("cannot list the tables");
        while (q.next())
            tables += q.value(0).toString();
    }
    QString out;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table))
            && !q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
            throw std::runtime_error("cannot read table " + table.toStdString());
        out += table + u'\n';
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
        if (q.lastError().isValid())
            throw std::runtime_error("cannot read table " + table.toStdString());
    }
    return out;
}

QString rosterHeader()
{
    return QStringLiteral("工号,姓名,性别,身份证号,出生日期,入职日期,离职日期,单位,省份,车间,"
                          "职业(工种),技能等级,等级取得日期,一线,班组长\n");
}

QString validId(const QString &first17)
{
    return first17 + ResidentId::checkCharacter(first17);
}

} // namespace skl::test
