#include "ui/rounds/rounddossiertab.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/printing/rounddossier.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/rounddocumentdialog.h"
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
    , m_documents(new QTableWidget(0, 7, this))
    , m_attach(new QPushButton(tr("File a document…"), this))
    , m_saveCopy(new QPushButton(tr("Save a copy…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_retention->setWordWrap(true);
    m_retention->setTextFormat(Qt::RichText);
    auto *intro = new QLabel(tr("The dossier holds the round's five volumes, each a PDF with a CSV "
                                "beside it: 报名与资格审核, 备案, 过程管理, 试卷及成绩, 证书管理. "
                                "The documents filed below are copied beside their volume."),
        this);
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_generate);
    bar->addWidget(m_openFolder);
    bar->addStretch();
    auto *filed = new QGroupBox(tr("Documents filed with the round"), this);
    auto *filedBar = new QHBoxLayout;
    filedBar->addWidget(m_attach);
    filedBar->addWidget(m_saveCopy);
    filedBar->addWidget(m_withdraw);
    filedBar->addStretch();
    auto *filedLayout = new QVBoxLayout(filed);
    filedLayout->addLayout(filedBar);
    filedLayout->addWidget(m_documents);
    m_documents->setHorizontalHeaderLabels({ tr("Volume"), tr("Title"), tr("File"), tr("Candidate"),
        tr("Part"), tr("Filed by"), tr("Status") });
    m_documents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(filed, 1);
    layout->addLayout(bar);
    layout->addWidget(m_retention);
    layout->addWidget(m_files, 1);
    m_openFolder->setEnabled(false);

    connect(m_attach, &QPushButton::clicked, this, &RoundDossierTab::askAttach);
    connect(m_saveCopy, &QPushButton::clicked, this, &RoundDossierTab::saveCopy);
    connect(m_withdraw, &QPushButton::clicked, this, &RoundDossierTab::withdraw);
    connect(m_documents, &QTableWidget::itemSelectionChanged, this,
        &RoundDossierTab::updateDocumentButtons);

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
    guardByAct(m_attach, context.officer, Act::ManageRounds);
    reloadDocuments();
}

void RoundDossierTab::reloadDocuments()
{
    m_filed.clear();
    m_documents->setRowCount(0);
    if (!m_context)
        return;
    const auto filed = RoundDocumentStore::list(m_context->connection->db(), m_context->round.id);
    if (!filed) {
        ErrorPresenter::show(this, tr("Documents filed with the round"), filed.error());
        return;
    }
    m_filed = *filed;
    m_documents->setRowCount(int(m_filed.size()));
    for (int row = 0; row < m_filed.size(); ++row) {
        const RoundDocument &d = m_filed.at(row);
        const QStringList cells {
            tr("%1 %2").arg(int(d.volume)).arg(AssessmentRules::display(d.volume)), d.title,
            tr("%1 (%2 KB)").arg(d.fileName).arg((d.sizeBytes + 1023) / 1024),
            d.employeeNo.isEmpty() ? tr("the whole round")
                                   : u"%1 %2"_s.arg(d.employeeNo, d.workerName),
            d.part ? AssessmentRules::display(*d.part) : QString(),
            tr("%1, %2").arg(d.addedBy, d.addedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)),
            d.withdrawn ? tr("withdrawn: %1").arg(d.withdrawnReason) : tr("in the dossier")
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (d.withdrawn)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_documents->setItem(row, column, item);
        }
    }
    m_documents->resizeColumnsToContents();
    updateDocumentButtons();
}

const RoundDocument *RoundDossierTab::selectedDocument() const
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_filed.size() || m_documents->selectedItems().isEmpty())
        return nullptr;
    return &m_filed.at(row);
}

void RoundDossierTab::updateDocumentButtons()
{
    const RoundDocument *d = selectedDocument();
    m_saveCopy->setEnabled(d != nullptr);
    if (m_context)
        guardByAct(m_withdraw, m_context->officer, Act::ManageRounds, d && !d->withdrawn);
}

void RoundDossierTab::askAttach()
{
    if (!m_context)
        return;
    RoundDocumentDialog dialog(*m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        attach(dialog.path(), dialog.input());
}

void RoundDossierTab::attach(
    const QString &path, const RoundDocumentInput &input, std::function<void(bool)> finished)
{
    if (!m_context)
        return;
    const RoundJob job = m_context->job();
    // A scan of many pages is tens of megabytes: read and stored off the GUI thread.
    runWithProgress<Result<qint64>>(
        this, tr("Filing %1…").arg(input.fileName),
        [job, path, input](ProgressSink &) -> Result<qint64> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error { tr("%1 cannot be read: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()),
                    {} };
            RoundDocumentInput withData = input;
            withData.data = file.readAll();
            return withConnection(job.database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return RoundDocumentStore::add(db, job.roundId, withData, job.by, job.today);
            });
        },
        [this, finished](const std::optional<Result<qint64>> &result) {
            const bool filed = result && result->ok();
            if (result && !result->ok())
                ErrorPresenter::show(this, tr("File a document"), result->error());
            reloadDocuments();
            if (finished)
                finished(filed);
        });
}

void RoundDossierTab::saveCopy()
{
    const RoundDocument *d = selectedDocument();
    if (!m_context || !d)
        return;
    const QString path = SaveFileDialog::ask(this, tr("Save a copy of %1").arg(d->title),
        d->fileName,
        tr("The document's own type (*.%1);;All files (*)").arg(QFileInfo(d->fileName).suffix()));
    if (path.isEmpty())
        return;
    const auto bytes = RoundDocumentStore::data(m_context->connection->db(), d->id);
    if (!bytes) {
        ErrorPresenter::show(this, tr("Save a copy"), bytes.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        ErrorPresenter::show(this, tr("Save a copy"),
            Error { tr("%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                {} });
}

void RoundDossierTab::withdraw()
{
    const RoundDocument *d = selectedDocument();
    if (!m_context || !d)
        return;
    const qint64 id = d->id;
    const QString reason = QInputDialog::getText(this, tr("Withdraw a document"),
        tr("Why is \"%1\" withdrawn? It stays on record with the reason, and leaves the dossier.")
            .arg(d->title));
    if (reason.trimmed().isEmpty())
        return;
    if (auto done = RoundDocumentStore::withdraw(
            m_context->connection->db(), id, reason, m_context->officer, m_context->today);
        !done)
        ErrorPresenter::show(this, tr("Withdraw a document"), done.error());
    reloadDocuments();
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
    const RoundJob job = m_context->job();
    runWithProgress<Result<QStringList>>(
        this, tr("Making the dossier…"),
        [job, folder](ProgressSink &progress) -> Result<QStringList> {
            return withConnection(job.database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return RoundDossier::write(db, job.roundId, job.by, folder, progress, job.today);
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
