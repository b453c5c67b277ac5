#include "ui/referencedata/occupationsdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/occupationcode.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

OccupationsDialog::OccupationsDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_table(newReadOnlyTable(this,
          { tr("Occupation"), tr("National occupation code"), tr("Highest grade"), tr("Workers") }))
    , m_name(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_highest(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_new(new QPushButton(tr("&New occupation"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    HelpTopic::set(this, QStringLiteral("occupations"));
    setWindowTitle(tr("Occupations"));
    resize(760, 620);
    for (const Grade g : kGrades)
        m_highest->addItem(GradeNames::display(g), rankOf(g));
    m_name->setPlaceholderText(tr("e.g. 车工"));
    m_code->setPlaceholderText(tr("e.g. 6-18-01-01 (may stay empty)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("National occupation code"), m_code);
    form->addRow(tr("Highest grade allowed"), m_highest);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OccupationsDialog::showSelected);
    connect(m_name, &QLineEdit::textChanged, this, &OccupationsDialog::check);
    connect(m_code, &QLineEdit::textChanged, this, &OccupationsDialog::check);
    connect(m_highest, &QComboBox::currentIndexChanged, this, &OccupationsDialog::check);
    connect(m_new, &QPushButton::clicked, this, &OccupationsDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &OccupationsDialog::save);
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_code, m_highest, m_new })
        guardByAct(w, m_by, Act::EditReferenceData, !m_connection.isReadOnly());
    m_highest->setCurrentIndex(rankOf(Grade::ChiefTechnician));
    reload();
}

bool OccupationsDialog::mayEdit() const
{
    return m_by.may(Act::EditReferenceData) && !m_connection.isReadOnly();
}

void OccupationsDialog::reload()
{
    const qint64 keep = selectedId();
    const auto occupations = OccupationStore(m_connection.db()).occupations();
    if (!occupations) {
        m_problem->setText(occupations.error().userMessage);
        m_problem->show();
        return;
    }
    m_rows = *occupations;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const OccupationEntry &o = m_rows[row];
        const QStringList cells { o.name, o.nationalCode, GradeNames::display(o.highestGrade),
            QLocale().toString(o.workers) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, o.id);
            if (column == Workers)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (o.id == keep)
            m_table->selectRow(row);
    }
    showSelected();
}

qint64 OccupationsDialog::selectedId() const
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    return chosen.isEmpty() ? 0 : chosen.first()->data(Qt::UserRole).toLongLong();
}

bool OccupationsDialog::select(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->text() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void OccupationsDialog::showSelected()
{
    const qint64 id = selectedId();
    const auto found = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const OccupationEntry &o) { return o.id == id; });
    if (found != m_rows.cend()) {
        const QSignalBlocker names(m_name);
        const QSignalBlocker codes(m_code);
        const QSignalBlocker grades(m_highest);
        m_name->setText(found->name);
        m_code->setText(found->nationalCode);
        m_highest->setCurrentIndex(rankOf(found->highestGrade));
    }
    m_save->setText(id == 0 ? tr("&Add occupation") : tr("&Save"));
    check();
}

void OccupationsDialog::startNew()
{
    m_table->clearSelection();
    m_name->clear();
    m_code->clear();
    m_highest->setCurrentIndex(rankOf(Grade::ChiefTechnician));
    m_name->setFocus();
}

void OccupationsDialog::check()
{
    if (!mayEdit()) {
        guardByAct(m_save, m_by, Act::EditReferenceData, false);
        m_problem->hide();
        return;
    }
    const bool typed = !m_name->text().trimmed().isEmpty();
    QStringList problems;
    const auto found
        = OccupationStore(m_connection.db()).problems(selectedId(), m_name->text(), m_code->text());
    if (!found)
        problems += found.error().userMessage;
    else
        problems = *found;
    // An empty name is not yet wrong: Save is simply off until a name is typed.
    if (!typed)
        problems.removeAll(OccupationStore::tr("Give the occupation's name."));
    const qint64 id = selectedId();
    const auto stored = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const OccupationEntry &o) { return o.id == id; });
    const auto highest = gradeFromRank(m_highest->currentData().toInt());
    if (stored != m_rows.cend() && highest && *highest < stored->highestGrade) {
        const auto above = OccupationStore(m_connection.db()).workersAbove(id, *highest);
        if (above && *above > 0)
            problems += tr("%1 worker(s) already hold a grade above %2 in %3: the highest grade "
                           "cannot be set below theirs.")
                            .arg(QLocale().toString(*above), GradeNames::display(*highest),
                                stored->name);
    }
    m_save->setEnabled(typed && problems.isEmpty());
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
}

QString OccupationsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void OccupationsDialog::save()
{
    const auto highest = gradeFromRank(m_highest->currentData().toInt());
    if (!highest)
        return;
    OccupationStore occupations(m_connection.db());
    const qint64 id = selectedId();
    Status done = success();
    qint64 written = id;
    if (id != 0) {
        done = occupations.update(m_by, id, m_name->text(), *highest, m_code->text());
    } else {
        const auto added = occupations.add(m_by, m_name->text(), *highest, m_code->text());
        if (added)
            written = *added;
        else
            done = added.error();
    }
    if (!done) {
        m_problem->setText(done.error().userMessage);
        m_problem->show();
        return;
    }
    m_table->clearSelection();
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == written)
            m_table->selectRow(row);
    }
    Q_EMIT occupationsChanged();
}

} // namespace skl
