#include "ui/roster/newworkerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/cellvalues.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/rostercolumns.h"
#include "core/importing/rosterrow.h"
#include "core/store/connection.h"
#include "core/store/workeredits.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QDateEdit *newDateEdit(QWidget *parent)
    {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setDate(QDate::currentDate());
        return edit;
    }

    void fillNames(QComboBox *box, const QStringList &names)
    {
        box->clear();
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItem(QString());
        box->addItems(names);
    }

} // namespace

NewWorkerDialog::NewWorkerDialog(Connection &connection, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
{
    HelpTopic::set(this, u"desk"_s);
    setWindowTitle(tr("Add a worker (new hire)"));
    m_employeeNo = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_gender = new QComboBox(this);
    m_gender->addItem(QString());
    m_gender->addItem(tr("Male"), u"男"_s);
    m_gender->addItem(tr("Female"), u"女"_s);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setPlaceholderText(tr("18 characters; the birth date is read from it"));
    m_birthDate = new QLineEdit(this);
    m_birthDate->setPlaceholderText(tr("YYYY-MM-DD, or empty to take it from the ID number"));
    m_hireDate = newDateEdit(this);
    m_site = new QComboBox(this);
    m_province = new QComboBox(this);
    m_province->addItem(QString());
    for (const Province &province : Province::all())
        m_province->addItem(province.shortName());
    m_province->setToolTip(tr("The province of a site not yet on record (its allowances and "
                              "targets follow it)."));
    m_workshop = new QComboBox(this);
    m_occupation = new QComboBox(this);
    m_grade = new QComboBox(this);
    m_grade->addItem(tr("No grade yet"));
    for (int rank = 0; rank < kGradeCount; ++rank)
        m_grade->addItem(
            GradeNames::display(*gradeFromRank(rank)), GradeNames::chinese(*gradeFromRank(rank)));
    m_gradeDate = newDateEdit(this);
    m_gradeDate->setToolTip(tr("The date the grade was obtained, as on its certificate."));
    m_frontline = new QCheckBox(tr("Frontline worker"), this);
    m_teamLeader = new QCheckBox(tr("Team leader"), this);
    m_teamLeader->setToolTip(tr("Opens a team-leader period from today, as an import does."));
    m_problemText = new QLabel(this);
    m_problemText->setObjectName(u"problems"_s);
    m_problemText->setStyleSheet(u"color: #c62828"_s);
    m_problemText->setWordWrap(true);

    WorkerStore workers(m_connection.db());
    if (const auto sites = workers.sites())
        m_sites = *sites;
    if (const auto workshops = workers.workshops())
        m_workshops = *workshops;
    QStringList siteNames;
    for (const NamedUnit &site : std::as_const(m_sites))
        siteNames += site.name;
    fillNames(m_site, siteNames);
    QStringList occupationNames;
    if (const auto occupations = workers.occupations())
        for (const NamedUnit &occupation : *occupations)
            occupationNames += occupation.name;
    fillNames(m_occupation, occupationNames);
    fillWorkshops();

    auto *form = new QFormLayout;
    form->addRow(tr("Employee no.:"), m_employeeNo);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("ID number:"), m_idNumber);
    form->addRow(tr("Birth date:"), m_birthDate);
    form->addRow(tr("Hire date:"), m_hireDate);
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_site, 2);
    siteRow->addWidget(new QLabel(tr("Province:"), this));
    siteRow->addWidget(m_province, 1);
    form->addRow(tr("Site:"), siteRow);
    form->addRow(tr("Workshop:"), m_workshop);
    form->addRow(tr("Occupation:"), m_occupation);
    auto *gradeRow = new QHBoxLayout;
    gradeRow->addWidget(m_grade, 1);
    gradeRow->addWidget(new QLabel(tr("obtained on"), this));
    gradeRow->addWidget(m_gradeDate);
    form->addRow(tr("Grade:"), gradeRow);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_frontline);
    flags->addWidget(m_teamLeader);
    flags->addStretch(1);
    form->addRow(QString(), flags);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto *note = new QLabel(tr("A worker who leaves is recorded with \"Record a leaving\"; "
                               "corrections later go through the profile."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid)"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemText);
    layout->addStretch(1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 520);

    for (QLineEdit *edit : { m_employeeNo, m_name, m_idNumber, m_birthDate })
        connect(edit, &QLineEdit::textChanged, this, &NewWorkerDialog::validate);
    for (QComboBox *box : { m_gender, m_province, m_workshop, m_occupation, m_grade })
        connect(box, &QComboBox::currentTextChanged, this, &NewWorkerDialog::validate);
    connect(m_site, &QComboBox::currentTextChanged, this, [this] {
        fillWorkshops();
        validate();
    });
    for (QDateEdit *edit : { m_hireDate, m_gradeDate })
        connect(edit, &QDateEdit::dateChanged, this, &NewWorkerDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NewWorkerDialog::fillWorkshops()
{
    // The workshops of the site chosen; a new site's workshops are new too.
    const QString keep = m_workshop->currentText();
    const QString site = m_site->currentText().trimmed();
    qint64 siteId = -1;
    for (const NamedUnit &unit : std::as_const(m_sites))
        if (unit.name == site)
            siteId = unit.id;
    QStringList names;
    for (const NamedUnit &unit : std::as_const(m_workshops))
        if (site.isEmpty() || unit.siteId == siteId)
            names += unit.name;
    names.removeDuplicates();
    const QSignalBlocker blocker(m_workshop);
    fillNames(m_workshop, names);
    m_workshop->setCurrentText(keep);
    // A known site has its province already; only a new one takes it here.
    m_province->setEnabled(!site.isEmpty() && siteId < 0);
    if (!m_province->isEnabled())
        m_province->setCurrentIndex(0);
}

QStringList NewWorkerDialog::formCells() const
{
    QStringList cells(kRosterFieldCount);
    cells[int(RosterField::EmployeeNo)] = m_employeeNo->text().trimmed();
    cells[int(RosterField::Name)] = m_name->text().trimmed();
    cells[int(RosterField::Gender)] = m_gender->currentData().toString();
    cells[int(RosterField::IdNumber)] = m_idNumber->text().trimmed();
    cells[int(RosterField::BirthDate)] = m_birthDate->text().trimmed();
    cells[int(RosterField::HireDate)] = CellValues::formatDate(m_hireDate->date());
    cells[int(RosterField::Site)] = m_site->currentText().trimmed();
    cells[int(RosterField::Province)] = m_province->currentText();
    cells[int(RosterField::Workshop)] = m_workshop->currentText().trimmed();
    cells[int(RosterField::Occupation)] = m_occupation->currentText().trimmed();
    if (m_grade->currentIndex() > 0) {
        cells[int(RosterField::Grade)] = m_grade->currentData().toString();
        cells[int(RosterField::GradeDate)] = CellValues::formatDate(m_gradeDate->date());
    }
    cells[int(RosterField::Frontline)] = CellValues::formatYesNo(m_frontline->isChecked());
    cells[int(RosterField::TeamLeader)] = CellValues::formatYesNo(m_teamLeader->isChecked());
    return cells;
}

void NewWorkerDialog::validate()
{
    m_gradeDate->setEnabled(m_grade->currentIndex() > 0);
    m_problems.clear();
    const WorkerRecord record = RosterRow::parseFields(formCells(), m_problems);
    // Two indexed lookups: cheap enough for every keystroke.
    if (const auto taken = WorkerEdits(m_connection.db()).checkNew(record))
        m_problems += *taken;
    if (m_grade->currentIndex() > 0 && m_gradeDate->date() > QDate::currentDate())
        m_problems += RowProblem { 0, RosterColumns::key(RosterField::GradeDate),
            tr("%1 is in the future.").arg(CellValues::formatDate(m_gradeDate->date())) };
    QStringList lines;
    for (const RowProblem &p : std::as_const(m_problems))
        lines += tr("%1: %2").arg(RosterColumns::labelForKey(p.field), p.reason);
    m_problemText->setText(lines.join(u'\n'));
    const bool may = m_officer.may(Act::EditRoster);
    m_save->setEnabled(m_problems.isEmpty() && may);
    m_save->setToolTip(may ? QString()
                           : tr("Adding a worker needs the role %1.")
                                 .arg(Permissions::rolesFor(Act::EditRoster).titles()));
}

bool NewWorkerDialog::save()
{
    validate();
    if (!m_problems.isEmpty())
        return false;
    RowProblems problems;
    const WorkerRecord record = RosterRow::parseFields(formCells(), problems);
    const auto added = WorkerEdits(m_connection.db()).add(m_officer, record);
    if (!added) {
        ErrorPresenter::show(this, tr("Add a worker"), added.error());
        return false;
    }
    if (!added->problems.isEmpty()) {
        m_problems = added->problems;
        QStringList lines;
        for (const RowProblem &p : std::as_const(m_problems))
            lines += tr("%1: %2").arg(RosterColumns::labelForKey(p.field), p.reason);
        m_problemText->setText(lines.join(u'\n'));
        m_save->setEnabled(false);
        return false;
    }
    m_addedId = added->workerId;
    Q_EMIT workerAdded(m_addedId);
    return true;
}

} // namespace skl
