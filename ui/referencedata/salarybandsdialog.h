#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/store/salarybandstore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class DateField;

// 基础数据 ▸ Salary bands (薪酬等级带, issue 15): every band by track (技能等级 or 职称), level and
// the day it applies from, its minimum, midpoint and maximum in yuan a month with separators.
// Payroll adds a band from a new day, or corrects the selected one (its old amounts kept in
// history, SalaryBandStore); the form checks as it is typed that each amount is yuan with at most
// two decimals, 0 ≤ min ≤ mid ≤ max, and that no band of the level starts that day already.
// Approvers read.
class SalaryBandsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Track, Level, From, Min, Mid, Max, ColumnCount };

    SalaryBandsDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QComboBox *trackChooser() const { return m_track; }
    QComboBox *levelChooser() const { return m_level; }
    DateField *fromField() const { return m_from; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *midEdit() const { return m_mid; }
    QLineEdit *maxEdit() const { return m_max; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *correctButton() const { return m_correct; }
    QString problem() const;

    // A new band from the form's day; a correction of the stored band of the form's key.
    void addBand();
    void correctBand();

Q_SIGNALS:
    void bandsChanged();

private:
    void fillLevels();
    void showSelected();
    void check();
    // The band the form holds, or the reason it holds none (set in problem).
    std::optional<SalaryBandRecord> typed(QString &problem) const;
    bool stored(const SalaryBandRecord &band) const;
    void written(const Status &done, const SalaryBandRecord &band);

    Connection &m_connection;
    Officer m_by;
    QList<SalaryBandRecord> m_rows;
    QTableWidget *m_table;
    QComboBox *m_track;
    QComboBox *m_level;
    DateField *m_from;
    QLineEdit *m_min;
    QLineEdit *m_mid;
    QLineEdit *m_max;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_correct;
};

} // namespace skl
