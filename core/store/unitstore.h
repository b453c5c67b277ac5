#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/province.h"

namespace skl {

// A site (厂区, 分公司) as the reference-data editor lists it.
struct SiteEntry
{
    qint64 id = 0;
    QString name;
    std::optional<Province> province; // none for a site an early roster brought without one
    qint64 workers = 0; // every worker recorded there, those who left included
    qint64 workshops = 0;
};

// A workshop (车间) as the editor lists it: by site name, then name.
struct WorkshopEntry
{
    qint64 id = 0;
    qint64 siteId = 0; // 0: a workshop an early roster brought without a site
    QString site;
    QString name;
    qint64 workers = 0;
    qint64 officers = 0; // workshop heads assigned to it (officer_workshop)
};

// Sites with their provinces and the workshops in them, edited at the desk (基础数据, issue 15).
// Each write is by an officer who may edit reference data (Act::EditReferenceData, checked
// first), one transaction and one audit event whose change rows keep the old values. A site's
// province decides the eastern-province 35 % target (DOMAIN.md §2); a workshop keeps its id when
// renamed or moved, so workers and workshop heads' assignments (officer_workshop) stay with it.
// Nothing in use is deleted.
class UnitStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::UnitStore)
public:
    explicit UnitStore(QSqlDatabase &db)
        : m_db(db)
    { }

    Result<QList<SiteEntry>> sites(); // by name
    Result<QList<WorkshopEntry>> workshops(); // by site name, then name

    // Why a site of this name cannot be saved (empty, or another site's name), for the editor's
    // check as the officer types; empty when it can. siteId is the site edited, 0 for a new one.
    Result<QString> siteProblem(qint64 siteId, const QString &name);
    // The same for a workshop of this name in the site.
    Result<QString> workshopProblem(qint64 workshopId, qint64 siteId, const QString &name);

    Result<qint64> addSite(const Officer &by, const QString &name, const Province &province);
    // Renames the site and/or sets its province; nothing when both are as stored.
    Status updateSite(
        const Officer &by, qint64 siteId, const QString &name, const Province &province);
    // Refused, naming what is in it, while workers or workshops are recorded at the site.
    Status removeSite(const Officer &by, qint64 siteId);

    Result<qint64> addWorkshop(const Officer &by, qint64 siteId, const QString &name);
    // Renames the workshop and/or moves it to another site; its workers' site moves with it,
    // each worker's old site kept in a change row.
    Status updateWorkshop(const Officer &by, qint64 workshopId, qint64 siteId, const QString &name);
    // Refused, naming how many, while workers or workshop heads are assigned to it.
    Status removeWorkshop(const Officer &by, qint64 workshopId);

private:
    Result<SiteEntry> site(qint64 siteId, const QString &whatFailed);
    Result<WorkshopEntry> workshop(qint64 workshopId, const QString &whatFailed);

    QSqlDatabase &m_db;
};

} // namespace skl
