#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"
#include "core/domain/recognition.h"
#include "core/store/studiostore.h"

namespace skl {

struct ProjectInput
{
    QString title;
    ProjectKind kind = ProjectKind::Challenge;
    QString leadNo; // employee number
    QDate startedOn;
    ProjectStatus status = ProjectStatus::Open; // the first update, on the start day
    QStringList memberNos; // besides the lead
    Officer by;
};

struct ProjectRecord
{
    qint64 id = 0;
    QString title;
    ProjectKind kind = ProjectKind::Challenge;
    NamedWorker lead;
    QDate startedOn;
    ProjectStatus status = ProjectStatus::Open; // the latest update's
    QString outcome;
    QDate statusOn;
    int members = 0; // current members the officer may see, besides the lead
};

// A member with what qualified them as of the project's start: their highest grade then (any
// occupation), or their professional title (职称, a 技师+工程师 team's engineers).
struct ProjectMemberRecord
{
    qint64 id = 0;
    NamedWorker worker;
    std::optional<Grade> grade;
    int titleLevel = 0; // 1 助理级 … 4 正高级, 0: none
    bool withdrawn = false;
    QString withdrawReason;
};

struct ProjectUpdateRecord
{
    ProjectStatus status = ProjectStatus::Open;
    QString outcome;
    QDate onDate;
};

struct ProjectDetail
{
    ProjectRecord project;
    ProjectMemberRecord lead; // the lead's grade or title
    QList<ProjectMemberRecord> members;
    QList<ProjectUpdateRecord> updates; // oldest first
};

// 揭榜领题 projects and "技师+工程师" teams (section 八): title, kind, lead, members, start, and a
// status history (each update a new row; the latest counts) whose outcome can ground an
// exceptional promotion (ground technical-problem). Writes need Act::RecordRecognition and are
// one audit event each. Projects are company-wide; their members follow ReadRoster's record
// rule.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::ProjectStore)
public:
    static Result<qint64> add(
        QSqlDatabase &db, const ProjectInput &input, QDate today = QDate::currentDate());
    static Result<qint64> addMember(
        QSqlDatabase &db, qint64 projectId, const QString &employeeNo, const Officer &by);
    static Status withdrawMember(
        QSqlDatabase &db, qint64 memberId, const QString &reason, const Officer &by);
    // A new status (and outcome) from onDate; a finished or abandoned project is closed, though
    // a finished one may still have its outcome stated.
    static Status update(QSqlDatabase &db, qint64 projectId, ProjectStatus status,
        const QString &outcome, QDate onDate, const Officer &by,
        QDate today = QDate::currentDate());

    static Result<QList<ProjectRecord>> list(QSqlDatabase &db, const Officer &by);
    static Result<ProjectDetail> detail(QSqlDatabase &db, qint64 id, const Officer &by);
    // The projects the worker leads or is a member of (not withdrawn).
    static Result<QList<ProjectRecord>> ofWorker(
        QSqlDatabase &db, const Officer &by, qint64 workerId);
};

} // namespace skl
