#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/store/occupationstore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;

// 基础数据 ▸ Occupations (职业/工种, issue 15): every occupation with its national occupation code
// (国家职业分类代码), the highest grade its standard allows and how many workers it has. hr adds
// one or changes the selected one; the form checks the name and the code as they are typed, and
// core refuses a highest grade below one a worker already holds, naming how many. Others read.
class OccupationsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Name, Code, Highest, Workers, ColumnCount };

    OccupationsDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *highestGrade() const { return m_highest; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    // Why the form cannot be saved, or the last refusal; empty when nothing is wrong.
    QString problem() const;
    // Selects the occupation of this name; false when there is none.
    bool select(const QString &name);

    void save();
    void startNew();

Q_SIGNALS:
    void occupationsChanged();

private:
    void showSelected();
    void check();
    qint64 selectedId() const;
    bool mayEdit() const;

    Connection &m_connection;
    Officer m_by;
    QList<OccupationEntry> m_rows;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_highest;
    QLabel *m_problem;
    QPushButton *m_new;
    QPushButton *m_save;
};

} // namespace skl
