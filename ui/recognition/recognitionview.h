#pragma once

#include <QWidget>

#include "core/domain/officer.h"

class QTabWidget;

namespace skl {

class Connection;
class HonoursTab;
class ProjectsTab;
class StudiosTab;

// 荣誉与创新 (issue 17): the honours, the skill-master studios and the projects, a tab each.
// Everyone who reads the roster reads them (a workshop head: their workshops' people); hr
// records them. A page read again when shown after a change elsewhere.
class RecognitionView : public QWidget
{
    Q_OBJECT
public:
    explicit RecognitionView(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    HonoursTab *honours() const { return m_honours; }
    StudiosTab *studios() const { return m_studios; }
    ProjectsTab *projects() const { return m_projects; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    HonoursTab *m_honours;
    StudiosTab *m_studios;
    ProjectsTab *m_projects;
    bool m_stale = false;
};

} // namespace skl
