#pragma once

#include <functional>

#include <QList>
#include <QObject>

#include "core/domain/officer.h"
#include "core/domain/workerrow.h"

class QAction;
class QMenu;
class QWidget;

namespace skl {

class Connection;

// The desk acts on the workers chosen in the roster (issue 15): open the profile, add a worker,
// record a leaving, change workshop or occupation, delete a worker entered by mistake. One set
// of actions serves the roster's context menu, its tool bar and the window's Workers menu; each
// is enabled only when the officer's roles allow it and the choice fits, and otherwise says why
// in its tooltip. Core checks the officer again at every act.
class RosterActions : public QObject
{
    Q_OBJECT
public:
    // chosen: the workers the roster has selected now, asked at every update and act.
    RosterActions(QWidget *parent, std::function<QList<WorkerRow>()> chosen);

    void setConnection(Connection *connection, const Officer &officer);
    // Enables the actions for the officer and the workers chosen now.
    void update();
    // The context menu of the roster's rows, with every act.
    void fillMenu(QMenu *menu) const;

    QAction *openProfileAction() const { return m_openProfile; }
    QAction *addAction() const { return m_add; }
    QAction *leavingAction() const { return m_leaving; }
    QAction *moveAction() const { return m_move; }
    QAction *deleteAction() const { return m_delete; }

    void addWorker();
    void recordLeaving();
    void moveWorkers();
    void deleteWorker();

Q_SIGNALS:
    void profileRequested(qint64 workerId);
    // A write changed the roster: views that show workers read them again.
    void workersChanged();

private:
    // Enables action when allowed, else disables it with why as its tooltip.
    static void allow(QAction *action, const QString &why);
    QString whyNot() const; // why the officer may not write the roster now, or empty

    QWidget *m_parent;
    std::function<QList<WorkerRow>()> m_chosen;
    Connection *m_connection = nullptr;
    Officer m_officer;
    QAction *m_openProfile = nullptr;
    QAction *m_add = nullptr;
    QAction *m_leaving = nullptr;
    QAction *m_move = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace skl
