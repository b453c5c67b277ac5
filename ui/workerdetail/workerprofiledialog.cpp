#include "ui/workerdetail/workerprofiledialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/domain/cellvalues.h"
#include "core/domain/residentid.h"
#include "core/domain/rostercolumns.h"
#include "core/importing/rosterrow.h"
#include "core/store/auditlog.h"
#include "core/store/certificatestore.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/recognition/recognitionpanel.h"
#include "ui/training/trainingpanel.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/workerdetail/mentorshipspanel.h"
#include "ui/workerdetail/teamleaderperiodspanel.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // One edit of the form: the cells before and after, applied back on undo and redo.
    class FormEdit final : public QUndoCommand
    {
    public:
        FormEdit(
            QStringList before, QStringList after, std::function<void(const QStringList &)> apply)
            : QUndoCommand(WorkerProfileDialog::tr("Edit"))
            , m_before(std::move(before))
            , m_after(std::move(after))
            , m_apply(std::move(apply))
        { }
        void undo() override { m_apply(m_before); }
        void redo() override { m_apply(m_after); }

    private:
        QStringList m_before;
        QStringList m_after;
        std::function<void(const QStringList &)> m_apply;
    };

    // The form's cells checked by the import's own row rules (RosterRow).
    WorkerRecord parseForm(const QStringList &cells, RowProblems &problems)
    {
        QStringList header;
        for (RosterField field : RosterColumns::allFields())
            header += RosterColumns::key(field);
        QStringList ignored;
        static const std::optional<RosterColumns> columns
            = RosterColumns::fromHeader(header, ignored);
        return RosterRow(*columns).parse(cells, 0, problems);
    }

    QTableWidget *newTable(const QStringList &headers, QWidget *parent)
    {
        QTableWidget *table = newReadOnlyTable(parent, headers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->horizontalHeader()->setStretchLastSection(true);
        return table;
    }

    void setRow(QTableWidget *table, int row, const QStringList &cells)
    {
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }

    QString wayName(const QString &way)
    {
        if (way == u"import")
            return WorkerProfileDialog::tr("Roster import");
        return way;
    }

    QString actionName(const QString &action)
    {
        if (action == u"import")
            return WorkerProfileDialog::tr("Import");
        if (action == u"edit")
            return WorkerProfileDialog::tr("Profile edit");
        if (action == u"demo")
            return WorkerProfileDialog::tr("Demo data");
        if (action == u"add")
            return WorkerProfileDialog::tr("Added by hand");
        if (action == u"leave")
            return WorkerProfileDialog::tr("Leaving recorded");
        if (action == u"move")
            return WorkerProfileDialog::tr("Workshop or occupation changed");
        return action;
    }

    void fillCombo(QComboBox *box, const Result<QList<NamedUnit>> &units)
    {
        box->clear(); // a reload fills the lists again
        box->setEditable(true);
        box->addItem(QString());
        QStringList names;
        if (units) {
            for (const NamedUnit &unit : *units)
                names += unit.name;
        }
        names.removeDuplicates();
        box->addItems(names);
        box->setInsertPolicy(QComboBox::NoInsert);
    }

} // namespace

