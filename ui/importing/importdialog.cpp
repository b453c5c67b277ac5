#include "ui/importing/importdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/importing/recordsource.h"
#include "core/importing/xlsxreader.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/importing/templatedownload.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kPreviewRows = 20;

    QTableWidget *newTable(QWidget *parent)
    {
        QTableWidget *table = newReadOnlyTable(parent);
        table->setWordWrap(false);
        return table;
    }

    QString mappingLabel(const std::optional<RosterField> &field)
    {
        return field ? RosterColumns::chineseHeader(*field) + u" · "_s + RosterColumns::key(*field)
                     : ImportDialog::tr("(not used)");
    }

    // Runs on a pool thread: the import opens its own connection to the file.
    Result<RosterImportReport> importOnOwnConnection(const QString &database, const Officer &by,
        const QString &file, const QString &sheet, bool skipInvalid, ProgressSink &progress)
    {
        RosterImportOptions options;
        options.skipInvalid = skipInvalid;
        options.sheet = sheet;
        return withConnection(database, Connection::Mode::MustExist,
            [&](QSqlDatabase &db) { return RosterImport::run(db, by, file, options, progress); });
    }

} // namespace

ImportDialog::ImportDialog(const QString &databasePath, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_officer(officer)
    , m_path(new QLineEdit(this))
    , m_sheetLabel(new QLabel(tr("Sheet:"), this))
    , m_sheet(new QComboBox(this))
    , m_encoding(new QLabel(this))
    , m_headerProblems(new QLabel(this))
    , m_preview(newTable(this))
    , m_skipInvalid(new QCheckBox(tr("Import the good rows and set the bad ones aside"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_pages(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(newTable(this))
    , m_saveProblems(new QPushButton(tr("Save the problems as CSV…"), this))
    , m_saveRejects(new QPushButton(tr("Save the rows set aside as CSV…"), this))
    , m_importGood(new QPushButton(tr("Import the good rows and set the bad ones aside"), this))
{
    HelpTopic::set(this, u"import"_s);
    if (!m_officer.may(Act::ImportRoster))
        m_import->setToolTip(tr("Importing the roster needs the role %1.")
                                 .arg(Permissions::rolesFor(Act::ImportRoster).titles()));
    setWindowTitle(tr("Import workers"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("Choose the roster file: an Excel workbook or CSV"));
    auto *browse = new QPushButton(tr("Choose file…"), this);
    m_template = new QPushButton(tr("Download import template…"), this);
    m_template->setToolTip(tr("An empty Excel workbook with the columns this import reads, and a "
                              "second sheet explaining each of them."));
    m_templateNote = new QLabel(this);
    m_templateNote->setWordWrap(true);
    m_templateNote->hide();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_sheetLabel);
    fileRow->addWidget(m_sheet);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_template);
    m_sheetLabel->hide();
    m_sheet->hide();
    m_headerProblems->setStyleSheet(u"color: #c62828"_s);
    m_headerProblems->setWordWrap(true);
    m_skipInvalid->setToolTip(tr("Without this, nothing is imported while any row is wrong."));

    auto *previewPage = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_encoding);
    previewLayout->addWidget(m_headerProblems);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_skipInvalid);

    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_problems->setColumnCount(5);
    m_problems->setHorizontalHeaderLabels(
        { tr("Where"), tr("Employee no."), tr("Name"), tr("Field"), tr("Reason") });
    m_problems->horizontalHeader()->setStretchLastSection(true);
    auto *saveRow = new QHBoxLayout;
    // After a refusal the preview page with its check box is gone: the choice stays here.
    saveRow->addWidget(m_importGood);
    saveRow->addWidget(m_saveProblems);
    saveRow->addWidget(m_saveRejects);
    saveRow->addStretch(1);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);
    resultLayout->addLayout(saveRow);

    m_pages->addWidget(previewPage);
    m_pages->addWidget(resultPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_templateNote);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_template, &QPushButton::clicked, this, &ImportDialog::downloadTemplate);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::previewSheet);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveProblems, &QPushButton::clicked, this, &ImportDialog::saveProblems);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportDialog::saveRejects);
    connect(m_importGood, &QPushButton::clicked, this, [this] {
        m_skipInvalid->setChecked(true);
        startImport();
    });
}

