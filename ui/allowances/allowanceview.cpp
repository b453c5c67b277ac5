#include "ui/allowances/allowanceview.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/common/appsettings.h"
#include "core/domain/figureformat.h"
#include "core/exporting/allowancerunexport.h"
#include "core/importing/datafiles.h"
#include "core/reports/monthlyallowances.h"
#include "core/store/allowancestore.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "ui/allowances/allowancelinemodel.h"
#include "ui/allowances/ratedialog.h"
#include "ui/help/helptopic.h"
#include "ui/importing/templatedownload.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/widgets/tableimport.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // On a pool thread with its own connection: the month's current run, computed first by the
    // officer when compute is set.
    Result<AllowanceRunView> runOnOwnConnection(
        const QString &path, QDate month, bool compute, const Officer &by, ProgressSink &progress)
    {
        return withConnection(
            path, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Result<AllowanceRunView> {
                if (compute) {
                    if (const auto run = MonthlyAllowances::computeAndSave(db, month, by, progress);
                        !run)
                        return run.error();
                }
                const auto current = AllowanceRunStore::current(db, month);
                if (!current)
                    return current.error();
                AllowanceRunView view { month, *current, {} };
                if (*current) {
                    auto lines = AllowanceRunStore::lines(db, by, (*current)->id);
                    if (!lines)
                        return lines.error();
                    view.lines = std::move(*lines);
                }
                return view;
            });
    }

    struct UnitTotal
    {
        QString site;
        QString workshop;
        qint64 workers = 0;
        AllowanceAmounts sum;
        void add(const AllowanceLine &line)
        {
            ++workers;
            sum += line.amounts;
        }
    };

    QList<UnitTotal> unitTotals(const QList<AllowanceLine> &lines, UnitTotal &company)
    {
        QList<UnitTotal> units; // lines are sorted by site and workshop
        for (const AllowanceLine &line : lines) {
            if (units.isEmpty() || units.last().site != line.site
                || units.last().workshop != line.workshop)
                units += UnitTotal { line.site, line.workshop, 0, {} };
            units.last().add(line);
            company.add(line);
        }
        return units;
    }

    // Amounts on screen and on the printed totals: grouped, "12,345.60".
    QString onScreen(Fen amount)
    {
        return FigureFormat::amount(amount);
    }

    QString unitName(const UnitTotal &u)
    {
        if (u.site.isEmpty() && u.workshop.isEmpty())
            return AllowanceView::tr("(no workshop)");
        return u.site.isEmpty() ? u.workshop : u.site + u" / "_s + u.workshop;
    }

    // Enables button when the page allows it and the officer's roles allow act; a button the
    // roles forbid says which role it needs (issue 13), otherwise it shows tip.
    void allowFor(QAbstractButton *button, const Officer &officer, Act act, bool enabled,
        const QString &tip = {})
    {
        const bool may = officer.may(act);
        button->setEnabled(may && enabled);
        button->setToolTip(may || officer.id == 0
                ? tip
                : AllowanceView::tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()));
    }

    void allowFor(QAction *action, const Officer &officer, Act act, bool enabled)
    {
        const bool may = officer.may(act);
        action->setEnabled(may && enabled);
        action->setToolTip(may || officer.id == 0
                ? action->text()
                : AllowanceView::tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()));
    }

    QStringList unitCells(const QString &name, const UnitTotal &u)
    {
        return { name, QString::number(u.workers), onScreen(u.sum.skill),
            onScreen(u.sum.teamLeader), onScreen(u.sum.mentoring), onScreen(u.sum.total()) };
    }

} // namespace

