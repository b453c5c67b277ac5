#pragma once

#include <memory>

#include <QMainWindow>

namespace skl {

class Connection;
class TargetReportView;

// The application window: one company database at a time, its workforce targets in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a SkillLadder database; a refused file (newer version, another program's) is
    // explained to the user and leaves the window as it was. Returns whether it opened.
    bool openDatabase(const QString &path);
    QString databasePath() const;
    TargetReportView *targetView() const { return m_targets; }

private:
    void createMenus();
    void chooseDatabase();
    void backUp();
    void about();
    void updateTitle();

    std::unique_ptr<Connection> m_connection; // the GUI thread's own connection
    QString m_companyName;
    TargetReportView *m_targets = nullptr;
    QAction *m_backUpAction = nullptr;
};

} // namespace skl
