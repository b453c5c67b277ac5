#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include "core/common/result.h"
#include "core/reports/workforcetargets.h"

class QDateEdit;
class QLabel;
class QTableView;

namespace skl {

class TargetTableModel;

// The workforce targets of the open database as of a chosen date (default today). The report is
// computed off the GUI thread on the worker's own connection, so the window never freezes.
class TargetReportView : public QWidget
{
    Q_OBJECT
public:
    explicit TargetReportView(QWidget *parent = nullptr);

    // The database to report on; an empty path clears the view.
    void setDatabase(const QString &path);
    void setAsOf(QDate day);
    QDate asOf() const;
    TargetTableModel *model() const { return m_model; }
    bool isComputing() const { return m_watcher.isRunning(); }

    // Computes again (after an import, say).
    void reload();

Q_SIGNALS:
    void reportReady(const skl::TargetReport &report);
    void reportFailed(const skl::Error &error);
    // A site or workshop row was double-clicked: show its workers (0 = no such filter).
    void unitActivated(qint64 siteId, qint64 workshopId);

private:
    void finished();
    void showHeadline(const TargetReport &report);

    QString m_path;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
    TargetTableModel *m_model = nullptr;
    QFutureWatcher<Result<TargetReport>> m_watcher;
    bool m_reloadPending = false;
};

} // namespace skl
