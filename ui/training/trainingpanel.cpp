#include "ui/training/trainingpanel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/printing/trainingarchiveprintout.h"
#include "core/store/connection.h"
#include "core/store/trainingarchivestore.h"
#include "ui/help/helptopic.h"
#include "ui/training/trainingrecorddialog.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString isoOrEmpty(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    QStringList cellsOf(const TrainingRecord &r)
    {
        return { isoOrEmpty(r.start), isoOrEmpty(r.end), r.course, TrainingNames::display(r.kind),
            TrainingNames::hoursText(r.hoursTenths), r.provider,
            r.cost.toYuan(Fen::Grouping::Thousands), r.result, r.certificateNo,
            isoOrEmpty(r.expires) };
    }

    void fillRow(QTableWidget *table, int row, const QStringList &cells)
    {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 4 || column == 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }

} // namespace

TrainingPanel::TrainingPanel(
    Connection &connection, const Officer &officer, const QString &employeeNo, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_employeeNo(employeeNo)
    , m_table(newReadOnlyTable(this,
          { tr("Start"), tr("End"), tr("Course"), tr("Kind"), tr("Hours"), tr("Provider"),
              tr("Cost (yuan)"), tr("Result"), tr("Certificate no."), tr("Expires"),
              tr("Corrected") }))
    , m_totals(new QLabel(this))
    , m_history(newReadOnlyTable(this,
          { tr("Corrected on"), tr("By"), tr("Reason"), tr("Course (before)"), tr("Hours"),
              tr("Cost (yuan)"), tr("Start"), tr("End"), tr("Result"), tr("Certificate no."),
              tr("Expires") }))
    , m_new(new QPushButton(tr("New record…"), this))
    , m_correct(new QPushButton(tr("Correct…"), this))
    , m_archive(new QPushButton(tr("Print or export the archive…"), this))
{
    HelpTopic::set(this, u"training"_s);
    for (QTableWidget *table : { m_table, m_history }) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_correct->setToolTip(tr("Correct the selected record; the archive keeps the former values "
                             "and the reason."));
    m_archive->setToolTip(tr("The whole lifelong training archive of the worker as a PDF "
                             "(终身职业技能培训电子档案) or an Excel workbook."));
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Corrections of the selected record"), historyBox));
    historyLayout->addWidget(m_history);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    buttons->addWidget(m_archive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] { run(newRecordDialog()); });
    connect(m_correct, &QPushButton::clicked, this, [this] { run(newCorrectionDialog()); });
    connect(m_archive, &QPushButton::clicked, this, &TrainingPanel::saveArchive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showHistory();
        updateButtons();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_correct->isEnabled())
            run(newCorrectionDialog());
    });
    reload();
}

void TrainingPanel::reload()
{
    const auto read = TrainingStore::ofWorker(m_connection.db(), m_employeeNo, m_officer);
    if (!read) {
        ErrorPresenter::show(this, tr("Training archive"), read.error());
        return;
    }
    m_archiveData = *read;
    const auto &records = m_archiveData.records;
    m_table->setRowCount(int(records.size()));
    int hours = 0;
    Fen cost;
    for (int row = 0; row < records.size(); ++row) {
        const TrainingRecord &r = records[row];
        const qsizetype corrections = m_archiveData.corrections.value(r.id).size();
        fillRow(m_table, row,
            cellsOf(r) << (corrections > 0 ? tr("%n time(s)", nullptr, int(corrections))
                                           : QString()));
        hours += r.hoursTenths;
        cost += r.cost;
    }
    m_table->resizeColumnsToContents();
    m_totals->setText(
        tr("%n record(s), %1 hours, %2 yuan in all.", nullptr, int(records.size()))
            .arg(TrainingNames::hoursText(hours), cost.toYuan(Fen::Grouping::Thousands)));
    showHistory();
    updateButtons();
}

void TrainingPanel::showHistory()
{
    const int row = m_table->currentRow();
    const bool chosen
        = row >= 0 && row < m_archiveData.records.size() && !m_table->selectedItems().isEmpty();
    const QList<TrainingCorrection> history = chosen
        ? m_archiveData.corrections.value(m_archiveData.records[row].id)
        : QList<TrainingCorrection> {};
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const TrainingCorrection &c = history[i];
        const TrainingRecord &f = c.former;
        fillRow(m_history, i,
            { c.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), c.by, c.reason, f.course,
                TrainingNames::hoursText(f.hoursTenths), f.cost.toYuan(Fen::Grouping::Thousands),
                isoOrEmpty(f.start), isoOrEmpty(f.end), f.result, f.certificateNo,
                isoOrEmpty(f.expires) });
    }
    m_history->resizeColumnsToContents();
}

void TrainingPanel::updateButtons()
{
    const bool records = m_officer.may(Act::RecordTraining);
    const int row = m_table->currentRow();
    const bool chosen
        = row >= 0 && row < m_archiveData.records.size() && !m_table->selectedItems().isEmpty();
    m_new->setEnabled(records);
    m_correct->setEnabled(records && chosen);
    if (!records) {
        const QString why = tr("Recording training needs the role %1.")
                                .arg(Permissions::rolesFor(Act::RecordTraining).titles());
        m_new->setToolTip(why);
        m_correct->setToolTip(why);
    }
}

TrainingRecordDialog *TrainingPanel::newRecordDialog()
{
    TrainingRecord fresh;
    fresh.kind = TrainingKind::Post;
    return new TrainingRecordDialog(m_connection, m_officer, m_employeeNo, fresh, this);
}

TrainingRecordDialog *TrainingPanel::newCorrectionDialog()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_archiveData.records.size())
        return nullptr;
    return new TrainingRecordDialog(
        m_connection, m_officer, m_employeeNo, m_archiveData.records[row], this);
}

void TrainingPanel::run(TrainingRecordDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrainingRecordDialog::recordSaved, this, [this] {
        reload();
        Q_EMIT recordsChanged();
    });
    dialog->open();
}

Status TrainingPanel::writeArchive(const QString &path)
{
    const auto archive = TrainingArchiveStore::read(
        m_connection.db(), m_employeeNo, m_officer, QDate::currentDate());
    if (!archive)
        return archive.error();
    const Status written = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
        ? TrainingArchivePrintout::writeXlsx(*archive, path)
        : TrainingArchivePrintout::writePdf(*archive, path);
    if (!written)
        return written;
    // Every file that leaves the program is in the audit log (issue 13).
    return TrainingArchiveStore::recordExport(m_connection.db(), *archive, path, m_officer);
}

void TrainingPanel::saveArchive()
{
    const QString path = SaveFileDialog::ask(this, tr("Print or export the training archive"),
        tr("Training archive %1 %2.pdf").arg(m_employeeNo, m_archiveData.name),
        tr("PDF (*.pdf);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const Status written = writeArchive(path); !written)
        return ErrorPresenter::show(this, tr("Training archive"), written.error());
    QMessageBox::information(this, tr("Training archive"),
        tr("The training archive is written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace skl
