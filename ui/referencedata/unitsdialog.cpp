#include "ui/referencedata/unitsdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QLabel *newProblemLabel(QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setWordWrap(true);
        label->setStyleSheet(u"color: #a81d1d;"_s);
        label->hide();
        return label;
    }

    void showProblem(QLabel *label, const QString &problem)
    {
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
    }

    // A row of cells, each keeping the unit's id; counts aligned right.
    void setRow(QTableWidget *table, int row, qint64 id, const QStringList &cells, int firstCount)
    {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, id);
            if (column >= firstCount)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }

    qint64 idAt(const QTableWidget *table)
    {
        const QList<QTableWidgetItem *> chosen = table->selectedItems();
        return chosen.isEmpty() ? 0 : chosen.first()->data(Qt::UserRole).toLongLong();
    }

    void selectId(QTableWidget *table, qint64 id)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
                table->selectRow(row);
                return;
            }
        }
        table->clearSelection();
    }

} // namespace

UnitsDialog::UnitsDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_sites(newReadOnlyTable(this,
          { tr("Site"), tr("Province"), tr("Eastern region"), tr("Workers"), tr("Workshops") }))
    , m_siteName(new QLineEdit(this))
    , m_siteProvince(new QComboBox(this))
    , m_siteProblem(newProblemLabel(this))
    , m_newSite(new QPushButton(tr("&New site"), this))
    , m_saveSite(new QPushButton(tr("&Save site"), this))
    , m_removeSite(new QPushButton(tr("&Delete site"), this))
    , m_workshops(newReadOnlyTable(
          this, { tr("Site"), tr("Workshop"), tr("Workers"), tr("Workshop heads") }))
    , m_workshopSite(new QComboBox(this))
    , m_workshopName(new QLineEdit(this))
    , m_workshopProblem(newProblemLabel(this))
    , m_newWorkshop(new QPushButton(tr("N&ew workshop"), this))
    , m_saveWorkshop(new QPushButton(tr("Sa&ve workshop"), this))
    , m_removeWorkshop(new QPushButton(tr("De&lete workshop"), this))
{
    HelpTopic::set(this, QStringLiteral("units"));
    setWindowTitle(tr("Sites and workshops"));
    resize(1100, 620);
    for (const Province &p : Province::all())
        m_siteProvince->addItem(p.shortName(), p.code());
    m_siteName->setPlaceholderText(tr("e.g. 济南总厂"));
    m_workshopName->setPlaceholderText(tr("e.g. 机加工车间"));
    for (QTableWidget *table : { m_sites, m_workshops }) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_sites->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workshops->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *siteBox = new QGroupBox(tr("Sites (the province decides the 35 % target in the east)"));
    auto *siteForm = new QFormLayout;
    siteForm->addRow(tr("Name"), m_siteName);
    siteForm->addRow(tr("Province"), m_siteProvince);
    auto *siteButtons = new QHBoxLayout;
    siteButtons->addWidget(m_newSite);
    siteButtons->addStretch();
    siteButtons->addWidget(m_removeSite);
    siteButtons->addWidget(m_saveSite);
    auto *siteLayout = new QVBoxLayout(siteBox);
    siteLayout->addWidget(m_sites);
    siteLayout->addLayout(siteForm);
    siteLayout->addWidget(m_siteProblem);
    siteLayout->addLayout(siteButtons);

    auto *workshopBox = new QGroupBox(tr("Workshops and the site of each"));
    auto *workshopForm = new QFormLayout;
    workshopForm->addRow(tr("Site"), m_workshopSite);
    workshopForm->addRow(tr("Name"), m_workshopName);
    auto *workshopButtons = new QHBoxLayout;
    workshopButtons->addWidget(m_newWorkshop);
    workshopButtons->addStretch();
    workshopButtons->addWidget(m_removeWorkshop);
    workshopButtons->addWidget(m_saveWorkshop);
    auto *workshopLayout = new QVBoxLayout(workshopBox);
    workshopLayout->addWidget(m_workshops);
    workshopLayout->addLayout(workshopForm);
    workshopLayout->addWidget(m_workshopProblem);
    workshopLayout->addLayout(workshopButtons);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(siteBox, 5);
    boxes->addWidget(workshopBox, 5);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(boxes);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sites, &QTableWidget::itemSelectionChanged, this, &UnitsDialog::showSelectedSite);
    connect(
        m_workshops, &QTableWidget::itemSelectionChanged, this, &UnitsDialog::showSelectedWorkshop);
    connect(m_siteName, &QLineEdit::textChanged, this, &UnitsDialog::checkSite);
    connect(m_siteProvince, &QComboBox::currentIndexChanged, this, &UnitsDialog::checkSite);
    connect(m_workshopName, &QLineEdit::textChanged, this, &UnitsDialog::checkWorkshop);
    connect(m_workshopSite, &QComboBox::currentIndexChanged, this, &UnitsDialog::checkWorkshop);
    connect(m_newSite, &QPushButton::clicked, this, &UnitsDialog::startNewSite);
    connect(m_saveSite, &QPushButton::clicked, this, &UnitsDialog::saveSite);
    connect(m_removeSite, &QPushButton::clicked, this, &UnitsDialog::removeSite);
    connect(m_newWorkshop, &QPushButton::clicked, this, &UnitsDialog::startNewWorkshop);
    connect(m_saveWorkshop, &QPushButton::clicked, this, &UnitsDialog::saveWorkshop);
    connect(m_removeWorkshop, &QPushButton::clicked, this, &UnitsDialog::removeWorkshop);

    for (QWidget *w : std::initializer_list<QWidget *> {
             m_siteName, m_siteProvince, m_newSite, m_workshopSite, m_workshopName, m_newWorkshop })
        guardByAct(w, m_by, Act::EditReferenceData, !m_connection.isReadOnly());
    reload();
}

