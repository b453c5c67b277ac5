#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/educationfundstore.h"
#include "ui/widgets/latestloader.h"

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace skl {

class Connection;

// What the fund page shows of a year: its figures, its spending by site and workshop, and the
// five years ending with it.
struct FundPage
{
    FundYear year;
    QList<FundUnitRow> units;
    QList<FundYear> trend;
};

// 职工教育经费 (issue 17, section 十八): a year's wage bill (and where it comes from), the
// deductible cap, what training cost and how much of it went to frontline workers against the
// 60 % target; the share by site and workshop; the five-year trend as a chart; export. Read by
// the roles of Act::ReadFund (not workshop heads, whose tab is hidden); payroll enters or takes
// back a year's wage bill. The wage bill of a million workers' pay takes seconds: loaded off the
// GUI thread.
class FundView : public QWidget
{
    Q_OBJECT
public:
    explicit FundView(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void setYear(int year);
    int year() const;
    const FundPage &page() const { return m_page; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *verdictLabel() const { return m_verdict; }
    QTableWidget *unitTable() const { return m_units; }
    QPushButton *wageBillButton() const { return m_wageBill; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request
    {
        QString path;
        int year = 0;
        Officer officer;
    };

    void refresh();
    void updateButtons();
    void display(FundPage page);
    void showFigures();
    void fillChart();
    void exportPage();
    void editWageBill();

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    bool m_loaded = false;
    FundPage m_page;
    QSpinBox *m_year;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_wageBill;
    QLabel *m_figures;
    QLabel *m_verdict;
    QLabel *m_status;
    QTableWidget *m_units;
    QChartView *m_chart;
    LatestLoader<Request, Result<FundPage>> m_loader;
};

} // namespace skl
