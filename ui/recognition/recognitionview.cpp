#include "ui/recognition/recognitionview.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/help/helptopic.h"
#include "ui/recognition/honourstab.h"
#include "ui/recognition/projectstab.h"
#include "ui/recognition/studiostab.h"

using namespace Qt::StringLiterals;

namespace skl {

RecognitionView::RecognitionView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_honours(new HonoursTab(this))
    , m_studios(new StudiosTab(this))
    , m_projects(new ProjectsTab(this))
{
    HelpTopic::set(this, u"recognition"_s);
    m_tabs->addTab(m_honours, tr("Honours"));
    m_tabs->addTab(m_studios, tr("Skill-master studios"));
    m_tabs->addTab(m_projects, tr("Projects"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void RecognitionView::setConnection(Connection *connection, const Officer &officer)
{
    m_honours->setConnection(connection, officer);
    m_studios->setConnection(connection, officer);
    m_projects->setConnection(connection, officer);
    m_stale = false;
}

void RecognitionView::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    m_honours->reload();
    m_studios->reload();
    m_projects->reload();
}

void RecognitionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

} // namespace skl
