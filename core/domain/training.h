#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/domain/fen.h"

namespace skl {

// The policy key of the home page's reminder (issue 17): how many days ahead it lists the
// training certificates that expire; PolicyStore declares its shape and default (60).
inline constexpr auto kTrainingReminderDaysKey = u"training.reminder_days";

// The kinds of training a worker's lifelong archive (终身职业技能培训电子档案, section 七) holds:
// 岗位培训, 技能研修, 继续教育, 学徒培训, 安全培训, 特种作业 and 其他, in the schema's order.
enum class TrainingKind { Post, Study, Continuing, Apprentice, Safety, Special, Other };

class TrainingNames
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingNames)
public:
    static QList<TrainingKind> kinds();
    static QString code(TrainingKind kind);
    static QString display(TrainingKind kind);
    // The code ("special"), the English label or alias ("special operation") or the Chinese
    // label (特种作业).
    static std::optional<TrainingKind> parseKind(const QString &text);

    // Hours as officers write them, "8", "7.5", "0": a number ≥ 0 with at most one decimal, in
    // tenths of an hour; nullopt for anything else.
    static std::optional<int> parseHours(const QString &text);
    // Tenths as hours: "7.5", "8".
    static QString hoursText(int tenths);
    // Why text is not hours, in the UI language ("not a number", "below zero", …), or empty.
    static QString whyNotHours(const QString &text);
};

// One training a worker took. Hours are tenths of an hour, cost fen; the certificate number and
// its expiry are for licences that lapse (特种作业操作证) and empty otherwise.
struct TrainingRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString workerName;
    QString workshop; // the worker's workshop, for lists
    QString course;
    TrainingKind kind = TrainingKind::Other;
    int hoursTenths = 0;
    QString provider;
    Fen cost;
    QDate start;
    QDate end;
    QString result;
    QString certificateNo;
    QDate expires; // invalid: none
};

// A worker's training, held or imported: what a record says, without its id.
struct TrainingInput
{
    QString employeeNo;
    qint64 workerId = 0; // resolved by the store (or the import) from employeeNo
    QString course;
    TrainingKind kind = TrainingKind::Other;
    int hoursTenths = 0;
    QString provider;
    Fen cost;
    QDate start;
    QDate end;
    QString result;
    QString certificateNo;
    QDate expires;
};

// The values a record held before a correction, and why it was corrected.
struct TrainingCorrection
{
    TrainingRecord former;
    QString reason;
    QString by; // the officer who corrected it
    QDateTime at;
};

// What the expiring list is computed from: one record, with whether its worker is in service on
// the list's date.
struct ExpiryCandidate
{
    TrainingRecord record;
    bool inService = true;
};

struct ExpiringCertificate
{
    QString employeeNo;
    QString name;
    QString workshop;
    QString course;
    QString certificateNo;
    QDate expires;
    bool expired = false; // expires before the list's date
};

// The rule of the expiring list (section 七): for a date D and a horizon of N days, every worker
// in service on D whose latest record of a course as of D (the latest end date on or before D,
// for that worker and course name; of two ending the same day, the one entered later) carries an
// expiry on or before D + N. Those already expired are listed too; the list is sorted by expiry,
// then employee number. A renewal (a later record of the same course) replaces the earlier
// certificate, so the earlier expiry no longer counts.
QList<ExpiringCertificate> expiringCertificates(
    const QList<ExpiryCandidate> &records, QDate asOf, int withinDays);

// The expiring list's order: by expiry, then employee number, then course.
void sortByExpiry(QList<ExpiringCertificate> &listed);

// Why an input cannot be a record (course, dates, certificate), in the UI language, or empty.
QString trainingInputProblem(const TrainingInput &input);

} // namespace skl
