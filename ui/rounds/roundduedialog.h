#pragma once

#include <QDialog>

#include "core/common/result.h"
#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "ui/rounds/roundcontext.h"
#include "ui/widgets/latestloader.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

// 从待评价名单添加: the workers due for the round's grade in its occupation on its assessment
// date (the due list, computed off the GUI thread), the target planner's recommended workers
// checked already, so that one click registers them; those registered already are left out.
class RoundDueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoundDueDialog(const RoundContext &context, QWidget *parent = nullptr);

    QList<AssessmentRoundStore::Registration> checked() const;
    QTableWidget *table() const { return m_table; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isBusy() const { return m_loader.isBusy(); }

Q_SIGNALS:
    void listed();

private:
    struct Request
    {
        QString path;
        Officer officer;
        QDate asOf;
        QString occupation;
        Grade grade;
    };
    struct Due
    {
        QList<DueWorker> workers;
        QSet<qint64> recommended;
    };
    static Result<Due> compute(const Request &request);
    void showList(Result<Due> due);
    void checkAll(bool recommendedOnly);

    QSet<qint64> m_registered; // worker ids
    QList<DueWorker> m_workers;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_recommended;
    QPushButton *m_all;
    QDialogButtonBox *m_buttons;
    LatestLoader<Request, Result<Due>> m_loader;
};

} // namespace skl
