#include "ui/roster/rosterview.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/roster/rosteractions.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kSearchDelayMs = 250; // typing pauses before the database is asked

    // Runs on a pool thread with its own connection (Qt 6.4 cannot share one across threads).
    template <typename Counts>
    Result<Counts> countOnOwnConnection(
        const QString &path, const RosterFilter &filter, const Officer &reader)
    {
        return withConnection(
            path, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Result<Counts> {
                // As the officer may read the roster: a workshop head counts their workshops.
                WorkerStore workers(db);
                const auto shown = workers.count(reader, filter);
                if (!shown)
                    return shown.error();
                const auto total = workers.count(reader, RosterFilter {});
                if (!total)
                    return total.error();
                return Counts { *shown, *total };
            });
    }

    std::optional<qint64> selectedId(const QComboBox *box)
    {
        const QVariant id = box->currentData();
        return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    }

    void selectId(QComboBox *box, qint64 id)
    {
        const int index = id == 0 ? 0 : box->findData(id);
        box->setCurrentIndex(std::max(0, index));
    }

} // namespace

RosterView::RosterView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RosterTableModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_workshop(new QComboBox(this))
    , m_occupation(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_frontline(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_counter(
          [](const CountRequest &r) {
              return countOnOwnConnection<Counts>(r.path, r.filter, r.reader);
          },
          [this](const CountRequest &, const Result<Counts> &counts) { countsReady(counts); })
{
    HelpTopic::set(this, u"roster"_s);
    buildFilterBar();
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RosterTableModel::EmployeeNo, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionHidden(RosterTableModel::LeaveDate, true);
    const QByteArray savedHeader = AppSettings::rosterHeaderState();
    m_fitColumns = savedHeader.isEmpty();
    header->restoreState(savedHeader);
    widenToMinimums();
    connect(header, &QHeaderView::customContextMenuRequested, this, &RosterView::showColumnMenu);
    connect(header, &QHeaderView::sectionResized, this, &RosterView::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &RosterView::saveHeader);
    // Only the columns the database can sort by show a sort arrow.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!RosterTableModel::isSortable(column)) {
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(
                RosterTableModel::columnOf(m_model->query().sortKey), m_model->query().order);
        }
    });

    m_actions = new RosterActions(this, [this] { return chosenWorkers(); });
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : { m_actions->addAction(), m_actions->leavingAction(),
             m_actions->moveAction(), m_actions->deleteAction() })
        tools->addAction(action);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RosterView::showTableMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
        &RosterActions::update);
    connect(m_model, &QAbstractItemModel::modelReset, m_actions, &RosterActions::update);
    connect(m_actions, &RosterActions::profileRequested, this, &RosterView::workerActivated);
    connect(m_actions, &RosterActions::workersChanged, this, [this] {
        reload();
        Q_EMIT workersChanged();
    });
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);
    m_emptyPage = buildEmptyPage();
    m_body->addWidget(m_emptyPage);

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *box : { m_site, m_workshop, m_occupation, m_grade, m_frontline, m_service })
        filters->addWidget(box, 1);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_body, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &RosterView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT workerActivated(m_model->workerAt(index.row()).id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterView::fitColumnsOnce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RosterView::fitColumnsOnce);
    connect(m_model, &RosterTableModel::loadFailed, this,
        [this](const Error &error) { ErrorPresenter::show(this, tr("Roster"), error); });
}

RosterView::~RosterView() = default;

void RosterView::buildFilterBar()
{
    m_search->setPlaceholderText(
        tr("Search: start of a name or employee no., or the last 4 of an ID number"));
    m_search->setClearButtonEnabled(true);
    m_site->setToolTip(tr("Site"));
    m_workshop->setToolTip(tr("Workshop"));
    m_occupation->setToolTip(tr("Occupation"));

    m_grade->setToolTip(tr("Grade"));
    m_grade->addItem(tr("All grades"));
    m_grade->addItem(tr("No grade yet"), -1);
    for (int rank = 0; rank < kGradeCount; ++rank)
        m_grade->addItem(GradeNames::display(*gradeFromRank(rank)), rank);

    m_frontline->addItem(tr("Frontline and others"));
    m_frontline->addItem(tr("Frontline only"), true);
    m_frontline->addItem(tr("Not frontline"), false);

    m_service->addItem(tr("In service"), int(RosterFilter::Service::InService));
    m_service->addItem(tr("Left"), int(RosterFilter::Service::Left));
    m_service->addItem(tr("In service and left"), int(RosterFilter::Service::All));

    for (QComboBox *box : { m_site, m_workshop, m_occupation, m_grade, m_frontline, m_service }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            if (m_filling)
                return;
            if (box == m_site)
                fillWorkshops();
            applyFilter();
        });
    }
}

