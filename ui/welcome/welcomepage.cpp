#include "ui/welcome/welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/store/serveraddress.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    HelpTopic::set(this, u"welcome"_s);
    auto *title = new QLabel(tr("<h1>SkillLadder</h1><p>Skilled-workforce management: the "
                                "eight-grade ladder, the roster and the workforce targets.</p>"),
        this);
    title->setTextFormat(Qt::RichText);

    auto *create = new QPushButton(tr("Create a company database…"), this);
    auto *open = new QPushButton(tr("Open a database…"), this);
    auto *server = new QPushButton(tr("Open a company on a server…"), this);
    server->setToolTip(tr("A company shared by several officers on a PostgreSQL server, as your "
                          "IT department set it up."));
    auto *demo = new QPushButton(tr("Open the demo company"), this);
    demo->setToolTip(tr("A generated company of 20,000 workers in five sites, to try SkillLadder "
                        "without real data."));
    for (QPushButton *button : { create, open, server, demo })
        button->setMinimumHeight(40);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(server);
    buttons->addWidget(demo);
    buttons->addStretch(1);

    auto *recentTitle = new QLabel(tr("<b>Recent databases</b>"), this);
    auto *recentColumn = new QVBoxLayout;
    recentColumn->addWidget(recentTitle);
    recentColumn->addWidget(m_recent, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addSpacing(24);
    columns->addLayout(recentColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addLayout(columns, 1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(server, &QPushButton::clicked, this, &WelcomePage::serverRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentChosen(item->data(Qt::UserRole).toString());
    });
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    // Two lines an entry (the company over its path): the style sizes an item for one line and
    // elides the second away, so the height is set here.
    const QSize twoLines(1, 2 * m_recent->fontMetrics().lineSpacing() + 10);
    for (const QString &path : AppSettings::recentDatabases()) {
        // The company first, as the officer knows it; the file's place below.
        const QString company = AppSettings::companyNameOf(path);
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(company.isEmpty() ? QFileInfo(path).fileName() : company,
                QDir::toNativeSeparators(path)),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setSizeHint(twoLines);
    }
    for (const AppSettings::RecentServer &server : AppSettings::recentServers()) {
        const auto address = ServerAddress::parse(server.location);
        if (!address)
            continue;
        const QString company = AppSettings::companyNameOf(server.location);
        auto *item = new QListWidgetItem(tr("%1 on %2\n%3 — login %4")
                                             .arg(company.isEmpty() ? address->database : company,
                                                 address->host, server.location, server.login),
            m_recent);
        item->setData(Qt::UserRole, server.location);
        item->setToolTip(server.location);
        item->setSizeHint(twoLines);
    }
    if (m_recent->count() == 0) {
        auto *none = new QListWidgetItem(tr("No database opened yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace skl
