#pragma once

#include <QWidget>

class QListWidget;

namespace skl {

// What the window shows before a database is open: create a company database, open one, open a
// company on a server (issue 14), open the demo company, or pick a recent file or server.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    // Re-reads the recent files (after one was opened or removed).
    void refreshRecent();
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void createRequested();
    void openRequested();
    void serverRequested();
    void demoRequested();
    // A file's path, or a server's address (postgresql://…).
    void recentChosen(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};

} // namespace skl