QWidget *RosterView::buildEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"emptyRoster"_s);
    auto *title = new QLabel(tr("The roster is empty"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *text = new QLabel(tr("Bring the workers in from the company's Excel roster (花名册), "
                               "add a new hire by hand, or try SkillLadder on the demo "
                               "company's 20,000 made-up workers."),
        page);
    text->setWordWrap(true);
    m_importButton = new QPushButton(tr("Import the roster from Excel or CSV…"), page);
    m_importButton->setObjectName(u"emptyImport"_s);
    auto *add = new QToolButton(page);
    add->setObjectName(u"emptyAdd"_s);
    add->setDefaultAction(m_actions->addAction());
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    add->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    auto *demo = new QPushButton(tr("Open the demo company"), page);
    demo->setObjectName(u"emptyDemo"_s);
    connect(m_importButton, &QPushButton::clicked, this, &RosterView::importRequested);
    connect(demo, &QPushButton::clicked, this, &RosterView::demoRequested);

    auto *column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    for (QWidget *button : std::initializer_list<QWidget *> { m_importButton, add, demo })
        column->addWidget(button);
    column->addStretch(2);
    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    return page;
}

QList<WorkerRow> RosterView::chosenWorkers() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows += index.row();
    std::sort(rows.begin(), rows.end());
    QList<WorkerRow> workers;
    for (int row : std::as_const(rows))
        workers += m_model->workerAt(row);
    return workers;
}

bool RosterView::isShowingEmptyPage() const
{
    return m_body->currentWidget() == m_emptyPage;
}

void RosterView::showTableMenu(const QPoint &at)
{
    // A right click on a row not chosen yet chooses it, as file managers do.
    const QModelIndex index = m_table->indexAt(at);
    if (index.isValid() && !m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    m_actions->update();
    QMenu menu(this);
    m_actions->fillMenu(&menu);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void RosterView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_connection = connection;
    m_actions->setConnection(connection, officer);
    const bool mayImport = officer.may(Act::ImportRoster);
    m_importButton->setEnabled(mayImport);
    m_importButton->setToolTip(mayImport
            ? QString()
            : tr("Needs the role %1.").arg(Permissions::rolesFor(Act::ImportRoster).titles()));
    m_workers = connection ? std::make_unique<WorkerStore>(connection->db()) : nullptr;
    fillUnitFilters();
    m_model->setWorkers(m_workers.get(), m_officer);
    m_model->setFilter(filter());
    fitColumnsOnce();
    countWorkers();
}

int RosterView::minimumWidth(int column) const
{
    // What a column must show whole: a date, an 18-digit ID number, and for units and
    // occupations a name of eight Chinese characters (济南第一机床总厂), so that 单位 and 车间 are
    // never narrower than the dates beside them (issue 15).
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table)
        + metrics.horizontalAdvance(u'M');
    QString sample;
    switch (column) {
    case RosterTableModel::HireDate:
    case RosterTableModel::LeaveDate:
    case RosterTableModel::GradeDate:
        sample = u"0000-00-00"_s;
        break;
    case RosterTableModel::IdNumber:
        sample = u"000000000000000000"_s;
        break;
    case RosterTableModel::Site:
    case RosterTableModel::Workshop:
    case RosterTableModel::Occupation:
        sample = u"济南第一机床总厂"_s;
        break;
    case RosterTableModel::Name:
        sample = u"欧阳明月"_s;
        break;
    default:
        break;
    }
    const QString title = m_model->headerData(column, Qt::Horizontal).toString();
    const int headerWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(title);
    return std::max(metrics.horizontalAdvance(sample), headerWidth) + padding;
}

void RosterView::widenToMinimums()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker quiet(header); // widening a remembered layout is not the officer's edit
    for (int column = 0; column < RosterTableModel::ColumnCount; ++column) {
        if (header->sectionSize(column) < minimumWidth(column))
            header->resizeSection(column, minimumWidth(column));
    }
}

void RosterView::fitColumnsOnce()
{
    // First use: fit the columns to the first page; later the remembered widths stay. An empty
    // roster waits for its first rows (an import) before fitting.
    if (!m_fitColumns || m_model->rowCount() == 0)
        return;
    m_table->resizeColumnsToContents();
    widenToMinimums();
    m_fitColumns = false;
    saveHeader();
}

void RosterView::reload()
{
    fillUnitFilters();
    m_model->setFilter(filter());
    countWorkers();
}

