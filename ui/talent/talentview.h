#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/talentpool.h"
#include "ui/widgets/latestloader.h"

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace skl {

class Connection;
class TalentTableModel;

// 人才库 (the high-skilled talent pool, issue 17, section 十九): as of a date, the workers in
// service who are high-skilled or hold an honour or a competition medal at the policy's level,
// with their grades, certificates, honours, medals, studios, projects and apprentices; filters
// by site, workshop, grade, reason, occupation and text; a summary by reason and a chart by
// grade; export to .xlsx; and for human resources the attestation of the company's high-skilled
// staffing (出具配置状况证明…), written off the GUI thread. Read with Act::ReadRoster (a workshop
// head: their workshops); the issuing button is hidden from those who may not issue it.
class TalentView : public QWidget
{
    Q_OBJECT
public:
    explicit TalentView(QWidget *parent = nullptr);
    ~TalentView() override;

    void setConnection(Connection *connection, const Officer &officer);
    void setAsOf(QDate day);
    void reload();

    TalentTableModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPushButton *attestButton() const { return m_attest; }
    QPushButton *exportButton() const { return m_export; }
    QComboBox *reasonFilter() const { return m_reason; }
    QLineEdit *searchField() const { return m_search; }
    QChartView *chart() const { return m_chart; }

    // The pool read for the date, before the filters.
    const TalentPoolData &pool() const { return m_pool; }

    // The issuing and the export as the buttons run them, to a path already chosen (tests).
    void exportTo(const QString &path);
    void attestTo(const QString &path);

Q_SIGNALS:
    void refreshed();
    // An attestation was issued (the audit trail has a new event).
    void attestationIssued(const QString &reference);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request
    {
        QString path;
        QDate asOf;
        Officer officer;
    };

    void refresh();
    void display(TalentPoolData pool);
    void fillFilters();
    void applyFilters();
    void fillChart(const QList<TalentWorker> &workers);
    void exportPool();
    void attest();
    TalentFilter currentFilter() const;

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    TalentPoolData m_pool;
    QDateEdit *m_asOf;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_attest;
    QComboBox *m_site;
    QComboBox *m_workshop;
    QComboBox *m_grade;
    QComboBox *m_reason;
    QComboBox *m_occupation;
    QLineEdit *m_search;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableView *m_table;
    TalentTableModel *m_model;
    LatestLoader<Request, Result<TalentPoolData>> m_loader;
};

} // namespace skl
