#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/assessment.h"
#include "core/domain/officer.h"

namespace skl {

// A document to file with a round: a scan, a PDF, a photo of a sign-in sheet.
struct RoundDocumentInput
{
    DossierVolume volume = DossierVolume::Papers;
    QString title; // what it is: 理论知识试卷（A卷）, 签到表, …
    QString fileName; // as uploaded, without folders
    QByteArray data;
    QString employeeNo; // the candidate it concerns, empty: the whole round
    std::optional<AssessmentPart> part;
};

struct RoundDocument
{
    qint64 id = 0;
    qint64 roundId = 0;
    DossierVolume volume = DossierVolume::Papers;
    QString title;
    QString fileName;
    QString employeeNo;
    QString workerName;
    std::optional<AssessmentPart> part;
    qint64 sizeBytes = 0;
    QString sha256; // hex
    QString addedBy;
    QDateTime addedAt;
    bool withdrawn = false;
    QString withdrawnReason;
};

// The documents of an assessment round (issue 16): filed in one of the dossier's five volumes,
// kept as uploaded with their SHA-256, never changed or deleted. hr files and withdraws
// (Act::ManageRounds); whoever reads certifications reads them. Each filing and withdrawal is
// one audit event.
class RoundDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundDocumentStore)
public:
    // A scanned paper of several hundred pages fits; a video does not belong in the dossier.
    static constexpr qint64 kMaxBytes = 50 * 1024 * 1024;

    // Why a file of that size cannot be filed (empty, or above kMaxBytes), or nullopt: asked
    // before a file is read into memory, and again by add.
    static std::optional<QString> sizeRefusal(const QString &fileName, qint64 size);

    static Result<qint64> add(QSqlDatabase &db, qint64 roundId, const RoundDocumentInput &input,
        const Officer &by, QDate today = QDate::currentDate());
    // The round's documents by volume, then as filed; withdrawn ones too, marked.
    static Result<QList<RoundDocument>> list(QSqlDatabase &db, qint64 roundId);
    // The bytes as filed, checked against their SHA-256 (a mismatch is a damaged database).
    static Result<QByteArray> data(QSqlDatabase &db, qint64 documentId);
    // Takes a document filed by mistake out of the dossier; the reason is required and kept.
    static Status withdraw(QSqlDatabase &db, qint64 documentId, const QString &reason,
        const Officer &by, QDate today = QDate::currentDate());
};

} // namespace skl
