#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/auditchain.h"
#include "core/store/audittrailstore.h"
#include "ui/widgets/latestloader.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace skl {

// The audit trail for admins and auditors (审计 ▸ 审计记录…, issue 13): filtered by officer,
// dates, worker and kind, newest first, a page at a time, each event with its change rows below
// it; ID numbers always masked (AuditTrailStore). What is shown can be exported to CSV or Excel,
// and "Verify chain" recomputes the whole hash chain. Reading runs off the GUI thread on
// connections of its own to databasePath; core checks the officer's right to read the trail.
class AuditView : public QDialog
{
    Q_OBJECT
public:
    AuditView(const QString &databasePath, const Officer &officer, QWidget *parent = nullptr);
    ~AuditView() override;

    // Sets the filter widgets and reads the first page again.
    void setFilter(const AuditTrailFilter &filter);
    AuditTrailFilter filter() const;
    // Reads the first page of what the filters say.
    void reload();
    // Appends the next page.
    void loadMore();
    // Recomputes the chain off the GUI thread; verified() tells the outcome.
    void verifyChain();
    // Asks for a file and writes the events shown (CSV, or Excel for a .xlsx name).
    void exportShown();

    const QList<AuditEventRow> &shownEvents() const { return m_events; }
    QTreeWidget *table() const { return m_table; }
    QString verifyText() const;

Q_SIGNALS:
    // A page was read and shown (or its error presented).
    void loaded();
    void verified(bool intact);

private:
    struct Request
    {
        QString path;
        Officer officer;
        AuditTrailFilter filter;
        qint64 beforeId = 0;
    };
    struct Page
    {
        QList<AuditEventRow> events;
        QStringList actions; // read with the first page, for the kind filter
    };

    void present(const Request &request, Result<Page> page);
    void appendRows(const QList<AuditEventRow> &events);
    void showVerification();

    QString m_path;
    Officer m_officer;
    QLineEdit *m_actor = nullptr;
    QCheckBox *m_useSince = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_useUntil = nullptr;
    QDateEdit *m_until = nullptr;
    QLineEdit *m_worker = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verifyResult = nullptr;
    QTreeWidget *m_table = nullptr;
    QList<AuditEventRow> m_events;
    AuditTrailFilter m_shownFilter; // what m_events were read with
    bool m_atEnd = true;
    QFutureWatcher<Result<AuditVerification>> m_verifyWatcher;
    LatestLoader<Request, Result<Page>> m_loader;
};

} // namespace skl
