#include "ui/certification/policydialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/domain/recognition.h"
#include "core/domain/talentpolicy.h"
#include "core/domain/training.h"
#include "core/store/certificatestore.h"
#include "core/store/connection.h"
#include "core/store/policystore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString key(const char16_t *k)
    {
        return QString::fromUtf16(k);
    }

    const QList<CompetitionLevel> kLevels { CompetitionLevel::World, CompetitionLevel::National,
        CompetitionLevel::Provincial, CompetitionLevel::Municipal, CompetitionLevel::Industry,
        CompetitionLevel::Enterprise };
    const QList<Placing> kPlacings { Placing::Gold, Placing::Silver, Placing::Bronze,
        Placing::Excellence, Placing::Rank };

    QString competitionKey(CompetitionLevel level, Placing placing)
    {
        return key(PolicyKeys::kCompetitionPrefix) + CertificationNames::code(level) + u'.'
            + CertificationNames::code(placing);
    }

} // namespace

PolicyDialog::PolicyDialog(Connection &connection, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    HelpTopic::set(this, u"policy"_s);
    setWindowTitle(tr("Certification policy and certificates"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();
    m_tabs->addTab(policyPage(), tr("Certification policy"));
    m_tabs->addTab(certificatePage(), tr("Certificates"));
    m_tabs->addTab(assessmentPage(), tr("Assessment rounds"));
    m_tabs->addTab(fundPage(), tr("Education fund"));
    m_tabs->addTab(historyPage(), tr("History"));

    auto *from = new QFormLayout;
    from->addRow(tr("Changes hold from"), m_from);
    from->addRow(tr("Reason"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Only an admin changes the policy (issue 13); the others may read it. Core refuses anyway.
    if (!m_officer.may(Act::SetPolicy)) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        ok->setEnabled(false);
        ok->setToolTip(
            tr("Needs the role %1.").arg(Permissions::rolesFor(Act::SetPolicy).titles()));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(from);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_from, &QDateEdit::dateChanged, this, &PolicyDialog::load);
    connect(m_from, &QDateEdit::dateChanged, this, &PolicyDialog::updateReason);
    updateReason();
    load();
    resize(760, 620);
}

QWidget *PolicyDialog::policyPage()
{
    auto *page = new QWidget(this);
    auto *years = new QGroupBox(tr("Regular promotion: minimum years at a grade"), page);
    auto *yearsForm = new QFormLayout(years);
    for (int rank = 0; rank < kGradeCount - 1; ++rank) {
        auto *spin = new QSpinBox(years);
        spin->setRange(0, 30);
        spin->setSuffix(tr(" years"));
        m_editors.insert(key(PolicyKeys::kMinYearsPrefix) + QString::number(rank), spin);
        yearsForm->addRow(tr("%1 → %2").arg(GradeNames::display(Grade(rank)),
                              GradeNames::display(Grade(rank + 1))),
            spin);
    }
    auto *rules = new QGroupBox(tr("Approval and limits"), page);
    auto *rulesForm = new QFormLayout(rules);
    auto *approvers = new QLineEdit(rules);
    approvers->setPlaceholderText(tr("Empty: anyone but the proposer"));
    m_editors.insert(key(PolicyKeys::kApprovers), approvers);
    rulesForm->addRow(tr("Who may approve"), approvers);
    auto *direct = new QComboBox(rules);
    for (int rank = rankOf(Grade::Junior); rank < kGradeCount; ++rank)
        direct->addItem(GradeNames::display(Grade(rank)), QString::number(rank));
    m_editors.insert(key(PolicyKeys::kDirectMaxGrade), direct);
    rulesForm->addRow(tr("Direct certification up to"), direct);
    auto *rungs = new QSpinBox(rules);
    rungs->setRange(0, 7);
    m_editors.insert(key(PolicyKeys::kExceptionalMaxRungs), rungs);
    rulesForm->addRow(tr("Exceptional promotion: rungs at most"), rungs);
    // The talent pool (人才库, issue 17): honours and medals from this level on.
    auto *talentLevel = new QComboBox(rules);
    for (HonourLevel level : { HonourLevel::National, HonourLevel::Provincial,
             HonourLevel::Municipal, HonourLevel::Industry, HonourLevel::Enterprise })
        talentLevel->addItem(RecognitionNames::display(level), RecognitionNames::code(level));
    m_editors.insert(key(PolicyKeys::kTalentMinLevel), talentLevel);
    rulesForm->addRow(tr("Talent pool: honours and medals from"), talentLevel);

    auto *rewards = new QGroupBox(tr("Competition results: rungs of promotion"), page);
    auto *grid = new QGridLayout(rewards);
    for (int column = 0; column < kPlacings.size(); ++column)
        grid->addWidget(new QLabel(CertificationNames::display(kPlacings[column]), rewards), 0,
            column + 1, Qt::AlignCenter);
    for (int row = 0; row < kLevels.size(); ++row) {
        grid->addWidget(new QLabel(CertificationNames::display(kLevels[row]), rewards), row + 1, 0);
        for (int column = 0; column < kPlacings.size(); ++column) {
            auto *spin = new QSpinBox(rewards);
            spin->setRange(0, 7);
            m_editors.insert(competitionKey(kLevels[row], kPlacings[column]), spin);
            grid->addWidget(spin, row + 1, column + 1);
        }
    }
    auto *layout = new QGridLayout(page);
    layout->addWidget(years, 0, 0, 2, 1);
    layout->addWidget(rules, 0, 1);
    layout->addWidget(rewards, 1, 1);
    return page;
}

QWidget *PolicyDialog::certificatePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const std::pair<const char16_t *, QString> fields[] = {
        { PolicyKeys::kCertificateCategory, tr("Category (Y employer, S social body)") },
        { PolicyKeys::kCertificateBodyCode, tr("Evaluating body code (4 digits)") },
        { PolicyKeys::kCertificateSiteSerial, tr("Evaluation site serial (6 digits)") },
        { PolicyKeys::kCertificateVariantCategory,
            tr("Category of 特级技师 / 首席技师 (2 letters)") },
        { PolicyKeys::kCertificateSpecialCode, tr("Grade digit of 特级技师") },
        { PolicyKeys::kCertificateChiefCode, tr("Grade digit of 首席技师") },
        { PolicyKeys::kCertificateBodyName, tr("Evaluating body as printed (empty: the company)") },
    };
    for (const auto &[k, label] : fields) {
        auto *edit = new QLineEdit(page);
        m_editors.insert(key(k), edit);
        form->addRow(label, edit);
    }
    m_seal = new QLabel(page);
    m_seal->setFixedSize(120, 120);
    m_seal->setAlignment(Qt::AlignCenter);
    m_seal->setFrameShape(QFrame::StyledPanel);
    auto *chooseSeal = new QPushButton(tr("Choose the seal image…"), page);
    connect(chooseSeal, &QPushButton::clicked, this, &PolicyDialog::chooseSeal);
    auto *sealRow = new QHBoxLayout;
    sealRow->addWidget(m_seal);
    sealRow->addWidget(chooseSeal, 0, Qt::AlignBottom);
    sealRow->addStretch();
    form->addRow(tr("Company seal"), sealRow);
    m_font = new QFontComboBox(page);
    m_font->setCurrentFont(QFont(AppSettings::printFont()));
    m_font->setToolTip(tr("A TrueType Chinese font such as WenQuanYi Zen Hei or SimSun keeps the "
                          "PDF searchable."));
    form->addRow(tr("Print font (this computer)"), m_font);
    if (const auto seal = CertificateStore::seal(m_connection.db()); seal && !seal->isEmpty())
        m_seal->setPixmap(
            QPixmap::fromImage(QImage::fromData(*seal))
                .scaled(m_seal->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_seal->setText(tr("No seal"));
    return page;
}

// The settings of assessment rounds (issue 16): pass mark, parts, retakes, the notice and the
// report in working days, staffing, retention, and the alternative conditions of registration
// the policy ships with.
QWidget *PolicyDialog::assessmentPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto spin
        = [&](const char16_t *k, int from, int to, const QString &suffix, const QString &label) {
              auto *editor = new QSpinBox(page);
              editor->setRange(from, to);
              editor->setSuffix(suffix);
              m_editors.insert(key(k), editor);
              form->addRow(label, editor);
          };
    const auto grades = [&](const QString &k, int fromRank, bool none, const QString &label) {
        auto *combo = new QComboBox(page);
        if (none)
            combo->addItem(tr("Not admitted"), u"0"_s);
        for (int rank = fromRank; rank < kGradeCount; ++rank)
            combo->addItem(GradeNames::display(Grade(rank)), QString::number(rank));
        m_editors.insert(k, combo);
        form->addRow(label, combo);
    };
    auto *passMark = new QLineEdit(page);
    passMark->setPlaceholderText(tr("0–100, at most one decimal"));
    m_editors.insert(key(PolicyKeys::kAssessPassMark), passMark);
    form->addRow(tr("Pass mark of every part"), passMark);
    grades(key(PolicyKeys::kAssessReviewFrom), rankOf(Grade::Junior), false,
        tr("Comprehensive review from"));
    spin(PolicyKeys::kAssessKeepPassedMonths, 0, 120, tr(" months"),
        tr("A passed part counts in a retake for"));
    spin(PolicyKeys::kAssessNoticeDays, 0, 99, tr(" working days"), tr("Public notice"));
    spin(PolicyKeys::kAssessReportDays, 0, 99, tr(" working days"),
        tr("Report to the provincial system within"));
    spin(PolicyKeys::kAssessPerInvigilator, 1, 99, tr(" candidates"),
        tr("One invigilator of the theory exam per"));
    spin(
        PolicyKeys::kAssessPerExaminer, 1, 99, tr(" candidates"), tr("One practical examiner per"));
    spin(PolicyKeys::kAssessMinPanel, 1, 99, tr(" examiners"),
        tr("A practical or review panel: an odd number of at least"));
    spin(PolicyKeys::kArchivePaperYears, 0, 30, tr(" years"), tr("Keep the paper dossier"));
    spin(PolicyKeys::kArchiveElectronicYears, 0, 30, tr(" years"),
        tr("Keep the electronic dossier"));
    spin(kTrainingReminderDaysKey, 0, 366, tr(" days"),
        tr("Remind of training certificates expiring within"));
    const QString condition = key(PolicyKeys::kAssessConditionPrefix);
    grades(condition + u"tech-school"_s, rankOf(Grade::Junior), true,
        tr("A technical school's graduates register up to (tech-school)"));
    grades(condition + u"senior-tech-school"_s, rankOf(Grade::Junior), true,
        tr("A senior technical school's graduates register up to (senior-tech-school)"));
    return page;
}

// The employee-education fund (issue 17, section 十八): a year's figures use the values in force
// on its last day.
QWidget *PolicyDialog::fundPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *cap = new QLineEdit(page);
    cap->setPlaceholderText(tr("A percentage, e.g. 8 or 2.5"));
    m_editors.insert(key(PolicyKeys::kFundCapPercent), cap);
    form->addRow(tr("Deductible cap, percent of the wage bill"), cap);
    auto *target = new QLineEdit(page);
    target->setPlaceholderText(tr("A share such as 60%, 0.6 or 3/5"));
    m_editors.insert(key(PolicyKeys::kFundFrontlineTarget), target);
    form->addRow(tr("Share of the fund due to frontline workers, at least"), target);
    auto *note = new QLabel(tr("A year's figures use the values in force on 31 December of "
                               "that year."),
        page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *PolicyDialog::historyPage()
{
    auto *table = newReadOnlyTable(this, { tr("Setting"), tr("From"), tr("Value") });
    if (const auto history = PolicyStore::history(m_connection.db())) {
        table->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const PolicyEntry &e = (*history)[row];
            table->setItem(row, 0, new QTableWidgetItem(e.key));
            table->setItem(row, 1, new QTableWidgetItem(e.effectiveFrom.toString(Qt::ISODate)));
            table->setItem(row, 2, new QTableWidgetItem(e.value));
        }
        table->resizeColumnsToContents();
    }
    return table;
}

void PolicyDialog::load()
{
    const auto values = PolicyStore::valuesOn(m_connection.db(), m_from->date());
    if (!values)
        return;
    m_loaded = *values;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QString value = m_loaded.value(it.key());
        if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(value.toInt());
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
}

void PolicyDialog::updateReason()
{
    // A change takes effect today or later, unless a written reason says why it must not.
    const bool backdated = m_from->date() < QDate::currentDate();
    m_reason->setPlaceholderText(backdated
            ? tr("Required: why the change must hold from a day before today")
            : tr("Optional"));
}

void PolicyDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

QString PolicyDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString PolicyDialog::valueOf(const QString &k) const
{
    QWidget *editor = m_editors.value(k);
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        return QString::number(spin->value());
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

void PolicyDialog::chooseSeal()
{
    const QString path = SaveFileDialog::askOpen(
        this, tr("Choose the seal image"), {}, tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const QImage image(path);
    if (image.isNull()) {
        showProblem(tr("%1 is not an image SkillLadder can read.").arg(path));
        return;
    }
    QBuffer buffer(&m_newSeal);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_seal->setPixmap(QPixmap::fromImage(image).scaled(
        m_seal->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PolicyDialog::accept()
{
    QList<PolicyEntry> changed;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QString value = valueOf(it.key());
        // A competition reward never set reads as 0: leaving it at 0 is no change.
        const QString baseline = m_loaded.contains(it.key())
            ? m_loaded.value(it.key())
            : (qobject_cast<QSpinBox *>(it.value()) ? u"0"_s : QString());
        if (value != baseline)
            changed += { it.key(), value, m_from->date() };
    }
    std::sort(changed.begin(), changed.end(),
        [](const PolicyEntry &a, const PolicyEntry &b) { return a.key < b.key; });
    if (!changed.isEmpty() && m_from->date() < QDate::currentDate()
        && m_reason->text().trimmed().isEmpty()) {
        showProblem(tr("The changes would hold from %1, before today: say why in Reason, or "
                       "choose today or a later day.")
                        .arg(m_from->date().toString(Qt::ISODate)));
        m_reason->setFocus();
        return;
    }
    if (auto done = PolicyStore::set(m_connection.db(), changed, m_officer, m_reason->text());
        !done) {
        showProblem(done.error().userMessage);
        return;
    }
    if (!m_newSeal.isEmpty()) {
        if (auto done = CertificateStore::setSeal(m_connection.db(), m_newSeal, m_officer); !done) {
            showProblem(done.error().userMessage);
            return;
        }
    }
    AppSettings::setPrintFont(m_font->currentFont().family());
    QDialog::accept();
}

} // namespace skl
