#include "ui/recognition/honourstab.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/exporting/honoursexport.h"
#include "core/importing/honoursimport.h"
#include "core/store/connection.h"
#include "ui/recognition/honourdialog.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/widgets/tableimport.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const HonourLevel kLevels[] = { HonourLevel::National, HonourLevel::Provincial,
        HonourLevel::Municipal, HonourLevel::Industry, HonourLevel::Enterprise };

} // namespace

HonoursTab::HonoursTab(QWidget *parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_table(newReadOnlyTable(this,
          { tr("Employee No."), tr("Name"), tr("Workshop"), tr("Honour"), tr("Level"),
              tr("Awarded on"), tr("Awarding body"), tr("Status") }))
    , m_chart(new QChartView(this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_add(new QPushButton(tr("Record an honour…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_level->addItem(tr("All levels"), -1);
    for (HonourLevel level : kLevels)
        m_level->addItem(RecognitionNames::display(level), int(level));
    m_year->addItem(tr("All years"), 0);
    m_import->setToolTip(tr("A CSV or Excel file with 工号, 荣誉, 级别, 授予日期, 授予单位: every "
                            "line is checked, and nothing is imported while one is wrong."));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(360);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Level"), this));
    bar->addWidget(m_level);
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addStretch(1);
    for (QPushButton *button : { m_import, m_add, m_withdraw, m_export })
        bar->addWidget(button);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &HonoursTab::refill);
    connect(m_year, &QComboBox::currentIndexChanged, this, &HonoursTab::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HonoursTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (HonourDialog *dialog = newHonourDialog()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = TableImport::chooseFile(this);
        if (!file.isEmpty())
            importFile(file);
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        const HonourRecord *honour = selected();
        if (!honour)
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Withdraw an honour"),
            tr("Why is %1 of %2 withdrawn? The record stays, marked withdrawn.")
                .arg(honour->name, honour->workerName),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            withdrawSelected(reason);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = SaveFileDialog::ask(
            this, tr("Export the honours"), tr("Honours") + u".csv"_s, tr("CSV, UTF-8 (*.csv)"));
        if (!path.isEmpty() && exportTo(path))
            QMessageBox::information(this, tr("Export the honours"),
                tr("%n honour(s) written to %1.", nullptr, int(m_shown.size()))
                    .arg(QDir::toNativeSeparators(path)));
    });
}

void HonoursTab::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    const bool records = officer.may(Act::RecordRecognition);
    const QString why = records
        ? QString()
        : tr("Needs the role %1.").arg(Permissions::rolesFor(Act::RecordRecognition).titles());
    for (QPushButton *button : { m_import, m_add })
        button->setEnabled(records && connection);
    m_import->setToolTip(records ? m_import->toolTip() : why);
    m_add->setToolTip(why);
    reload();
}

void HonoursTab::reload()
{
    m_all.clear();
    if (m_connection) {
        const auto all = HonourStore::list(m_connection->db(), m_officer);
        if (!all)
            ErrorPresenter::show(this, tr("Honours"), all.error());
        else
            m_all = *all;
    }
    // The years on record, newest first, keeping the one chosen.
    const int chosen = m_year->currentData().toInt();
    QList<int> years;
    for (const HonourRecord &h : std::as_const(m_all)) {
        if (!years.contains(h.awardedOn.year()))
            years += h.awardedOn.year();
    }
    std::sort(years.begin(), years.end(), std::greater<>());
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        m_year->addItem(tr("All years"), 0);
        for (int year : std::as_const(years))
            m_year->addItem(QString::number(year), year);
        m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    }
    fillChart(m_all);
    refill();
}

void HonoursTab::refill()
{
    const int level = m_level->currentData().toInt();
    const int year = m_year->currentData().toInt();
    m_shown.clear();
    for (const HonourRecord &h : std::as_const(m_all)) {
        if ((level < 0 || int(h.level) == level) && (year == 0 || h.awardedOn.year() == year))
            m_shown += h;
    }
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const HonourRecord &h = m_shown[row];
        const QStringList cells { h.employeeNo, h.workerName, h.workshop, h.name,
            RecognitionNames::display(h.level), h.awardedOn.toString(Qt::ISODate), h.body,
            h.withdrawn ? tr("Withdrawn: %1").arg(h.withdrawReason) : tr("In force") };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (h.withdrawn) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

// Honours in force by level, a stacked bar a year: how recognition grew, and at what level.
void HonoursTab::fillChart(const QList<HonourRecord> &all)
{
    std::map<int, std::array<int, 5>> byYear;
    for (const HonourRecord &h : all) {
        if (!h.withdrawn)
            ++byYear[h.awardedOn.year()][size_t(h.level)];
    }
    auto *chart = new QChart;
    chart->setTitle(tr("Honours by level and year"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (byYear.empty()) {
        chart->setTitle(tr("No honour is recorded yet."));
    } else {
        QStringList categories;
        for (const auto &entry : byYear)
            categories += QString::number(entry.first);
        auto *series = new QStackedBarSeries;
        int top = 1;
        for (HonourLevel level : kLevels) {
            auto *set = new QBarSet(RecognitionNames::display(level));
            for (const auto &entry : byYear)
                *set << entry.second[size_t(level)];
            series->append(set);
        }
        for (const auto &entry : byYear) {
            int sum = 0;
            for (int count : entry.second)
                sum += count;
            top = std::max(top, sum);
        }
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setRange(0, top);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickInterval(std::max(1, top / 5));
        y->setLabelFormat(u"%d"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

const HonourRecord *HonoursTab::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_shown[row];
}

void HonoursTab::updateButtons()
{
    const HonourRecord *honour = selected();
    m_withdraw->setEnabled(
        m_connection && m_officer.may(Act::RecordRecognition) && honour && !honour->withdrawn);
    m_export->setEnabled(m_connection && !m_shown.isEmpty());
}

HonourDialog *HonoursTab::newHonourDialog()
{
    if (!m_connection)
        return nullptr;
    auto *dialog = new HonourDialog(*m_connection, m_officer, {}, this);
    connect(dialog, &HonourDialog::honourAdded, this, [this] {
        reload();
        Q_EMIT honoursChanged();
    });
    return dialog;
}

void HonoursTab::importFile(const QString &file)
{
    if (!m_connection)
        return;
    runWithProgress<Result<TableImportOutcome>>(
        this, tr("Importing %1…").arg(QFileInfo(file).fileName()),
        [database = m_connection->path(), by = m_officer, file](ProgressSink &progress) {
            return withConnection(database, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return HonoursImport::run(db, file, by, progress); });
        },
        [this](const std::optional<Result<TableImportOutcome>> &outcome) {
            if (outcome && TableImport::showOutcome(this, *outcome)) {
                reload();
                Q_EMIT honoursChanged();
            }
        },
        AfterCancel::Deliver);
}

void HonoursTab::withdrawSelected(const QString &reason)
{
    const HonourRecord *honour = selected();
    if (!honour || !m_connection)
        return;
    if (auto done = HonourStore::withdraw(m_connection->db(), honour->id, reason, m_officer);
        !done) {
        ErrorPresenter::show(this, tr("Withdraw an honour"), done.error());
        return;
    }
    reload();
    Q_EMIT honoursChanged();
}

bool HonoursTab::exportTo(const QString &path)
{
    if (auto done = HonoursExport::write(path, m_shown); !done) {
        ErrorPresenter::show(this, tr("Export the honours"), done.error());
        return false;
    }
    return true;
}

} // namespace skl
