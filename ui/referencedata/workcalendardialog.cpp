#include "ui/referencedata/workcalendardialog.h"

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
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/workcalendarstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    using Kind = CalendarDay::Kind;

    bool shippedIn(int year)
    {
        const QList<CalendarDay> shipped = WorkCalendar::shipped();
        return std::any_of(shipped.cbegin(), shipped.cend(),
            [year](const CalendarDay &d) { return d.day.year() == year; });
    }

    bool shippedOn(QDate day)
    {
        const QList<CalendarDay> shipped = WorkCalendar::shipped();
        return std::any_of(
            shipped.cbegin(), shipped.cend(), [day](const CalendarDay &d) { return d.day == day; });
    }

} // namespace

WorkCalendarDialog::WorkCalendarDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_year(new QSpinBox(this))
    , m_state(new QLabel(this))
    , m_table(newReadOnlyTable(
          this, { tr("Date"), tr("Weekday"), tr("Day off or worked"), tr("Name"), tr("Source") }))
    , m_day(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_set(new QPushButton(tr("&Set this day"), this))
    , m_plain(new QPushButton(tr("&Give back to the plain week"), this))
{
    HelpTopic::set(this, u"workcalendar"_s);
    setWindowTitle(tr("Working-day calendar"));
    resize(760, 640);
    m_year->setRange(2000, 2099);
    m_year->setValue(QDate::currentDate().year());
    m_state->setWordWrap(true);
    m_kind->addItem(WorkCalendar::kindDisplay(Kind::Holiday), int(Kind::Holiday));
    m_kind->addItem(WorkCalendar::kindDisplay(Kind::Workday), int(Kind::Workday));
    m_name->setPlaceholderText(tr("e.g. National Day, or Spring Festival, working day"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_set->setToolTip(tr("Makes the day a public holiday or a working day; notice periods and "
                         "reporting deadlines count with it from now on."));
    m_plain->setToolTip(tr("The day counts as the plain week counts it again: Monday to Friday "
                           "worked, the weekend off. A shipped day is withdrawn."));

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(new QLabel(tr("Year"), this));
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Date"), m_day);
    form->addRow(tr("Day off or worked"), m_kind);
    form->addRow(tr("Name"), m_name);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_plain);
    buttons->addWidget(m_set);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(m_state);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &WorkCalendarDialog::showYear);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WorkCalendarDialog::showSelected);
    connect(m_day, &QLineEdit::textChanged, this, &WorkCalendarDialog::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorkCalendarDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &WorkCalendarDialog::check);
    connect(m_set, &QPushButton::clicked, this, &WorkCalendarDialog::setDay);
    connect(m_plain, &QPushButton::clicked, this, &WorkCalendarDialog::giveBack);
    for (QWidget *w : std::initializer_list<QWidget *> { m_day, m_kind, m_name })
        guardByAct(w, m_by, Act::SetPolicy, !m_connection.isReadOnly());
    reload();
}

void WorkCalendarDialog::reload()
{
    auto entries = WorkCalendarStore::entries(m_connection.db());
    if (!entries) {
        m_problem->setText(entries.error().userMessage);
        m_problem->show();
        return;
    }
    m_entries = *entries;
    m_calendar = WorkCalendar::withOverrides(m_entries);
    showYear(m_year->value());
}

void WorkCalendarDialog::showYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    if (m_calendar.knowsYear(year) && shippedIn(year))
        m_state->setText(tr("The State Council's public holidays and working weekends of %1 are "
                            "in the calendar; the rows marked \"Company\" are this company's "
                            "own entries over them.")
                             .arg(year));
    else if (m_calendar.knowsYear(year))
        m_state->setText(tr("No State Council notice of %1 was shipped: the calendar has only "
                            "this company's entries for it. Check them against the notice.")
                             .arg(year));
    else
        m_state->setText(tr("No State Council holiday schedule has been entered for %1 yet: "
                            "only weekends are counted.")
                             .arg(year));

    // The year's special days, and the shipped days the company gave back to the plain week
    // (shown, so that a withdrawn holiday is not mistaken for a forgotten one).
    m_rows = m_calendar.specialDays(year);
    for (const CalendarDay &entry : std::as_const(m_entries)) {
        if (entry.kind == Kind::Plain && entry.day.year() == year && shippedOn(entry.day))
            m_rows += entry;
    }
    std::sort(m_rows.begin(), m_rows.end(),
        [](const CalendarDay &a, const CalendarDay &b) { return a.day < b.day; });

    const QLocale locale;
    const QSignalBlocker blocker(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const CalendarDay &d = m_rows[row];
        const bool company = std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&d](const CalendarDay &e) { return e.day == d.day; });
        const QStringList cells { d.day.toString(Qt::ISODate),
            locale.dayName(d.day.dayOfWeek(), QLocale::ShortFormat),
            WorkCalendar::kindDisplay(d.kind), d.name,
            company ? tr("Company") : tr("State Council") };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, row);
            m_table->setItem(row, column, item);
        }
    }
    check();
}

void WorkCalendarDialog::showSelected()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return;
    const CalendarDay &d = m_rows.at(chosen.first()->data(Qt::UserRole).toInt());
    m_day->setText(d.day.toString(Qt::ISODate));
    if (d.kind != Kind::Plain)
        m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    m_name->setText(d.name);
    check();
}

std::optional<CalendarDay> WorkCalendarDialog::typed(QString &problem) const
{
    problem.clear();
    const QString text = m_day->text().trimmed();
    if (text.isEmpty())
        return std::nullopt; // not yet wrong: the buttons wait for a date
    const QDate day = m_day->date();
    if (!day.isValid()) {
        problem = tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(text);
        return std::nullopt;
    }
    return CalendarDay { day, CalendarDay::Kind(m_kind->currentData().toInt()),
        m_name->text().trimmed() };
}

void WorkCalendarDialog::check()
{
    const bool may = m_by.may(Act::SetPolicy) && !m_connection.isReadOnly();
    QString problem;
    const auto day = typed(problem);
    const CalendarDay current = day ? m_calendar.entryOn(day->day) : CalendarDay {};
    const bool changes = day && (current.kind != day->kind || current.name != day->name);
    guardByAct(m_set, m_by, Act::SetPolicy, may && changes);
    guardByAct(m_plain, m_by, Act::SetPolicy, may && day && current.kind != Kind::Plain);
    if (!may)
        problem.clear();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString WorkCalendarDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WorkCalendarDialog::save(const CalendarDay &day)
{
    if (auto done = WorkCalendarStore::set(m_connection.db(), { day }, m_by); !done) {
        ErrorPresenter::show(this, tr("Working-day calendar"), done.error());
        return;
    }
    reload();
    showYear(day.day.year());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].day == day.day)
            m_table->selectRow(row);
    }
    Q_EMIT calendarChanged();
}

void WorkCalendarDialog::setDay()
{
    QString problem;
    if (const auto day = typed(problem))
        save(*day);
    else
        check();
}

void WorkCalendarDialog::giveBack()
{
    QString problem;
    if (const auto day = typed(problem))
        save(CalendarDay { day->day, Kind::Plain, {} });
    else
        check();
}

} // namespace skl
