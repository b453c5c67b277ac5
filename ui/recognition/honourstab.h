#pragma once

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/honourstore.h"

class QChartView;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class HonourDialog;

// 荣誉 (issue 17): the company's honours (a workshop head: their workshops'), filtered by level
// and year, with a chart of the honours by level over the years; hr imports a file (all lines or
// none, every bad line named), records and withdraws honours; everyone exports the list shown.
class HonoursTab : public QWidget
{
    Q_OBJECT
public:
    explicit HonoursTab(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void reload();

    QTableWidget *table() const { return m_table; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *yearFilter() const { return m_year; }
    QChartView *chart() const { return m_chart; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *exportButton() const { return m_export; }
    const QList<HonourRecord> &shown() const { return m_shown; }

    HonourDialog *newHonourDialog();
    // Imports file in the background behind a progress dialog, then shows the outcome.
    void importFile(const QString &file);
    void withdrawSelected(const QString &reason);
    // Writes the honours shown to path (CSV); an error is shown.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void honoursChanged();

private:
    void refill();
    void fillChart(const QList<HonourRecord> &all);
    void updateButtons();
    const HonourRecord *selected() const;

    Connection *m_connection = nullptr;
    Officer m_officer;
    QList<HonourRecord> m_all; // every honour the officer reads
    QList<HonourRecord> m_shown; // as filtered
    QComboBox *m_level;
    QComboBox *m_year;
    QTableWidget *m_table;
    QChartView *m_chart;
    QPushButton *m_import;
    QPushButton *m_add;
    QPushButton *m_withdraw;
    QPushButton *m_export;
};

} // namespace skl
