#pragma once

#include <QWidget>

class QListWidget;

namespace skl {

// What the window shows before a database is open: create a company database, open one, open
// the demo company, or pick a recent file.
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
    void demoRequested();
    void recentChosen(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};

} // namespace skl
