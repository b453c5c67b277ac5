#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/trainingstore.h"
#include "ui/widgets/latestloader.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace skl {

class Connection;

// 培训 (issue 17, section 七): the company's training records with filters (workshop, kind,
// year, course), the certificates expiring within a horizon as of a date (the expired in red),
// a chart of the year's hours and cost by kind, the import of records (hr) and the export of
// the lists. Read by every role that reads the roster, a workshop head their own workshops.
class TrainingView : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingView(QWidget *parent = nullptr);
    ~TrainingView() override;

    void setConnection(Connection *connection, const Officer &officer);
    // Shows the expiring certificates as of asOf within days (the home page's click).
    void showExpiring(QDate asOf, int days);
    void reload();

    QTableWidget *recordsTable() const { return m_records; }
    QTableWidget *expiringTable() const { return m_expiring; }
    QChartView *hoursChart() const { return m_hoursChart; }
    QChartView *costChart() const { return m_costChart; }
    QToolButton *importButton() const { return m_import; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *yearBox() const { return m_year; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QSpinBox *horizonBox() const { return m_within; }
    const QList<TrainingRecord> &records() const { return m_data.records; }
    const QList<ExpiringCertificate> &expiring() const { return m_data.expiring; }
    // Writes the list on show (records or expiring) to path and records the export.
    Status exportShown(const QString &path);

Q_SIGNALS:
    void refreshed();
    void workerRequested(qint64 workerId); // a row double-clicked: the worker's profile

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request
    {
        QString path;
        Officer officer;
        TrainingFilter filter;
        QDate asOf;
        int within = 0;
    };
    struct Data
    {
        QList<TrainingRecord> records;
        QList<ExpiringCertificate> expiring;
    };

    void refresh();
    void display(Data loaded);
    void fillRecords();
    void fillExpiring();
    void fillCharts();
    void importFile();
    void exportList();
    void updateButtons();

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    Data m_data;
    QComboBox *m_workshop;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLineEdit *m_course;
    QDateEdit *m_asOf;
    QSpinBox *m_within;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QToolButton *m_import;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_records;
    QTableWidget *m_expiring;
    QChartView *m_hoursChart;
    QChartView *m_costChart;
    LatestLoader<Request, Result<Data>> m_loader;
};

} // namespace skl