bool UnitsDialog::mayEdit() const
{
    return m_by.may(Act::EditReferenceData) && !m_connection.isReadOnly();
}

void UnitsDialog::reload()
{
    fillSites();
    fillWorkshops();
}

void UnitsDialog::fillSites()
{
    const qint64 keep = selectedSiteId();
    const auto sites = UnitStore(m_connection.db()).sites();
    if (!sites) {
        showProblem(m_siteProblem, sites.error().userMessage);
        return;
    }
    m_siteRows = *sites;
    const QSignalBlocker blocker(m_sites);
    m_sites->setRowCount(int(m_siteRows.size()));
    for (int row = 0; row < m_siteRows.size(); ++row) {
        const SiteEntry &s = m_siteRows[row];
        setRow(m_sites, row, s.id,
            { s.name, s.province ? s.province->shortName() : tr("not set"),
                s.province && s.province->isEastern() ? tr("yes") : tr("no"),
                QLocale().toString(s.workers), QLocale().toString(s.workshops) },
            3);
    }
    selectId(m_sites, keep);
    // The workshop form chooses among the sites as they are now.
    const qint64 chosenSite = m_workshopSite->currentData().toLongLong();
    const QSignalBlocker siteBlocker(m_workshopSite);
    m_workshopSite->clear();
    for (const SiteEntry &s : std::as_const(m_siteRows))
        m_workshopSite->addItem(s.name, s.id);
    m_workshopSite->setCurrentIndex(std::max(0, m_workshopSite->findData(chosenSite)));
    showSelectedSite();
}

void UnitsDialog::fillWorkshops()
{
    const qint64 keep = selectedWorkshopId();
    const auto workshops = UnitStore(m_connection.db()).workshops();
    if (!workshops) {
        showProblem(m_workshopProblem, workshops.error().userMessage);
        return;
    }
    m_workshopRows = *workshops;
    const QSignalBlocker blocker(m_workshops);
    m_workshops->setRowCount(int(m_workshopRows.size()));
    for (int row = 0; row < m_workshopRows.size(); ++row) {
        const WorkshopEntry &w = m_workshopRows[row];
        setRow(m_workshops, row, w.id,
            { w.site.isEmpty() ? tr("no site") : w.site, w.name, QLocale().toString(w.workers),
                QLocale().toString(w.officers) },
            2);
    }
    selectId(m_workshops, keep);
    showSelectedWorkshop();
}

qint64 UnitsDialog::selectedSiteId() const
{
    return idAt(m_sites);
}

qint64 UnitsDialog::selectedWorkshopId() const
{
    return idAt(m_workshops);
}

void UnitsDialog::showSelectedSite()
{
    const qint64 id = selectedSiteId();
    const auto found = std::find_if(
        m_siteRows.cbegin(), m_siteRows.cend(), [id](const SiteEntry &s) { return s.id == id; });
    if (found != m_siteRows.cend()) {
        const QSignalBlocker names(m_siteName);
        const QSignalBlocker provinces(m_siteProvince);
        m_siteName->setText(found->name);
        m_siteProvince->setCurrentIndex(
            found->province ? m_siteProvince->findData(found->province->code()) : -1);
    }
    guardByAct(m_removeSite, m_by, Act::EditReferenceData,
        !m_connection.isReadOnly() && found != m_siteRows.cend());
    m_saveSite->setText(id == 0 ? tr("&Add site") : tr("&Save site"));
    checkSite();
}

