#include "ui/roster/moveworkersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/workeredits.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kNamesShown = 12; // the rest are counted, not listed

} // namespace

MoveWorkersDialog::MoveWorkersDialog(Connection &connection, const Officer &officer,
    const QList<WorkerRow> &workers, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workers(workers)
    , m_toWorkshop(new QCheckBox(tr("To the workshop:"), this))
    , m_workshop(new QComboBox(this))
    , m_toOccupation(new QCheckBox(tr("To the occupation:"), this))
    , m_occupation(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    HelpTopic::set(this, u"desk"_s);
    setWindowTitle(tr("Change workshop or occupation"));
    WorkerStore store(m_connection.db());
    QHash<qint64, QString> siteNames;
    if (const auto sites = store.sites())
        for (const NamedUnit &site : *sites)
            siteNames.insert(site.id, site.name);
    if (const auto workshops = store.workshops())
        for (const NamedUnit &unit : *workshops)
            m_workshop->addItem(unit.siteId == 0
                    ? unit.name
                    : tr("%1 / %2").arg(siteNames.value(unit.siteId), unit.name),
                unit.id);
    if (const auto occupations = store.occupations())
        for (const NamedUnit &unit : *occupations)
            m_occupation->addItem(unit.name, unit.id);

    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_workers.size(), kNamesShown); ++i)
        names += tr("%1 %2").arg(m_workers[i].employeeNo, m_workers[i].name);
    QString chosen = names.join(tr(", "));
    if (m_workers.size() > kNamesShown)
        chosen
            = tr("%1 and %2 more").arg(chosen, QLocale().toString(m_workers.size() - kNamesShown));
    auto *who = new QLabel(
        tr("%1 workers chosen: %2").arg(QLocale().toString(m_workers.size()), chosen), this);
    who->setWordWrap(true);
    m_summary->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(m_toWorkshop, 0, 0);
    grid->addWidget(m_workshop, 0, 1);
    grid->addWidget(m_toOccupation, 1, 0);
    grid->addWidget(m_occupation, 1, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Move"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 260);

    m_workshop->setEnabled(false);
    m_occupation->setEnabled(false);
    for (QCheckBox *box : { m_toWorkshop, m_toOccupation })
        connect(box, &QCheckBox::toggled, this, &MoveWorkersDialog::validate);
    for (QComboBox *box : { m_workshop, m_occupation })
        connect(box, &QComboBox::currentIndexChanged, this, &MoveWorkersDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void MoveWorkersDialog::validate()
{
    m_workshop->setEnabled(m_toWorkshop->isChecked());
    m_occupation->setEnabled(m_toOccupation->isChecked());
    int already = 0;
    const QString occupation = m_occupation->currentText();
    for (const WorkerRow &w : std::as_const(m_workers)) {
        // As the list names workshops: "site / workshop".
        const QString unit = w.site.isEmpty() ? w.workshop : tr("%1 / %2").arg(w.site, w.workshop);
        const bool sameWorkshop = !m_toWorkshop->isChecked() || unit == m_workshop->currentText();
        const bool sameOccupation = !m_toOccupation->isChecked() || w.occupation == occupation;
        if (sameWorkshop && sameOccupation)
            ++already;
    }
    const bool chosen = m_toWorkshop->isChecked() || m_toOccupation->isChecked();
    if (!chosen)
        m_summary->setText(tr("Tick the workshop, the occupation or both."));
    else if (already > 0)
        m_summary->setText(tr("%1 of them appear to be there already and stay as they are.")
                               .arg(QLocale().toString(already)));
    else
        m_summary->clear();
    m_ok->setEnabled(chosen && m_officer.may(Act::EditRoster)
        && (!m_toWorkshop->isChecked() || m_workshop->currentIndex() >= 0)
        && (!m_toOccupation->isChecked() || m_occupation->currentIndex() >= 0));
}

bool MoveWorkersDialog::save()
{
    if (!m_ok->isEnabled())
        return false;
    WorkerEdits::Move to;
    if (m_toWorkshop->isChecked())
        to.workshopId = m_workshop->currentData().toLongLong();
    if (m_toOccupation->isChecked())
        to.occupationId = m_occupation->currentData().toLongLong();
    QList<qint64> ids;
    for (const WorkerRow &w : std::as_const(m_workers))
        ids += w.id;
    const auto moved = WorkerEdits(m_connection.db()).move(m_officer, ids, to);
    if (!moved) {
        ErrorPresenter::show(this, tr("Change workshop or occupation"), moved.error());
        return false;
    }
    m_moved = *moved;
    Q_EMIT workersMoved(m_moved);
    return true;
}

} // namespace skl
