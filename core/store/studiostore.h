#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/recognition.h"

namespace skl {

struct StudioInput
{
    QString name;
    StudioKind kind = StudioKind::Master;
    HonourLevel level = HonourLevel::Enterprise;
    QString leaderNo; // employee number
    QString occupation; // by name; may be empty
    QDate foundedOn;
    Officer by;
};

// A worker named in a studio or project list. A workshop head sees the leader of a studio or
// the lead of a project outside their workshops as hidden: the name and number stay empty.
struct NamedWorker
{
    qint64 id = 0;
    QString employeeNo;
    QString name;
    QString workshop;
    bool hidden = false;
};

struct StudioRecord
{
    qint64 id = 0;
    QString name;
    StudioKind kind = StudioKind::Master;
    HonourLevel level = HonourLevel::Enterprise;
    NamedWorker leader;
    QString occupation;
    QDate foundedOn;
    int members = 0; // current members the officer may see
    int results = 0; // results not withdrawn
    int apprentices = 0; // the apprentices trained, summed
};

struct StudioMemberRecord
{
    qint64 id = 0;
    NamedWorker worker;
    QDate joinedOn;
    QDate leftOn; // invalid: still a member
};

struct StudioResultInput
{
    StudioResultKind kind = StudioResultKind::Other;
    QString title;
    int quantity = 1; // apprentices trained: how many
    QDate achievedOn;
};

struct StudioResultRecord
{
    qint64 id = 0;
    StudioResultKind kind = StudioResultKind::Other;
    QString title;
    int quantity = 1;
    QDate achievedOn;
    bool withdrawn = false;
    QString withdrawReason;
};

struct StudioDetail
{
    StudioRecord studio;
    QList<StudioMemberRecord> members; // those the officer may see, with former members
    QList<StudioResultRecord> results;
};

// Skill-master studios and innovation studios (技能大师工作室, 劳模和工匠人才创新工作室, section
// 三): a studio with its kind, level, leader, occupation and founding day; members who join and
// leave; results (patents, process improvements, apprentices trained, other) withdrawn with a
// reason, never deleted (schema 22). Writes need Act::RecordRecognition and are one audit event
// each. Studios are company-wide; their members follow ReadRoster's record rule.
class StudioStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::StudioStore)
public:
    static Result<qint64> add(
        QSqlDatabase &db, const StudioInput &input, QDate today = QDate::currentDate());
    static Result<qint64> addMember(QSqlDatabase &db, qint64 studioId, const QString &employeeNo,
        QDate joinedOn, const Officer &by, QDate today = QDate::currentDate());
    // The member leaves on leftOn (the membership row keeps both days).
    static Status leave(QSqlDatabase &db, qint64 memberId, QDate leftOn, const Officer &by,
        QDate today = QDate::currentDate());
    static Result<qint64> addResult(QSqlDatabase &db, qint64 studioId,
        const StudioResultInput &input, const Officer &by, QDate today = QDate::currentDate());
    static Status withdrawResult(
        QSqlDatabase &db, qint64 resultId, const QString &reason, const Officer &by);

    static Result<QList<StudioRecord>> list(QSqlDatabase &db, const Officer &by);
    static Result<StudioDetail> detail(QSqlDatabase &db, qint64 id, const Officer &by);
    // The studios the worker leads or belongs to (or belonged to).
    static Result<QList<StudioRecord>> ofWorker(
        QSqlDatabase &db, const Officer &by, qint64 workerId);
};

} // namespace skl
