#pragma once

#include <QDate>
#include <QDialog>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/workbench.h"
#include "ui/widgets/latestloader.h"

class QLabel;
class QTableWidget;

namespace skl {

// The whole list behind the home page's agreements item (issue 15): every ongoing
// master-apprentice agreement (师带徒) past its planned end or ending within 90 days, the
// earliest first, read off the GUI thread. A row opens the apprentice's profile.
class AgreementsEndingDialog : public QDialog
{
    Q_OBJECT
public:
    // More would not be read on a screen; the officer is told when the list stops there.
    static constexpr int kMostRows = 5000;

    AgreementsEndingDialog(const QString &databasePath, const Officer &officer, QDate today,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool isBusy() const { return m_loader.isBusy(); }

Q_SIGNALS:
    void loaded();
    void workerRequested(qint64 workerId);

private:
    struct Request
    {
        QString path;
        Officer officer;
        QDate today;
    };

    void present(const Request &request, Result<AgreementsEnding> ending);

    QLabel *m_summary;
    QTableWidget *m_table;
    QList<qint64> m_apprentices; // by row
    LatestLoader<Request, Result<AgreementsEnding>> m_loader;
};

} // namespace skl