void RosterView::fillUnitFilters()
{
    m_filling = true;
    const auto keep = [](QComboBox *box) { return box->currentData(); };
    const QVariant site = keep(m_site);
    const QVariant occupation = keep(m_occupation);
    m_site->clear();
    m_site->addItem(tr("All sites"));
    m_occupation->clear();
    m_occupation->addItem(tr("All occupations"));
    if (m_workers) {
        if (const auto sites = m_workers->sites())
            for (const NamedUnit &unit : *sites)
                m_site->addItem(unit.name, unit.id);
        if (const auto occupations = m_workers->occupations())
            for (const NamedUnit &unit : *occupations)
                m_occupation->addItem(unit.name, unit.id);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_occupation->setCurrentIndex(std::max(0, m_occupation->findData(occupation)));
    m_filling = false;
    fillWorkshops();
}

void RosterView::fillWorkshops()
{
    m_filling = true;
    const QVariant keep = m_workshop->currentData();
    m_workshop->clear();
    m_workshop->addItem(tr("All workshops"));
    const std::optional<qint64> site = selectedId(m_site);
    if (m_workers) {
        if (const auto workshops = m_workers->workshops()) {
            for (const NamedUnit &unit : *workshops) {
                if (site && unit.siteId != *site)
                    continue;
                // Without a site chosen, the same workshop name can stand in several sites.
                const QString siteName = m_site->itemText(m_site->findData(unit.siteId));
                m_workshop->addItem(
                    site || unit.siteId == 0 ? unit.name : tr("%1 (%2)").arg(unit.name, siteName),
                    unit.id);
            }
        }
    }
    m_workshop->setCurrentIndex(std::max(0, m_workshop->findData(keep)));
    m_filling = false;
}

const RosterQuery &RosterView::query() const
{
    return m_model->query();
}

QList<RosterViewExport::Shown> RosterView::shownColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<RosterViewExport::Shown> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        shown += { RosterViewExport::Column(logical),
            m_model->headerData(logical, Qt::Horizontal).toString() };
    }
    return shown;
}

RosterFilter RosterView::filter() const
{
    RosterFilter f;
    f.search = m_search->text().trimmed();
    f.siteId = selectedId(m_site);
    f.workshopId = selectedId(m_workshop);
    f.occupationId = selectedId(m_occupation);
    if (const QVariant grade = m_grade->currentData(); grade.isValid()) {
        f.hasGradeFilter = true;
        if (grade.toInt() >= 0)
            f.grade = gradeFromRank(grade.toInt());
    }
    if (const QVariant frontline = m_frontline->currentData(); frontline.isValid())
        f.frontline = frontline.toBool();
    f.service = RosterFilter::Service(m_service->currentData().toInt());
    f.serviceDate = QDate::currentDate();
    return f;
}

void RosterView::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDelay.stop();
    applyFilter();
}

void RosterView::showUnit(qint64 siteId, qint64 workshopId)
{
    // The unit's workers as the report counted them: every worker in service there. A search or
    // filter left from before would narrow that list, down to none (issue 15).
    m_filling = true;
    m_search->clear();
    m_searchDelay.stop();
    for (QComboBox *box : { m_occupation, m_grade, m_frontline })
        box->setCurrentIndex(0);
    m_service->setCurrentIndex(m_service->findData(int(RosterFilter::Service::InService)));
    selectId(m_site, siteId);
    m_filling = false;
    fillWorkshops();
    m_filling = true;
    selectId(m_workshop, workshopId);
    m_filling = false;
    applyFilter();
}

void RosterView::applyFilter()
{
    if (!m_workers || filter() == m_model->query().filter)
        return;
    m_model->setFilter(filter());
    countWorkers();
}

void RosterView::countWorkers()
{
    if (!m_connection) {
        m_counter.discard();
        setCountText({});
        return;
    }
    setCountText(tr("Counting…"));
    m_counter.load({ m_connection->path(), filter(), m_officer });
}

void RosterView::countsReady(const Result<Counts> &counts)
{
    if (!counts) {
        setCountText(counts.error().userMessage);
        return;
    }
    // No worker at all that this officer reads: say how to begin instead of an empty table.
    m_body->setCurrentWidget(counts->total == 0 ? m_emptyPage : static_cast<QWidget *>(m_table));
    setCountText(tr("%1 of %2 workers")
                     .arg(QLocale().toString(counts->shown), QLocale().toString(counts->total)));
    Q_EMIT countsChanged(counts->shown, counts->total);
}

QString RosterView::countText() const
{
    return m_countText;
}

void RosterView::setCountText(const QString &text)
{
    m_countText = text;
    Q_EMIT countTextChanged(text);
}

void RosterView::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < RosterTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The employee number identifies the row: it stays.
        action->setEnabled(column != RosterTableModel::EmployeeNo);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveHeader();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void RosterView::saveHeader()
{
    if (m_fitColumns)
        return; // the default widths are no layout worth remembering
    AppSettings::setRosterHeaderState(m_table->horizontalHeader()->saveState());
}

} // namespace skl
