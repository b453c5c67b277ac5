#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/training.h"
#include "core/store/tablewrite.h"

namespace skl {

// What narrows the company's training records: all optional.
struct TrainingFilter
{
    qint64 workshopId = 0; // 0: every workshop the officer reads
    std::optional<TrainingKind> kind;
    int year = 0; // records that start in the year; 0: every year
    QString course; // part of the course name
};

// A worker's archive of training: the records (by end date), and of each corrected record the
// values it held before, newest first.
struct WorkerTraining
{
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QList<TrainingRecord> records;
    QHash<qint64, QList<TrainingCorrection>> corrections; // by record id
};

// The lifelong training e-archive (终身职业技能培训电子档案, issue 17, section 七). Writing needs
// Act::RecordTraining (hr); reading goes with Act::ReadRoster, a workshop head reading their own
// workshops only. Records are never deleted: a correction keeps the former values and its
// reason in training_record_replaced, under one audit event.
class TrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingStore)
public:
    static Result<qint64> add(QSqlDatabase &db, const TrainingInput &input, const Officer &by);
    // Replaces every field of the record; reason is required.
    static Status correct(QSqlDatabase &db, qint64 recordId, const TrainingInput &input,
        const QString &reason, const Officer &by);

    static Result<WorkerTraining> ofWorker(
        QSqlDatabase &db, const QString &employeeNo, const Officer &by);
    static Result<QList<TrainingRecord>> list(
        QSqlDatabase &db, const TrainingFilter &filter, const Officer &by);
    // The rule of expiringCertificates() over the records the officer reads.
    static Result<QList<ExpiringCertificate>> expiring(
        QSqlDatabase &db, QDate asOf, int withinDays, const Officer &by);

    // An import's rows (each with its worker's id resolved), all in one transaction under one
    // audit event; a Cancel writes nothing.
    static Result<WriteEnd> importRecords(QSqlDatabase &db, const QList<TrainingInput> &rows,
        const QString &fileName, const Officer &by, ProgressSink &progress);
};

} // namespace skl