WorkerProfileDialog::WorkerProfileDialog(
    Connection &connection, const Officer &officer, qint64 workerId, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workerId(workerId)
    , m_tabs(new QTabWidget(this))
    , m_undo(new QUndoStack(this))
{
    HelpTopic::set(this, u"profile"_s);
    m_grades = newTable({ tr("Occupation"), tr("Grade"), tr("Effective from"), tr("How obtained"),
                            tr("Revoked"), tr("Recorded"), tr("By") },
        this);
    m_audit = newTable(
        { tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Before"), tr("After") }, this);
    m_tabs->addTab(buildBasicTab(), tr("Basic data"));
    m_tabs->addTab(m_grades, tr("Grade history"));
    m_tabs->addTab(m_audit, tr("Audit trail"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (!m_officer.may(Act::EditRoster))
        m_save->setToolTip(tr("Saving a worker needs the role %1.")
                               .arg(Permissions::rolesFor(Act::EditRoster).titles()));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(760, 560);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkerProfileDialog::reject);
    load();
    addAgreementTabs();
}

WorkerProfileDialog::~WorkerProfileDialog() = default;

QWidget *WorkerProfileDialog::buildBasicTab()
{
    auto *page = new QWidget(this);
    m_employeeNo = new QLabel(page);
    m_name = new QLineEdit(page);
    m_gender = new QComboBox(page);
    m_gender->addItem(QString());
    m_gender->addItem(tr("Male"), u"男"_s);
    m_gender->addItem(tr("Female"), u"女"_s);
    m_idNumber = new QLineEdit(page);
    m_revealId = new QPushButton(tr("Show the full ID number"), page);
    // Personal data by role (issue 13): hr and admin may see the number, each time audited.
    if (m_officer.may(Act::RevealIdNumber)) {
        m_revealId->setToolTip(tr("ID numbers are shown masked; showing the full number (to "
                                  "read or change it) is recorded in the audit trail."));
    } else {
        m_revealId->setEnabled(false);
        m_revealId->setToolTip(tr("Seeing full ID numbers needs the role %1.")
                                   .arg(Permissions::rolesFor(Act::RevealIdNumber).titles()));
    }
    m_birthDate = new DateField(page);
    m_hireDate = new DateField(page);
    m_leaveDate = new DateField(page);
    m_leaveDate->setObjectName(u"leaveDate"_s);
    m_leaveDate->setToolTip(tr("The first day no longer in service; empty while in service."));
    m_site = new QComboBox(page);
    m_workshop = new QComboBox(page);
    m_occupation = new QComboBox(page);
    m_frontline = new QCheckBox(tr("Frontline worker"), page);
    m_teamLeader = new QCheckBox(tr("Team leader"), page);
    m_problemText = new QLabel(page);
    m_problemText->setStyleSheet(u"color: #c62828"_s);
    m_problemText->setWordWrap(true);
    // Shown when someone else changed the worker after this profile was opened (issue #12 §2).
    m_conflict = new QWidget(page);
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setWordWrap(true);
    m_conflictText->setStyleSheet(u"color: #c62828"_s);
    m_reload = new QPushButton(tr("Reload"), m_conflict);
    m_reload->setToolTip(tr("Show the worker as now stored; your unsaved changes are discarded."));
    auto *conflictRow = new QHBoxLayout(m_conflict);
    conflictRow->setContentsMargins(0, 0, 0, 0);
    conflictRow->addWidget(m_conflictText, 1);
    conflictRow->addWidget(m_reload, 0, Qt::AlignTop);
    m_conflict->hide();
    connect(m_reload, &QPushButton::clicked, this, &WorkerProfileDialog::load);

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idNumber, 1);
    idRow->addWidget(m_revealId);

    auto *form = new QFormLayout;
    form->addRow(tr("Employee no.:"), m_employeeNo);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("ID number:"), idRow);
    form->addRow(tr("Birth date:"), m_birthDate);
    form->addRow(tr("Hire date:"), m_hireDate);
    form->addRow(tr("Leave date:"), m_leaveDate);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Workshop:"), m_workshop);
    form->addRow(tr("Occupation:"), m_occupation);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_frontline);
    flags->addWidget(m_teamLeader);
    flags->addStretch(1);
    form->addRow(QString(), flags);

    // The photo printed on certificates, beside the form.
    m_photo = new QLabel(page);
    m_photo->setFixedSize(105, 140);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    auto *choosePhoto = new QPushButton(tr("Photo…"), page);
    choosePhoto->setToolTip(
        tr("The photo printed on certificates (PNG or JPEG); stored with Save."));
    if (!m_officer.may(Act::EditRoster)) {
        choosePhoto->setEnabled(false);
        choosePhoto->setToolTip(tr("Changing the photo needs the role %1.")
                                    .arg(Permissions::rolesFor(Act::EditRoster).titles()));
    }
    connect(choosePhoto, &QPushButton::clicked, this, &WorkerProfileDialog::choosePhoto);
    auto *photoColumn = new QVBoxLayout;
    photoColumn->addWidget(m_photo);
    photoColumn->addWidget(choosePhoto);
    photoColumn->addStretch(1);
    auto *formAndPhoto = new QHBoxLayout;
    formAndPhoto->addLayout(form, 1);
    formAndPhoto->addLayout(photoColumn);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(formAndPhoto);
    layout->addWidget(m_problemText);
    layout->addWidget(m_conflict);
    layout->addStretch(1);

    for (QLineEdit *edit : std::initializer_list<QLineEdit *> {
             m_name, m_idNumber, m_birthDate, m_hireDate, m_leaveDate }) {
        connect(edit, &QLineEdit::textEdited, this, &WorkerProfileDialog::validate);
        connect(edit, &QLineEdit::editingFinished, this, &WorkerProfileDialog::fieldEdited);
    }
    for (QComboBox *box : { m_gender, m_site, m_workshop, m_occupation })
        connect(box, &QComboBox::currentTextChanged, this, &WorkerProfileDialog::fieldEdited);
    for (QCheckBox *box : { m_frontline, m_teamLeader })
        connect(box, &QCheckBox::toggled, this, &WorkerProfileDialog::fieldEdited);
    connect(m_revealId, &QPushButton::clicked, this, &WorkerProfileDialog::revealIdNumber);
    return page;
}

void WorkerProfileDialog::addAgreementTabs()
{
    // A profile the officer may not read (another workshop) shows no tabs of the worker's.
    if (!m_loaded)
        return;
    const QString label = m_read.record.employeeNo + u' ' + m_read.record.name;
    m_teamLeaderPeriods
        = new TeamLeaderPeriodsPanel(m_connection, m_officer, m_workerId, label, this);
    m_mentorships
        = new MentorshipsPanel(m_connection, m_officer, m_workerId, m_read.record.employeeNo, this);
    m_tabs->insertTab(1, m_teamLeaderPeriods, tr("Team-leader periods"));
    m_tabs->insertTab(2, m_mentorships, tr("Master-apprentice"));
    m_training = new TrainingPanel(m_connection, m_officer, m_read.record.employeeNo, this);
    m_tabs->insertTab(3, m_training, tr("Training archive"));
    // Honours, studios and projects (issue 17), before the audit trail.
    m_recognition
        = new RecognitionPanel(m_connection, m_officer, m_workerId, m_read.record.employeeNo, this);
    m_tabs->insertTab(m_tabs->indexOf(m_audit), m_recognition, tr("Honours"));
    // The roster's 班组长 column follows the periods: it reloads as after a save.
    connect(m_teamLeaderPeriods, &TeamLeaderPeriodsPanel::periodsChanged, this,
        &WorkerProfileDialog::workerSaved);
}

void WorkerProfileDialog::load()
{
    WorkerStore workers(m_connection.db());
    auto read = workers.snapshot(m_officer, m_workerId);
    if (!read) {
        ErrorPresenter::show(this, tr("Worker profile"), read.error());
        return;
    }
    m_read = std::move(*read);
    m_applying = true;
    fillCombo(m_site, workers.sites());
    fillCombo(m_workshop, workers.workshops());
    fillCombo(m_occupation, workers.occupations());
    m_applying = false;
    m_conflict->hide();
    m_newPhoto.clear(); // a reload discards what was not saved, a chosen photo too
    showRecord(m_read.record);
    fillHistory();
    if (const auto photo = CertificateStore::photo(m_connection.db(), m_workerId))
        showPhoto(*photo);
    m_loaded = true;
}

void WorkerProfileDialog::showRecord(const WorkerRecord &record)
{
    setWindowTitle(tr("%1 %2 — worker profile").arg(record.employeeNo, record.name));
    m_employeeNo->setText(record.employeeNo);
    // The store hands the number masked (DOMAIN.md §7); the field stays read-only until an
    // officer who may see it asks for the full number, which the form then edits.
    m_shownIdNumber = record.idNumber;
    m_idNumber->setReadOnly(!record.idNumber.isEmpty() || !m_officer.may(Act::EditRoster));
    m_revealId->setVisible(!record.idNumber.isEmpty());
    QStringList cells(kRosterFieldCount);
    cells[int(RosterField::EmployeeNo)] = record.employeeNo;
    cells[int(RosterField::Name)] = record.name;
    cells[int(RosterField::Gender)] = CellValues::formatGender(record.gender);
    cells[int(RosterField::IdNumber)] = m_idNumber->isReadOnly() ? QString() : record.idNumber;
    cells[int(RosterField::BirthDate)] = CellValues::formatDate(record.birthDate);
    cells[int(RosterField::HireDate)] = CellValues::formatDate(record.hireDate);
    cells[int(RosterField::LeaveDate)] = CellValues::formatDate(record.leaveDate);
    cells[int(RosterField::Site)] = record.site;
    cells[int(RosterField::Workshop)] = record.workshop;
    cells[int(RosterField::Occupation)] = record.occupation;
    cells[int(RosterField::Frontline)] = CellValues::formatYesNo(record.frontline);
    cells[int(RosterField::TeamLeader)] = CellValues::formatYesNo(record.teamLeader);
    applyCells(cells);
    m_lastCells = cells;
    m_savedCells = formCells(); // as the form shows it, which Cancel compares with
    m_newPhoto.clear();
    m_undo->clear();
    validate();
}

void WorkerProfileDialog::revealIdNumber()
{
    const auto full = WorkerStore(m_connection.db()).revealIdNumber(m_officer, m_workerId);
    if (!full) {
        ErrorPresenter::show(this, tr("Worker profile"), full.error());
        return;
    }
    // Save compares the form with what was read: now the full number.
    m_read.record.idNumber = *full;
    m_shownIdNumber = *full;
    m_revealId->hide();
    m_applying = true;
    m_idNumber->setReadOnly(!m_officer.may(Act::EditRoster));
    m_idNumber->setText(*full);
    m_applying = false;
    // The undo history held the number as hidden (empty): undoing across the reveal would clear
    // it, so the history starts again here.
    m_lastCells = formCells();
    // Revealing is no edit: Cancel after it has nothing to ask about the number.
    m_savedCells[int(RosterField::IdNumber)] = m_lastCells[int(RosterField::IdNumber)];
    m_undo->clear();
    validate();
    m_idNumber->setFocus();
}

QStringList WorkerProfileDialog::formCells() const
{
    QStringList cells(kRosterFieldCount);
    cells[int(RosterField::EmployeeNo)] = m_employeeNo->text();
    cells[int(RosterField::Name)] = m_name->text();
    cells[int(RosterField::Gender)] = m_gender->currentData().toString();
    // While read-only the stored number stands: the form gives none, and save() keeps it.
    cells[int(RosterField::IdNumber)] = m_idNumber->isReadOnly() ? QString() : m_idNumber->text();
    cells[int(RosterField::BirthDate)] = m_birthDate->text();
    cells[int(RosterField::HireDate)] = m_hireDate->text();
    cells[int(RosterField::LeaveDate)] = m_leaveDate->text();
    cells[int(RosterField::Site)] = m_site->currentText();
    cells[int(RosterField::Workshop)] = m_workshop->currentText();
    cells[int(RosterField::Occupation)] = m_occupation->currentText();
    cells[int(RosterField::Frontline)] = CellValues::formatYesNo(m_frontline->isChecked());
    cells[int(RosterField::TeamLeader)] = CellValues::formatYesNo(m_teamLeader->isChecked());
    return cells;
}

void WorkerProfileDialog::applyCells(const QStringList &cells)
{
    m_applying = true;
    m_name->setText(cells[int(RosterField::Name)]);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(cells[int(RosterField::Gender)])));
    const QString id = cells[int(RosterField::IdNumber)];
    if (m_idNumber->isReadOnly()) {
        m_idNumber->setText(m_shownIdNumber);
    } else {
        m_idNumber->setText(id);
    }
    m_birthDate->setText(cells[int(RosterField::BirthDate)]);
    m_hireDate->setText(cells[int(RosterField::HireDate)]);
    m_leaveDate->setText(cells[int(RosterField::LeaveDate)]);
    m_site->setCurrentText(cells[int(RosterField::Site)]);
    m_workshop->setCurrentText(cells[int(RosterField::Workshop)]);
    m_occupation->setCurrentText(cells[int(RosterField::Occupation)]);
    m_frontline->setChecked(cells[int(RosterField::Frontline)] == CellValues::formatYesNo(true));
    m_teamLeader->setChecked(cells[int(RosterField::TeamLeader)] == CellValues::formatYesNo(true));
    m_lastCells = cells;
    m_applying = false;
    validate();
}