void ImportDialog::chooseFile()
{
    const QString path = SaveFileDialog::askOpen(this, tr("Import workers"),
        AppSettings::lastFolder(), tr("Roster files (*.xlsx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportDialog::downloadTemplate()
{
    const QString path = TemplateDownload::save(this, ImportTemplate::Kind::Roster);
    if (path.isEmpty())
        return;
    m_templateNote->setText(tr("Template saved as %1. Fill in one worker per row on its first "
                               "sheet, then choose it here to import it.")
                                .arg(QDir::toNativeSeparators(path)));
    m_templateNote->show();
}

QString ImportDialog::templateNote() const
{
    return !m_templateNote->isHidden() ? m_templateNote->text() : QString();
}

void ImportDialog::setFile(const QString &path)
{
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_pages->setCurrentIndex(0);
    m_report.reset();
    {
        const QSignalBlocker quiet(m_sheet);
        m_sheet->clear();
        if (RecordSource::isExcel(path)) {
            if (const auto sheets = XlsxReader::sheetNames(path))
                m_sheet->addItems(*sheets);
        }
    }
    m_sheetLabel->setVisible(m_sheet->count() > 1);
    m_sheet->setVisible(m_sheet->count() > 1);
    previewSheet();
}

void ImportDialog::previewSheet()
{
    const auto preview = RosterPreview::read(m_file, kPreviewRows, m_sheet->currentText());
    if (!preview) {
        m_import->setEnabled(false);
        ErrorPresenter::show(this, tr("Import workers"), preview.error());
        return;
    }
    showPreview(*preview);
}

void ImportDialog::showPreview(const RosterPreview &preview)
{
    m_encoding->setText(
        tr("Encoding: %1 · %2 columns · the first %n row(s) below; the first line, in "
           "italics, shows how each column is read.",
            nullptr, int(preview.rows.size()))
            .arg(preview.encoding)
            .arg(preview.header.size()));
    m_headerProblems->setText(preview.headerProblems.join(u'\n'));
    m_headerProblems->setVisible(!preview.headerProblems.isEmpty());

    m_preview->clear();
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setRowCount(int(preview.rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(preview.header);
    for (int column = 0; column < preview.header.size(); ++column) {
        auto *mapping = new QTableWidgetItem(mappingLabel(preview.mapping.value(column)));
        QFont italic = mapping->font();
        italic.setItalic(true);
        mapping->setFont(italic);
        mapping->setForeground(
            preview.mapping.value(column) ? QColor(0x1b, 0x5e, 0x9b) : QColor(Qt::gray));
        m_preview->setItem(0, column, mapping);
    }
    for (int row = 0; row < preview.rows.size(); ++row) {
        for (int column = 0; column < preview.rows[row].size(); ++column)
            m_preview->setItem(row + 1, column, new QTableWidgetItem(preview.rows[row][column]));
    }
    m_preview->resizeColumnsToContents();
    m_import->setEnabled(preview.canImport() && m_officer.may(Act::ImportRoster));
}

void ImportDialog::startImport()
{
    if (m_file.isEmpty())
        return;
    m_import->setEnabled(false);
    const QString database = m_databasePath;
    const QString file = m_file;
    const QString sheet = m_sheet->currentText();
    const bool skipInvalid = m_skipInvalid->isChecked();
    runWithProgress<Result<RosterImportReport>>(
        this, tr("Importing %1…").arg(QFileInfo(file).fileName()),
        [database, by = m_officer, file, sheet, skipInvalid](ProgressSink &progress) {
            return importOnOwnConnection(database, by, file, sheet, skipInvalid, progress);
        },
        [this](const std::optional<Result<RosterImportReport>> &result) {
            m_import->setEnabled(true);
            if (!result || (result->ok() && (*result)->canceled)) {
                m_summary->setText(tr("The import was cancelled; the database is as it was."));
                m_problems->setRowCount(0);
                m_saveProblems->hide();
                m_saveRejects->hide();
                m_importGood->hide();
                m_pages->setCurrentIndex(1);
            } else if (!result->ok()) {
                ErrorPresenter::show(this, tr("Import workers"), result->error());
            } else {
                showReport(**result);
            }
            Q_EMIT importEnded();
        },
        AfterCancel::Deliver);
}

void ImportDialog::showReport(const RosterImportReport &report)
{
    m_report = report;
    const QLocale locale;
    QString text;
    if (report.committed) {
        text = tr("<b>Imported.</b> %1 rows read: %2 new workers, %3 updated, %4 unchanged.")
                   .arg(locale.toString(report.rows), locale.toString(report.created),
                       locale.toString(report.updated), locale.toString(report.unchanged));
        // A grade of a known worker waits for an approver (issue 13).
        text += u' '
            + tr("%n grade(s) of existing workers were proposed for certification and wait for "
                 "an approver.",
                nullptr, report.proposed);
        if (!report.rejectedRows.isEmpty())
            text += u' '
                + tr("%n row(s) were set aside because of the problems below.", nullptr,
                    int(report.rejectedRows.size()));
    } else if (report.hasProblems()) {
        text = tr("<b>Nothing was imported:</b> %n problem(s) in the file, listed below. Correct "
                  "them in the file and import it again, or import the good rows and set the bad "
                  "ones aside.",
            nullptr, int(report.problems.size()));
    } else {
        text = tr("<b>Nothing to change:</b> all %1 rows match the database already.")
                   .arg(locale.toString(report.rows));
    }
    m_summary->setText(text);
    m_problems->setRowCount(int(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        const RowProblem &p = report.problems[i];
        auto *line = new QTableWidgetItem;
        if (p.cell.isEmpty())
            line->setData(Qt::DisplayRole, p.line);
        else
            line->setText(p.cell); // 花名册!D17 in a workbook
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, new QTableWidgetItem(p.employeeNo));
        m_problems->setItem(i, 2, new QTableWidgetItem(p.name));
        auto *field = new QTableWidgetItem(RosterColumns::labelForKey(p.field));
        field->setToolTip(p.field);
        m_problems->setItem(i, 3, field);
        m_problems->setItem(i, 4, new QTableWidgetItem(p.reason));
    }
    for (int column = 0; column < 4; ++column)
        m_problems->resizeColumnToContents(column);
    m_problems->setVisible(report.hasProblems());
    m_saveProblems->setVisible(report.hasProblems());
    m_saveRejects->setVisible(report.committed && !report.rejectedRows.isEmpty());
    const bool someRowsGood = report.rows > report.rejectedRows.size();
    m_importGood->setVisible(!report.committed && report.hasProblems() && someRowsGood
        && m_officer.may(Act::ImportRoster));
    m_pages->setCurrentIndex(1);
    if (report.committed)
        Q_EMIT imported(report);
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

void ImportDialog::saveProblems()
{
    if (!m_report)
        return;
    const QString suggested = QFileInfo(m_file).dir().filePath(
        tr("%1 problems.csv").arg(QFileInfo(m_file).completeBaseName()));
    const QString path
        = SaveFileDialog::ask(this, tr("Save the problems"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = RosterImport::saveProblems(m_report->problems, path); !saved)
        ErrorPresenter::show(this, tr("Save the problems"), saved.error());
}

void ImportDialog::saveRejects()
{
    if (!m_report)
        return;
    const QString suggested = QFileInfo(m_file).dir().filePath(
        tr("%1 set aside.csv").arg(QFileInfo(m_file).completeBaseName()));
    const QString path = SaveFileDialog::ask(
        this, tr("Save the rows set aside"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = RosterImport::saveRejects(*m_report, path); !saved)
        ErrorPresenter::show(this, tr("Save the rows set aside"), saved.error());
}

} // namespace skl
