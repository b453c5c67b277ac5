#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/recognition.h"
#include "core/store/tablewrite.h"

namespace skl {

// An honour as entered: the worker by employee number.
struct HonourInput
{
    QString employeeNo;
    QString name; // 全国技术能手, 五一劳动奖章 …
    HonourLevel level = HonourLevel::Enterprise;
    QDate awardedOn;
    QString body; // the awarding body (授予单位)
    Officer by;
};

// A checked row of an honours file, the worker found.
struct HonourRow
{
    qint64 workerId = 0;
    QString name;
    HonourLevel level = HonourLevel::Enterprise;
    QDate awardedOn;
    QString body;
};

struct HonourRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString workerName;
    QString workshop;
    QString name;
    HonourLevel level = HonourLevel::Enterprise;
    QDate awardedOn;
    QString body;
    bool withdrawn = false;
    QString withdrawReason;
};

struct HonourFilter
{
    std::optional<HonourLevel> level;
    int year = 0; // of the award; 0: any
    QString employeeNo; // empty: every worker
    bool withWithdrawn = true;
};

// Honours (荣誉, DOMAIN.md §5, section 十五): rows are only added; a mistaken one is withdrawn
// with a reason, its row kept (schema 22). Writes need Act::RecordRecognition, checked first, and
// are one audit event each; reads follow ReadRoster (a workshop head: their workshops only).
class HonourStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::HonourStore)
public:
    // today: an honour is never dated after the day it is entered.
    static Result<qint64> add(
        QSqlDatabase &db, const HonourInput &input, QDate today = QDate::currentDate());
    // The rows of an import, checked by HonoursImport, in one transaction and one event.
    static Result<WriteEnd> addAll(
        QSqlDatabase &db, const QList<HonourRow> &rows, const Officer &by, ProgressSink &progress);
    static Status withdraw(QSqlDatabase &db, qint64 id, const QString &reason, const Officer &by);

    // Company-wide (a workshop head: their workshops), newest first.
    static Result<QList<HonourRecord>> list(
        QSqlDatabase &db, const Officer &by, const HonourFilter &filter = {});
    static Result<QList<HonourRecord>> ofWorker(
        QSqlDatabase &db, const Officer &by, qint64 workerId);
    static Result<HonourRecord> get(QSqlDatabase &db, qint64 id);
};

} // namespace skl