AllowanceView::AllowanceView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_month(new QDateEdit(QDate::currentDate(), this))
    , m_compute(new QPushButton(tr("Compute the month"), this))
    , m_approve(new QPushButton(tr("Approve and lock"), this))
    , m_reopen(new QPushButton(tr("Reopen…"), this))
    , m_compare(new QPushButton(tr("Compare with the previous run…"), this))
    , m_excel(new QPushButton(tr("Export to Excel…"), this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_import(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_units(newReadOnlyTable(this,
          { tr("Unit"), tr("Workers"), tr("Skill (yuan)"), tr("Team leader (yuan)"),
              tr("Mentoring (yuan)"), tr("Total (yuan)") }))
    , m_model(new AllowanceLineModel(this))
    , m_lines(new QTableView(this))
    , m_rates(
          newReadOnlyTable(this, { tr("Allowance"), tr("Grade"), tr("From"), tr("Yuan a month") }))
    , m_byGrade(new QChartView(this))
    , m_byWorkshop(new QChartView(this))
    , m_loader(
          [](const MonthRequest &r) {
              NullProgress progress;
              return runOnOwnConnection(r.path, r.month, false, r.officer, progress);
          },
          [this](const MonthRequest &, Result<AllowanceRunView> result) {
              if (!result) {
                  ErrorPresenter::show(this, tr("Allowances"), result.error());
                  return;
              }
              display(std::move(*result));
          })
{
    HelpTopic::set(this, u"allowances"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setCalendarPopup(true);
    m_import->setText(tr("Import…"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    auto *imports = new QMenu(m_import);
    imports->setToolTipsVisible(true); // a forbidden import says which role it needs
    m_importRates
        = imports->addAction(tr("Allowance rates…"), this, [this] { importFile(DataFile::Rates); });
    m_importRoles = imports->addAction(
        tr("Team-leader periods…"), this, [this] { importFile(DataFile::Roles); });
    m_importMentorships = imports->addAction(
        tr("Master-apprentice agreements…"), this, [this] { importFile(DataFile::Mentorships); });
    // Each import's empty workbook, its columns explained (issue 15); no company data in it.
    imports->addSeparator();
    QMenu *templates = imports->addMenu(tr("Download import template"));
    templates->setObjectName(u"importTemplates"_s);
    for (const auto &[label, file] : { std::pair { tr("Allowance rates…"), DataFile::Rates },
             std::pair { tr("Team-leader periods…"), DataFile::Roles },
             std::pair { tr("Master-apprentice agreements…"), DataFile::Mentorships } })
        templates->addAction(label, this,
            [this, file] { TemplateDownload::save(this, ImportTemplate::kindOf(file)); });
    m_import->setMenu(imports);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setModel(m_model);
    m_lines->setAlternatingRowColors(true);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month"), this));
    bar->addWidget(m_month);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_compute, m_approve, m_reopen, m_compare, m_excel, m_csv, m_print })
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_import);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_units);
    splitter->addWidget(m_lines);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *monthPage = new QWidget(this);
    auto *monthLayout = new QVBoxLayout(monthPage);
    monthLayout->addLayout(bar);
    monthLayout->addWidget(m_status);
    monthLayout->addWidget(splitter, 1);
    m_tabs->addTab(monthPage, tr("Monthly run"));
    auto *charts = new QSplitter(Qt::Horizontal, this);
    for (QChartView *view : { m_byGrade, m_byWorkshop }) {
        view->setRenderHint(QPainter::Antialiasing);
        charts->addWidget(view);
    }
    m_tabs->addTab(charts, tr("Charts"));
    auto *ratesPage = new QWidget(this);
    auto *ratesLayout = new QVBoxLayout(ratesPage);
    m_setRate = new QPushButton(tr("Set a rate…"), ratesPage);
    connect(m_setRate, &QPushButton::clicked, this, &AllowanceView::editRate);
    auto *ratesBar = new QHBoxLayout;
    ratesBar->addWidget(m_setRate);
    ratesBar->addStretch();
    ratesLayout->addLayout(ratesBar);
    auto *teamLeaders = new QLabel(
        tr("The team-leader allowance is paid for the team-leader periods. A roster import with "
           "班组长 = 是 opens a period from the import's day, 否 closes it the day before; "
           "\"Import… → Team-leader periods\" records periods with their own dates."),
        ratesPage);
    teamLeaders->setWordWrap(true);
    ratesLayout->addWidget(teamLeaders);
    ratesLayout->addWidget(m_rates, 1);
    m_tabs->addTab(ratesPage, tr("Rates"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_month, &QDateEdit::dateChanged, this, &AllowanceView::load);
    connect(m_compute, &QPushButton::clicked, this, &AllowanceView::compute);
    connect(m_approve, &QPushButton::clicked, this, &AllowanceView::approve);
    connect(m_reopen, &QPushButton::clicked, this, &AllowanceView::reopen);
    connect(m_compare, &QPushButton::clicked, this, &AllowanceView::compare);
    connect(m_excel, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(m_print, &QPushButton::clicked, this, &AllowanceView::print);
    connect(m_units, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_units->currentRow();
        QTableWidgetItem *item = row >= 0 ? m_units->item(row, 0) : nullptr;
        if (!item || row == 0)
            m_model->setUnit({}, {});
        else
            m_model->setUnit(
                item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    updateButtons();
}

AllowanceView::~AllowanceView()
{
    m_month->disconnect(this);
}

void AllowanceView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_loader.discard();
    m_connection = connection;
    display({ month(), std::nullopt, {} });
    m_stale = true;
    if (isVisible())
        load();
}

void AllowanceView::setMonth(QDate month)
{
    m_month->setDate(month);
}

QDate AllowanceView::month() const
{
    const QDate day = m_month->date();
    return QDate(day.year(), day.month(), 1);
}

void AllowanceView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void AllowanceView::load()
{
    m_stale = !isVisible();
    if (m_stale || !m_connection)
        return;
    fillRates();
    // Nothing of the month shown before stays on screen, or approvable, under the new month's
    // name while it is read (issue #12).
    present({ month(), std::nullopt, {} });
    if (!m_officer.may(Act::ReadPay)) {
        // The runs name every worker's pay (issue 13): core would refuse the reading.
        m_status->setText(tr("The allowance runs show the pay of each worker: reading them needs "
                             "the role %1.")
                              .arg(Permissions::rolesFor(Act::ReadPay).titles()));
        Q_EMIT loaded();
        return;
    }
    m_status->setText(tr("Reading %1…").arg(month().toString(u"yyyy-MM"_s)));
    m_loader.load({ m_connection->path(), month(), m_officer });
}

void AllowanceView::compute()
{
    if (!m_connection)
        return;
    // The computed run is newer than any reading under way.
    m_loader.discard();
    runWithProgress<Result<AllowanceRunView>>(
        this, tr("Computing the allowances of %1…").arg(month().toString(u"yyyy-MM"_s)),
        [path = m_connection->path(), month = month(), by = m_officer](
            ProgressSink &progress) { return runOnOwnConnection(path, month, true, by, progress); },
        [this](const std::optional<Result<AllowanceRunView>> &result) {
            if (result && result->ok()) {
                display(result->value());
                return;
            }
            if (result) // else cancelled: nothing saved
                ErrorPresenter::show(this, tr("Compute the month"), result->error());
            load(); // what the month has, in place of the reading discarded above
        });
}

void AllowanceView::approve()
{
    if (!m_connection || !m_shown.info)
        return;
    const QString monthText = m_shown.month.toString(u"yyyy-MM"_s);
    // A month without rates would otherwise be locked at 0.00 for good (issue #12).
    if (const auto empty = AllowanceRunStore::emptyReason(*m_shown.info)) {
        const auto answer = QMessageBox::warning(this, tr("Approve and lock"),
            tr("%1\n\nApprove run %2 of %3 all the same? The month is then locked with it.")
                .arg(*empty)
                .arg(m_shown.info->id)
                .arg(monthText),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            approveShown(AllowanceRunStore::EmptyRun::Confirmed);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Approve and lock"),
        tr("Approve run %1 of %2? The month is then locked: it keeps these amounts even when "
           "rates change later, and it cannot be computed again.")
            .arg(m_shown.info->id)
            .arg(monthText));
    if (answer == QMessageBox::Yes)
        approveShown();
}

void AllowanceView::approveShown(AllowanceRunStore::EmptyRun empty)
{
    if (!m_connection || !m_shown.info)
        return;
    // Off the GUI thread: the file's quick check reads the whole database (seconds at a million
    // workers). The shown run goes by its id and month: the store refuses a run of another month.
    // A Cancel cannot stop the check, so the outcome is shown whenever it comes.
    runWithProgress<Status>(
        this,
        tr("Checking the database and approving run %1 of %2…")
            .arg(m_shown.info->id)
            .arg(m_shown.month.toString(u"yyyy-MM"_s)),
        [path = m_connection->path(), runId = m_shown.info->id, month = m_shown.month,
            by = m_officer, today = QDate::currentDate(), empty](ProgressSink &) {
            return withConnection(path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return AllowanceRunStore::approve(db, runId, month, by, today, empty);
            });
        },
        [this](const std::optional<Status> &done) {
            if (done && !done->ok())
                ErrorPresenter::show(this, tr("Approve and lock"), done->error());
            load();
        },
        AfterCancel::Deliver);
}

void AllowanceView::reopen()
{
    if (!m_connection || !m_shown.info)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Reopen the month"),
        tr("Why is %1 reopened? The reason is kept in the audit log. The approved run stays "
           "stored as it is; compute the month again for a correction run, compare it, and "
           "approve it to lock the month again.")
            .arg(m_shown.month.toString(u"yyyy-MM"_s)),
        QString(), &ok);
    if (ok)
        reopenShown(reason);
}

void AllowanceView::reopenShown(const QString &reason)
{
    if (!m_connection || !m_shown.info)
        return;
    if (auto done = AllowanceRunStore::reopen(m_connection->db(), m_shown.month, m_officer, reason);
        !done) {
        ErrorPresenter::show(this, tr("Reopen the month"), done.error());
        return;
    }
    load();
}

void AllowanceView::display(AllowanceRunView view)
{
    present(std::move(view));
    Q_EMIT loaded();
}

void AllowanceView::present(AllowanceRunView view)
{
    m_shown = std::move(view);
    m_model->setLines(m_shown.lines);
    fillUnits();
    fillCharts();
    if (!m_shown.info) {
        m_status->setText(m_connection
                ? tr("%1 has not been computed yet: press \"Compute the month\".")
                      .arg(m_shown.month.toString(u"yyyy-MM"_s))
                : QString());
    } else {
        const AllowanceRunInfo &i = *m_shown.info;
        m_status->setText(
            (i.approved && i.reopened
                    ? tr("Run %1 of %2, approved by %3, reopened by %4 (\"%5\"): compute the "
                         "month again for a correction run.")
                          .arg(i.id)
                          .arg(m_shown.month.toString(u"yyyy-MM"_s))
                          .arg(i.approvedBy, i.reopenedBy, i.reopenReason)
                    : i.approved ? tr("Run %1 of %2, approved by %3 and locked.")
                                       .arg(i.id)
                                       .arg(m_shown.month.toString(u"yyyy-MM"_s))
                                       .arg(i.approvedBy)
                    : i.corrects
                    ? tr("Correction run %1 of %2, computed by %3 at %4, against the approved "
                         "run %5 (compare, then approve to lock the month again).")
                          .arg(i.id)
                          .arg(m_shown.month.toString(u"yyyy-MM"_s))
                          .arg(i.computedBy, i.computedAt.left(16).replace(u'T', u' '))
                          .arg(i.corrects)
                    : tr("Run %1 of %2, computed by %3 at %4 (draft: compute again after "
                         "changes, then approve).")
                          .arg(i.id)
                          .arg(m_shown.month.toString(u"yyyy-MM"_s))
                          .arg(i.computedBy, i.computedAt.left(16).replace(u'T', u' ')))
            + u"  "_s
            + tr("%n worker(s) paid, %1 yuan in all.", nullptr, int(i.workers))
                  .arg(onScreen(i.total)));
    }
    m_lines->resizeColumnsToContents();
    updateButtons();
}

void AllowanceView::fillUnits()
{
    UnitTotal company;
    const QList<UnitTotal> units = unitTotals(m_shown.lines, company);
    m_units->setRowCount(m_shown.info ? int(units.size()) + 1 : 0);
    if (!m_shown.info)
        return;
    const auto setRow = [this](int row, const QStringList &cells, bool bold) {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont font = item->font();
            font.setBold(bold);
            item->setFont(font);
            m_units->setItem(row, column, item);
        }
    };
    setRow(0, unitCells(tr("Company total"), company), true);
    for (int i = 0; i < units.size(); ++i) {
        setRow(i + 1, unitCells(unitName(units[i]), units[i]), false);
        m_units->item(i + 1, 0)->setData(Qt::UserRole, units[i].site);
        m_units->item(i + 1, 0)->setData(Qt::UserRole + 1, units[i].workshop);
    }
    m_units->resizeColumnsToContents();
}

// The month's totals of the three allowances, stacked, by grade and by workshop (in yuan).
void AllowanceView::fillCharts()
{
    const auto stacked = [](QAbstractBarSeries *series, const QList<AllowanceAmounts> &sums) {
        const std::pair<AllowanceKind, QColor> kinds[] = {
            { AllowanceKind::Skill, QColor(0x1f, 0x5f, 0xa8) },
            { AllowanceKind::TeamLeader, QColor(0xe0, 0x8a, 0x1e) },
            { AllowanceKind::Mentoring, QColor(0x2e, 0x8b, 0x57) },
        };
        for (const auto &[kind, color] : kinds) {
            auto *set = new QBarSet(AllowanceStore::display(kind));
            set->setColor(color);
            for (const AllowanceAmounts &sum : sums)
                *set << double((kind == AllowanceKind::Skill        ? sum.skill
                                : kind == AllowanceKind::TeamLeader ? sum.teamLeader
                                                                    : sum.mentoring)
                                   .fen())
                        / 100;
            series->append(set);
        }
    };
    const auto chartOf = [](const QString &title, QAbstractBarSeries *series,
                             const QStringList &categories, bool horizontal) {
        auto *chart = new QChart;
        chart->setTitle(title);
        chart->addSeries(series);
        // Yuan on the axis with thousands separators, as in the tables ("300,000"), also where
        // the system's locale is C, which leaves them out.
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        chart->setLocalizeNumbers(true);
        chart->setLocale(locale);
        auto *names = new QBarCategoryAxis;
        names->append(categories);
        auto *values = new QValueAxis;
        values->setLabelFormat(u"%.0f"_s);
        chart->addAxis(names, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(names);
        series->attachAxis(values);
        values->applyNiceNumbers(); // round ticks: 0, 300000, 600000 …
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    };
    QList<AllowanceAmounts> byGrade(kGradeCount);
    QStringList grades;
    for (int rank = 0; rank < kGradeCount; ++rank)
        grades += GradeNames::display(Grade(rank));
    UnitTotal company;
    const QList<UnitTotal> units = unitTotals(m_shown.lines, company);
    for (const AllowanceLine &line : std::as_const(m_shown.lines)) {
        if (line.grade)
            byGrade[rankOf(*line.grade)] += line.amounts;
    }
    QList<AllowanceAmounts> byUnit;
    QStringList unitNames;
    // Horizontal bars list from the bottom up: reversed, the first workshop is on top.
    for (auto it = units.crbegin(); it != units.crend(); ++it) {
        byUnit += it->sum;
        unitNames += unitName(*it);
    }
    auto *gradeSeries = new QStackedBarSeries;
    stacked(gradeSeries, byGrade);
    auto *unitSeries = new QHorizontalStackedBarSeries;
    stacked(unitSeries, byUnit);
    for (const auto &[view, chart] :
        { std::pair { m_byGrade,
              chartOf(tr("Allowances of the month by grade (yuan)"), gradeSeries, grades, false) },
            std::pair { m_byWorkshop,
                chartOf(tr("Allowances of the month by workshop (yuan)"), unitSeries, unitNames,
                    true) } }) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void AllowanceView::fillRates()
{
    if (!m_connection)
        return;
    const auto rates = AllowanceStore::rates(m_connection->db());
    if (!rates)
        return;
    m_rates->setRowCount(int(rates->size()));
    for (int row = 0; row < rates->size(); ++row) {
        const AllowanceRate &r = (*rates)[row];
        const QStringList cells { AllowanceStore::display(r.kind),
            r.grade ? GradeNames::display(*r.grade) : QString(),
            r.effectiveFrom.toString(Qt::ISODate), onScreen(r.fen) };
        for (int column = 0; column < cells.size(); ++column)
            m_rates->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_rates->resizeColumnsToContents();
}

void AllowanceView::updateButtons()
{
    const bool open = m_connection != nullptr;
    const bool run = m_shown.info.has_value();
    const bool approved = run && m_shown.info->approved;
    const bool locked = approved && !m_shown.info->reopened;
    // Separation of duties (issue 13): who computed the run leaves its approval to another.
    const bool own = run && !approved && AllowanceRunStore::computedBy(*m_shown.info, m_officer);
    allowFor(m_compute, m_officer, Act::ComputeAllowances, open && !locked);
    allowFor(m_approve, m_officer, Act::ApproveAllowances, open && run && !approved && !own,
        own ? tr("You computed run %1: another officer with the role %2 approves it.")
                  .arg(m_shown.info->id)
                  .arg(Permissions::rolesFor(Act::ApproveAllowances).titles())
            : QString());
    allowFor(m_reopen, m_officer, Act::ReopenAllowances, open && locked);
    allowFor(m_compare, m_officer, Act::ReadPay, open && run);
    allowFor(m_excel, m_officer, Act::ExportPayroll, open && run);
    allowFor(m_csv, m_officer, Act::ExportPayroll, open && run);
    allowFor(m_print, m_officer, Act::ReadPay, run);
    allowFor(m_setRate, m_officer, Act::SetAllowanceRates, open,
        tr("A new amount from a day on; set again for the same day, it replaces that day's "
           "amount (the audit log keeps the old one)."));
    m_import->setEnabled(
        open && (m_officer.may(Act::SetAllowanceRates) || m_officer.may(Act::ImportPayTables)));
    allowFor(m_importRates, m_officer, Act::SetAllowanceRates, open);
    allowFor(m_importRoles, m_officer, Act::ImportPayTables, open);
    allowFor(m_importMentorships, m_officer, Act::ImportPayTables, open);
}

void AllowanceView::compare()
{
    if (!m_connection || !m_shown.info)
        return;
    const auto runs = AllowanceRunStore::runs(m_connection->db(), m_shown.month);
    if (!runs)
        return ErrorPresenter::show(this, tr("Compare"), runs.error());
    // A correction run is compared with the approved run it corrects (issue #12).
    const AllowanceRunInfo *previous = nullptr;
    for (const AllowanceRunInfo &r : *runs) {
        if (m_shown.info->corrects ? r.id == m_shown.info->corrects : r.id < m_shown.info->id) {
            previous = &r;
            break;
        }
    }
    if (!previous) {
        QMessageBox::information(
            this, tr("Compare"), tr("This is the month's first run: there is nothing to compare."));
        return;
    }
    const auto differences
        = AllowanceRunStore::diff(m_connection->db(), m_officer, previous->id, m_shown.info->id);
    if (!differences)
        return ErrorPresenter::show(this, tr("Compare"), differences.error());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Run %1 against run %2").arg(m_shown.info->id).arg(previous->id));
    auto *table = newReadOnlyTable(&dialog,
        { tr("Employee No."), tr("Name"), tr("Before (yuan)"), tr("Now (yuan)"),
            tr("Difference (yuan)") });
    table->setRowCount(int(differences->size()));
    for (int row = 0; row < differences->size(); ++row) {
        const AllowanceDifference &d = (*differences)[row];
        const Fen change = d.after.total() - d.before.total();
        const QStringList cells { d.employeeNo, d.name, onScreen(d.before.total()),
            onScreen(d.after.total()), FigureFormat::amount(change, FigureFormat::Sign::Always) };
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    table->resizeColumnsToContents();
    auto *summary
        = new QLabel(tr("%n worker(s) differ.", nullptr, int(differences->size())), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

void AllowanceView::exportTo(bool excel)
{
    if (!m_shown.info)
        return;
    const QString name = tr("Allowances %1").arg(m_shown.month.toString(u"yyyy-MM"_s));
    const QString path = SaveFileDialog::ask(this, tr("Export the allowances"),
        name + (excel ? u".xlsx"_s : u".csv"_s),
        excel ? tr("Excel workbook (*.xlsx)") : tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    // Core writes the run as stored and records the export in the audit log (issue 13); half a
    // million lines take a while, so on a pool thread with its own connection.
    runWithProgress<Result<qint64>>(
        this, tr("Exporting the allowances of %1…").arg(m_shown.month.toString(u"yyyy-MM"_s)),
        [database = m_connection->path(), by = m_officer, runId = m_shown.info->id, path, excel](
            ProgressSink &) {
            return withConnection(database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return AllowanceRunExport::write(db, by, runId, path,
                    excel ? AllowanceRunExport::Format::Xlsx : AllowanceRunExport::Format::Csv);
            });
        },
        [this](const std::optional<Result<qint64>> &written) {
            if (written && !written->ok())
                ErrorPresenter::show(this, tr("Export the allowances"), written->error());
        },
        AfterCancel::Deliver);
}

void AllowanceView::print()
{
    if (!m_shown.info)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [this](QPrinter *target) { printTo(*target); });
    preview.resize(900, 700);
    preview.exec();
}

void AllowanceView::printTo(QPagedPaintDevice &device) const
{
    if (!m_shown.info)
        return;
    const AllowanceRunInfo &run = *m_shown.info;
    QString company;
    if (m_connection) {
        if (const auto info = CompanyStore::load(m_connection->db()); info && *info)
            company = (*info)->name;
    }
    // The workshop totals as a table: what leadership signs; the per-worker list goes to payroll
    // as the workbook. The company heads the sheet and the three signature lines close it, as a
    // 津贴发放表 is filed on paper: 制表 (who computed), 审核 (signed by hand), 批准 (who
    // approved).
    QString html = u"<h3 align='center'>"_s + company.toHtmlEscaped()
        + u"</h3><h2 align='center'>"_s
        + tr("Allowances of %1").arg(m_shown.month.toString(u"yyyy-MM"_s)).toHtmlEscaped()
        + u"</h2><p>"_s + m_status->text().toHtmlEscaped()
        + u"</p><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>"_s;
    for (int column = 0; column < m_units->columnCount(); ++column)
        html += u"<th>"_s + m_units->horizontalHeaderItem(column)->text().toHtmlEscaped()
            + u"</th>"_s;
    html += u"</tr>"_s;
    for (int row = 0; row < m_units->rowCount(); ++row) {
        html += u"<tr>"_s;
        for (int column = 0; column < m_units->columnCount(); ++column)
            html += (column > 0 ? u"<td align='right'>"_s : u"<td>"_s)
                + m_units->item(row, column)->text().toHtmlEscaped() + u"</td>"_s;
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    const QString blank = u"__________"_s;
    const QString signedBy = run.approved && !run.approvedByName.isEmpty()
        ? run.approvedByName.toHtmlEscaped()
        : blank;
    html += u"<br/><table width='100%' cellpadding='6'><tr><td>"_s
        + tr("Prepared by: %1").arg(run.computedByName.toHtmlEscaped()) + u"</td><td>"_s
        + tr("Reviewed by: %1").arg(blank) + u"</td><td>"_s + tr("Approved by: %1").arg(signedBy)
        + u"</td></tr><tr><td colspan='3'>"_s
        + tr("Printed on %1").arg(QDate::currentDate().toString(Qt::ISODate))
        + u"</td></tr></table>"_s;
    QTextDocument document;
    document.setDefaultFont(QFont(AppSettings::printFont(), 10));
    document.setHtml(html);
    document.print(&device);
}

void AllowanceView::editRate()
{
    if (!m_connection)
        return;
    RateDialog dialog(*m_connection, m_officer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    fillRates();
}

void AllowanceView::importFile(DataFile what)
{
    if (!m_connection)
        return;
    // The next computation of the month applies what was imported.
    TableImport::chooseAndRun(this, m_connection->path(), m_officer, what, [this] { fillRates(); });
}

} // namespace skl