void UnitsDialog::showSelectedWorkshop()
{
    const qint64 id = selectedWorkshopId();
    const auto found = std::find_if(m_workshopRows.cbegin(), m_workshopRows.cend(),
        [id](const WorkshopEntry &w) { return w.id == id; });
    if (found != m_workshopRows.cend()) {
        const QSignalBlocker names(m_workshopName);
        const QSignalBlocker sites(m_workshopSite);
        m_workshopName->setText(found->name);
        m_workshopSite->setCurrentIndex(m_workshopSite->findData(found->siteId));
    }
    guardByAct(m_removeWorkshop, m_by, Act::EditReferenceData,
        !m_connection.isReadOnly() && found != m_workshopRows.cend());
    m_saveWorkshop->setText(id == 0 ? tr("Add &workshop") : tr("Sa&ve workshop"));
    checkWorkshop();
}

void UnitsDialog::startNewSite()
{
    m_sites->clearSelection();
    m_siteName->clear();
    m_siteName->setFocus();
}

void UnitsDialog::startNewWorkshop()
{
    m_workshops->clearSelection();
    m_workshopName->clear();
    m_workshopName->setFocus();
}

void UnitsDialog::checkSite()
{
    QString problem;
    if (mayEdit()) {
        const bool typed = !m_siteName->text().trimmed().isEmpty();
        const auto found
            = UnitStore(m_connection.db()).siteProblem(selectedSiteId(), m_siteName->text());
        // An empty name is not yet wrong: Save is simply off until a name is typed.
        problem = !found ? found.error().userMessage : typed ? *found : QString();
        if (problem.isEmpty() && typed && m_siteProvince->currentIndex() < 0)
            problem = tr("Choose the site's province.");
        m_saveSite->setEnabled(typed && problem.isEmpty());
    } else {
        guardByAct(m_saveSite, m_by, Act::EditReferenceData, false);
    }
    showProblem(m_siteProblem, problem);
}

void UnitsDialog::checkWorkshop()
{
    QString problem;
    if (mayEdit()) {
        const bool typed = !m_workshopName->text().trimmed().isEmpty();
        const auto found
            = UnitStore(m_connection.db())
                  .workshopProblem(selectedWorkshopId(), m_workshopSite->currentData().toLongLong(),
                      m_workshopName->text());
        problem = !found ? found.error().userMessage : typed ? *found : QString();
        m_saveWorkshop->setEnabled(typed && problem.isEmpty());
    } else {
        guardByAct(m_saveWorkshop, m_by, Act::EditReferenceData, false);
    }
    showProblem(m_workshopProblem, problem);
}

QString UnitsDialog::siteProblem() const
{
    return m_siteProblem->isHidden() ? QString() : m_siteProblem->text();
}

QString UnitsDialog::workshopProblem() const
{
    return m_workshopProblem->isHidden() ? QString() : m_workshopProblem->text();
}

void UnitsDialog::written(const Status &done, QLabel *problem)
{
    if (!done) {
        showProblem(problem, done.error().userMessage);
        return;
    }
    reload();
    Q_EMIT unitsChanged();
}

void UnitsDialog::saveSite()
{
    const auto province = Province::fromCode(m_siteProvince->currentData().toInt());
    if (!province)
        return checkSite();
    UnitStore units(m_connection.db());
    const qint64 id = selectedSiteId();
    if (id != 0) {
        written(units.updateSite(m_by, id, m_siteName->text(), *province), m_siteProblem);
        return;
    }
    const auto added = units.addSite(m_by, m_siteName->text(), *province);
    if (!added)
        return written(added.error(), m_siteProblem);
    written(success(), m_siteProblem);
    selectId(m_sites, *added);
}

void UnitsDialog::removeSite()
{
    const qint64 id = selectedSiteId();
    if (id == 0)
        return;
    const Status done = UnitStore(m_connection.db()).removeSite(m_by, id);
    if (done)
        m_siteName->clear();
    written(done, m_siteProblem);
}

void UnitsDialog::saveWorkshop()
{
    const qint64 site = m_workshopSite->currentData().toLongLong();
    UnitStore units(m_connection.db());
    const qint64 id = selectedWorkshopId();
    if (id != 0) {
        written(units.updateWorkshop(m_by, id, site, m_workshopName->text()), m_workshopProblem);
        return;
    }
    const auto added = units.addWorkshop(m_by, site, m_workshopName->text());
    if (!added)
        return written(added.error(), m_workshopProblem);
    written(success(), m_workshopProblem);
    selectId(m_workshops, *added);
}

void UnitsDialog::removeWorkshop()
{
    const qint64 id = selectedWorkshopId();
    if (id == 0)
        return;
    const Status done = UnitStore(m_connection.db()).removeWorkshop(m_by, id);
    if (done)
        m_workshopName->clear();
    written(done, m_workshopProblem);
}

} // namespace skl
