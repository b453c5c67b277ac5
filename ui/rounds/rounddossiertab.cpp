#include "ui/rounds/rounddossiertab.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "core/printing/rounddossier.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundDossierTab::RoundDossierTab(QWidget *parent)
    : QWidget(parent)
    , m_retention(new QLabel(this))
    , m_files(new QListWidget(this))
    , m_generate(new QPushButton(tr("Make the dossier…"), this))
    , m_openFolder(new QPushButton(tr("Open the folder"), this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_retention->setWordWrap(true);
    m_retention->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("The dossier holds the round's five volumes, each a PDF with a CSV "
                                "beside it: 报名与资格审核, 备案, 过程管理, 试卷及成绩, 证书管理."),
        this);
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_generate);
    bar->addWidget(m_openFolder);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_retention);
    layout->addWidget(m_files, 1);
    m_openFolder->setEnabled(false);

    connect(m_generate, &QPushButton::clicked, this, &RoundDossierTab::chooseFolder);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        if (!m_folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
}

void RoundDossierTab::show(const RoundContext &context)
{
    if (m_context && m_context->round.id != context.round.id) {
        m_folder.clear();
        m_files->clear();
        m_openFolder->setEnabled(false);
    }
    m_context = context;
    const RoundRecord &r = context.round;
    if (r.archivedOn.isValid())
        m_retention->setText(
            tr("Archived on <b>%1</b>. Keep the paper records until <b>%2</b> and the electronic "
               "records until <b>%3</b>.")
                .arg(r.archivedOn.toString(Qt::ISODate), r.paperRetainUntil.toString(Qt::ISODate),
                    r.electronicRetainUntil.toString(Qt::ISODate)));
    else
        m_retention->setText(
            tr("Not archived yet: the first dossier made after the report is the archive. Paper "
               "records are kept %1 years and electronic records %2 years from then.")
                .arg(context.policy.paperRetentionYears)
                .arg(context.policy.electronicRetentionYears));
    guardByAct(m_generate, context.officer, Act::ManageRounds);
}

void RoundDossierTab::chooseFolder()
{
    if (!m_context)
        return;
    const QString folder = SaveFileDialog::askFolder(this, tr("Make the dossier in the folder"));
    if (!folder.isEmpty())
        generate(folder);
}

void RoundDossierTab::generate(const QString &folder, std::function<void(bool)> finished)
{
    if (!m_context)
        return;
    const QString database = m_context->connection->path();
    const qint64 roundId = m_context->round.id;
    const Officer by = m_context->officer;
    const QDate today = m_context->today;
    runWithProgress<Result<QStringList>>(
        this, tr("Making the dossier…"),
        [database, roundId, by, today, folder](ProgressSink &progress) -> Result<QStringList> {
            return withConnection(database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return RoundDossier::write(db, roundId, by, folder, progress, today);
            });
        },
        [this, finished](const std::optional<Result<QStringList>> &result) {
            const bool made = result && result->ok();
            if (result && !result->ok())
                ErrorPresenter::show(this, tr("Make the dossier"), result->error());
            if (made) {
                showFiles(result->value());
                // The first dossier after the report is the archive: its dates are shown.
                Q_EMIT written();
            }
            if (finished)
                finished(made);
        });
}

void RoundDossierTab::showFiles(const QStringList &files)
{
    // The volumes are in the round's own folder inside the one chosen.
    m_folder = files.isEmpty() ? QString() : QFileInfo(files.constFirst()).absolutePath();
    m_files->clear();
    for (const QString &file : files)
        m_files->addItem(QDir::toNativeSeparators(file));
    m_openFolder->setEnabled(!m_folder.isEmpty());
}

} // namespace skl
