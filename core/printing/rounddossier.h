#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The dossier (归档) of an assessment round (issue 16): the five volumes an evaluation body
// keeps, each a PDF (A4 landscape) with a CSV beside it, in one folder named for the round
// (考核批次-12-车工-技师):
//   01-报名与资格审核  the candidates: registered by whom and when, the grade held and since,
//                     the condition of registration, the eligibility on the assessment date;
//   02-备案            the round and the policy in force on its assessment date: pass mark,
//                     parts, notice and report days, the calendar's deadline, staffing ratios;
//   03-过程管理        the panels: examiners and invigilators with certificate numbers and
//                     grades, and each panel's check;
//   04-试卷及成绩      every score with its examiner, who entered it and when; the results;
//   05-证书管理        the certificates issued for the round and every printing of them.
// The documents filed with the round (RoundDocumentStore: scanned papers, sign-in sheets, the
// filing letter) are listed in their volume and copied, as filed, into a folder beside its PDF
// (04-试卷及成绩-附件); those withdrawn are listed with their reason only.
// Every page carries the retention dates (paper and electronic, from the archive day, the
// policy's years). ID numbers appear in none of them. The files appear whole or not at all;
// a round already reported is recorded as archived (AssessmentRoundStore::recordArchive) the
// first time its dossier is made, and an earlier one is a preliminary copy, which says so.
class RoundDossier
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundDossier)
public:
    // Writes the five volumes into folder (created if missing), inside the round's own folder,
    // and records the archive when the round is reported. By hr (Act::ManageRounds). Returns
    // the files written, PDF then CSV of each volume.
    static Result<QStringList> write(QSqlDatabase &db, qint64 roundId, const Officer &by,
        const QString &folder, ProgressSink &progress, QDate today = QDate::currentDate());

    // "考核批次-12-车工-技师": the round's folder, safe as a file name on every system.
    static QString folderName(qint64 roundId, const QString &occupation, const QString &grade);
};

} // namespace skl
