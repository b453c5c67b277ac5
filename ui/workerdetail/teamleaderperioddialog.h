#pragma once

#include <QDialog>

#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/store/teamleaderstore.h"

class QLabel;
class QPushButton;

namespace skl {

class Connection;
class DateField;

// Opens, closes or corrects one team-leader period (班组长任期, issue 15), checked as the officer
// types by the rules the roles import applies (TeamLeaderStore): the dates, the worker's
// service, another period of the worker, a locked allowance month. Save is hr's.
class TeamLeaderPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Open, // a new period
        Close, // the end of a running period
        Correct, // either date of a period on record
    };
    TeamLeaderPeriodDialog(Connection &connection, const Officer &officer, qint64 workerId,
        const QString &workerLabel, const TeamLeaderPeriodRecord &period, Mode mode,
        QWidget *parent = nullptr);

    DateField *fromEdit() const { return m_from; }
    DateField *toEdit() const { return m_to; }
    QLabel *problemText() const { return m_problemText; }
    QPushButton *saveButton() const { return m_save; }
    const RowProblems &problems() const { return m_problems; }
    // Saves (the Save button); true when saved.
    bool save();

Q_SIGNALS:
    void periodSaved(qint64 workerId);

private:
    void validate();
    InclusivePeriod days() const;

    Connection &m_connection;
    Officer m_officer;
    qint64 m_workerId;
    TeamLeaderPeriodRecord m_period;
    Mode m_mode;
    RowProblems m_problems;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace skl