bool WorkerProfileDialog::hasUnsavedChanges() const
{
    return m_loaded && (formCells() != m_savedCells || !m_newPhoto.isEmpty());
}

void WorkerProfileDialog::reject()
{
    // Cancel, Esc and the window's close button all come here: edits are not thrown away
    // without asking (issue 15).
    if (!hasUnsavedChanges() || !m_officer.may(Act::EditRoster)) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Worker profile"),
        tr("The changes to %1 %2 are not saved.").arg(m_employeeNo->text(), m_read.record.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setInformativeText(tr("Save them, discard them, or go back to the profile?"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.button(QMessageBox::Save)->setEnabled(m_save->isEnabled());
    switch (ask.exec()) {
    case QMessageBox::Save:
        if (save())
            accept();
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return;
    }
}

void WorkerProfileDialog::fieldEdited()
{
    if (m_applying)
        return;
    const QStringList cells = formCells();
    if (cells == m_lastCells)
        return;
    // The command's first redo() re-applies what the form already shows.
    m_undo->push(new FormEdit(m_lastCells, cells, [this](const QStringList &c) { applyCells(c); }));
}

void WorkerProfileDialog::validate()
{
    m_problems.clear();
    parseForm(formCells(), m_problems);
    showProblems();
    m_save->setEnabled(m_problems.isEmpty() && m_officer.may(Act::EditRoster));
}

void WorkerProfileDialog::showProblems()
{
    QStringList lines;
    for (const RowProblem &p : std::as_const(m_problems))
        lines += tr("%1: %2").arg(RosterColumns::labelForKey(p.field), p.reason);
    m_problemText->setText(lines.join(u'\n'));
}

bool WorkerProfileDialog::save()
{
    validate();
    if (!m_problems.isEmpty())
        return false;
    RowProblems problems;
    WorkerRecord record = parseForm(formCells(), problems);
    if (m_idNumber->isReadOnly())
        record.idNumber = m_read.record.idNumber; // unchanged: as read, masked or revealed
    const auto outcome = WorkerStore(m_connection.db()).save(m_officer, m_read, record);
    if (!outcome) {
        ErrorPresenter::show(this, tr("Save worker"), outcome.error());
        return false;
    }
    if (outcome->stale) {
        showConflict(outcome->changedSince);
        return false;
    }
    if (!outcome->problems.isEmpty()) {
        m_problems = outcome->problems;
        showProblems();
        return false;
    }
    if (!m_newPhoto.isEmpty()) {
        if (auto done
            = CertificateStore::setPhoto(m_connection.db(), m_workerId, m_newPhoto, m_officer);
            !done) {
            ErrorPresenter::show(this, tr("Save worker"), done.error());
            return false;
        }
        m_newPhoto.clear();
    }
    if (outcome->changed)
        Q_EMIT workerSaved(m_workerId);
    return true;
}

void WorkerProfileDialog::showConflict(const QList<AuditEntry> &changes)
{
    const QLocale locale;
    QStringList lines;
    lines += tr("Nothing was saved: this worker was changed after you opened the profile. Reload "
                "to see the stored data, then make your changes again.");
    // Oldest first, as they happened.
    for (auto change = changes.crbegin(); change != changes.crend(); ++change)
        lines += tr("%1 at %2: %3 changed from \"%4\" to \"%5\".")
                     .arg(change->actor,
                         locale.toString(change->at.toLocalTime(), QLocale::ShortFormat),
                         RosterColumns::labelForKey(change->field), change->oldValue,
                         change->newValue);
    if (changes.isEmpty())
        lines += tr("The change left no entry in the audit trail (a grade record, for example).");
    m_conflictText->setText(lines.join(u'\n'));
    m_conflict->show();
}

void WorkerProfileDialog::showPhoto(const QByteArray &image)
{
    const QPixmap pixmap = QPixmap::fromImage(QImage::fromData(image));
    if (pixmap.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
        return;
    }
    m_photo->setPixmap(
        pixmap.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void WorkerProfileDialog::choosePhoto()
{
    const QString path = SaveFileDialog::askOpen(
        this, tr("Choose a photo"), AppSettings::lastFolder(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ErrorPresenter::show(this, tr("Choose a photo"),
            Error {
                tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                {} });
        return;
    }
    const QImage image = QImage::fromData(file.readAll());
    if (image.isNull()) {
        ErrorPresenter::show(this, tr("Choose a photo"),
            Error {
                tr("%1 is not an image SkillLadder can read.").arg(QDir::toNativeSeparators(path)),
                {} });
        return;
    }
    // Stored as a JPEG of at most 480 pixels high: plenty for a 35 × 45 mm print.
    m_newPhoto.clear();
    QBuffer buffer(&m_newPhoto);
    buffer.open(QIODevice::WriteOnly);
    image.scaledToHeight(std::min(480, image.height()), Qt::SmoothTransformation)
        .save(&buffer, "JPEG", 90);
    showPhoto(m_newPhoto);
}

void WorkerProfileDialog::fillHistory()
{
    WorkerStore workers(m_connection.db());
    const QLocale locale;
    if (const auto grades = workers.gradeHistory(m_workerId)) {
        m_grades->setRowCount(int(grades->size()));
        for (int row = 0; row < grades->size(); ++row) {
            const GradeHistoryEntry &g = grades->at(row);
            setRow(m_grades, row,
                { g.occupation, GradeNames::display(g.grade), CellValues::formatDate(g.effective),
                    wayName(g.way), CellValues::formatDate(g.revoked),
                    locale.toString(g.recordedAt.toLocalTime(), QLocale::ShortFormat),
                    g.recordedBy });
        }
        m_grades->resizeColumnsToContents();
    }
    if (const auto trail = workers.auditTrail(m_workerId)) {
        m_audit->setRowCount(int(trail->size()));
        for (int row = 0; row < trail->size(); ++row) {
            const AuditEntry &e = trail->at(row);
            setRow(m_audit, row,
                { locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                    actionName(e.action),
                    e.field.isEmpty() ? tr("(created)") : RosterColumns::labelForKey(e.field),
                    e.oldValue, e.newValue });
        }
        m_audit->resizeColumnsToContents();
    }
}

} // namespace skl
