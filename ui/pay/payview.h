#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/importing/datafiles.h"
#include "core/reports/payreport.h"
#include "ui/widgets/latestloader.h"

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace skl {

class Connection;

// 薪酬分配 (issue #6, sections 八 and 九): as of a date, each grade's pay against its salary band
// (median, below min, above max, compa-ratio) and against the market (wage-price reference), a
// chart of band and median pay per grade, the parity gap of each high-skilled grade against its
// professional title level for the company and each site, and the workers outside their band.
// Computed off the GUI thread; bands, pay and the reference are imported from HR's files.
// Officers (issue 13): the report names workers and their pay, so it is read by payroll and
// approvers only; exports and imports are payroll's. Buttons the officer's roles forbid are
// disabled and say which role they need; core refuses anyway.
class PayView : public QWidget
{
    Q_OBJECT
public:
    explicit PayView(QWidget *parent = nullptr);
    ~PayView() override;

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void setAsOf(QDate day);
    QTableWidget *gradeTable() const { return m_grades; }
    QTableWidget *parityTable() const { return m_parity; }
    const PayReportData &report() const { return m_report; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ReportRequest
    {
        QString path;
        QDate asOf;
        Officer officer;
    };

    void refresh();
    void updateButtons();
    void display(PayReportData report);
    void fillChart();
    void importFile(DataFile what);
    void exportWorkers();

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    PayReportData m_report;
    QDateEdit *m_asOf;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QToolButton *m_import;
    QLabel *m_summary;
    QTableWidget *m_grades;
    QTableWidget *m_parity;
    QTableWidget *m_outliers;
    QTableWidget *m_workshops;
    QChartView *m_chart;
    LatestLoader<ReportRequest, Result<PayReportData>> m_loader;
};

} // namespace skl
