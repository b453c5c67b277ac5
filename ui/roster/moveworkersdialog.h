#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/domain/workerrow.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace skl {

class Connection;

// Moves the workers chosen in the roster to another workshop (its site with it) and/or another
// occupation at once (issue 15): one audited event naming every worker changed.
class MoveWorkersDialog : public QDialog
{
    Q_OBJECT
public:
    MoveWorkersDialog(Connection &connection, const Officer &officer,
        const QList<WorkerRow> &workers, QWidget *parent = nullptr);

    QCheckBox *workshopCheck() const { return m_toWorkshop; }
    QComboBox *workshopBox() const { return m_workshop; }
    QCheckBox *occupationCheck() const { return m_toOccupation; }
    QComboBox *occupationBox() const { return m_occupation; }
    QPushButton *okButton() const { return m_ok; }
    // How many workers the last save() changed.
    int movedCount() const { return m_moved; }
    // Moves them (the OK button); true when the move was saved.
    bool save();

Q_SIGNALS:
    void workersMoved(int count);

private:
    void validate();

    Connection &m_connection;
    Officer m_officer;
    QList<WorkerRow> m_workers;
    int m_moved = 0;
    QCheckBox *m_toWorkshop = nullptr;
    QComboBox *m_workshop = nullptr;
    QCheckBox *m_toOccupation = nullptr;
    QComboBox *m_occupation = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace skl
