#include "ui/help/manualwindow.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kTopicRole = Qt::UserRole;

    // The pages are plain HTML for any editor; the look is set here, once.
    const auto kStyle = u"h1 { font-size: x-large; margin-bottom: 12px; } "
                        "h2 { font-size: large; margin-top: 18px; } "
                        "li { margin-bottom: 4px; } "
                        "p.back { margin-top: 24px; }";

} // namespace

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_manual(Manual::load())
    , m_search(new QLineEdit(this))
    , m_pages(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("SkillLadder user manual"));
    m_search->setPlaceholderText(tr("Search the manual, e.g. 离职 or 津贴 批准"));
    m_search->setClearButtonEnabled(true);
    m_pages->setWordWrap(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(QString::fromUtf16(kStyle));

    auto *back = new QPushButton(tr("Back"), this);
    back->setEnabled(false);
    auto *contents = new QPushButton(tr("Contents"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(contents);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_pages);
    sideLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 740 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1040, 720);

    connect(m_search, &QLineEdit::textChanged, this, &ManualWindow::search);
    connect(m_pages, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { showTopic(item->data(kTopicRole).toString()); });
    connect(m_pages, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { showTopic(item->data(kTopicRole).toString()); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::pageShown);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, this, [this] {
        m_search->clear();
        showTopic(Manual::contentsTopic());
    });
    listContents();
    showTopic(Manual::contentsTopic());
}

ManualWindow *ManualWindow::openOver(QWidget *widget, const QString &topic)
{
    QWidget *window = widget->window();
    auto *manual = window->findChild<ManualWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!manual)
        manual = new ManualWindow(window);
    manual->showTopic(topic);
    manual->show();
    manual->raise();
    manual->activateWindow();
    return manual;
}

void ManualWindow::showTopic(const QString &topic)
{
    const QString shown = m_manual.hasTopic(topic) ? topic : Manual::contentsTopic();
    if (shown == m_topic)
        return;
    m_browser->setSource(Manual::urlOf(shown));
}

void ManualWindow::search(const QString &words)
{
    if (words.trimmed().isEmpty()) {
        listContents();
        return;
    }
    listHits(words.trimmed(), m_manual.search(words));
}

void ManualWindow::listContents()
{
    m_pages->clear();
    for (const Manual::Page &page : m_manual.pages()) {
        auto *item = new QListWidgetItem(page.title, m_pages);
        item->setData(kTopicRole, page.topic);
        if (page.topic == m_topic)
            m_pages->setCurrentItem(item);
    }
}

void ManualWindow::listHits(const QString &words, const QList<Manual::Hit> &hits)
{
    m_pages->clear();
    if (hits.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No page holds \"%1\".").arg(words), m_pages);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const Manual::Hit &hit : hits) {
        auto *item = new QListWidgetItem(hit.title + u'\n' + hit.excerpt, m_pages);
        item->setData(kTopicRole, hit.topic);
        item->setToolTip(hit.excerpt);
    }
}

void ManualWindow::pageShown(const QUrl &url)
{
    m_topic = Manual::topicOf(url);
    for (int row = 0; row < m_pages->count(); ++row) {
        QListWidgetItem *item = m_pages->item(row);
        if (item->data(kTopicRole).toString() == m_topic) {
            m_pages->setCurrentItem(item);
            return;
        }
    }
    m_pages->clearSelection();
}

} // namespace skl
