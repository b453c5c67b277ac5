#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/fraction.h"
#include "core/domain/officer.h"
#include "core/reports/workforcetargets.h"
#include "core/store/talentpoolstore.h"

class QPagedPaintDevice;

namespace skl {

// What the attestation says.
struct AttestationContent
{
    QString company;
    QDate asOf;
    QString reference; // empty until issued
    QString issuedBy; // the issuing officer, as labelled
    QDate issuedOn;
    TargetReport targets; // the company's report with the grade distribution
    Fraction highSkilledShare; // T2 of the policy on asOf
    Fraction highSkilledShareEastern; // T3
    QList<TalentWorker> highSkilled; // by employee number, ID numbers masked
};

// The attestation of the company's high-skilled staffing (高技能人才配置状况, section 八, issue 17)
// as of a date, for bids, awards and qualification reviews: A4 portrait, the company, the counts
// by grade and by site, the three ratios against the targets (as the target report computes and
// formats them), the named list of high-skilled workers with their certificate numbers and
// masked ID numbers, the reference, the issuing officer and day, and the sign-off block
// (制表人, 审核人, 单位负责人, 单位（盖章）); 第 N 页 共 M 页 on every page. Issuing is human
// resources' act and one audit event naming the date and the reference, which is then printed.
class TalentAttestation
{
    Q_DECLARE_TR_FUNCTIONS(skl::TalentAttestation)
public:
    // What the attestation as of asOf would say, for by who may issue it; no reference yet.
    static Result<AttestationContent> compose(
        QSqlDatabase &db, const Officer &by, QDate asOf, QDate today = QDate::currentDate());
    // Composes, records the issue (one audit event "issue-attestation"), and writes the PDF at
    // path, whole or not at all: a failed write records nothing and leaves no file behind.
    // Returns the content as issued (its reference).
    static Result<AttestationContent> issue(QSqlDatabase &db, const Officer &by, QDate asOf,
        const QString &path, ProgressSink &progress, QDate today = QDate::currentDate());

    static void setUp(QPagedPaintDevice &device);
    static Status paint(QPagedPaintDevice &device, const AttestationContent &content);

    // "高技能人才配置状况证明": the title and the PDF's.
    static QString title();
    // "SKL-GJ-20261202-000123": the day issued and the audit event's number.
    static QString referenceFor(QDate issuedOn, qint64 eventId);
};

} // namespace skl
