#include "ui/rounds/roundscorestab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/importing/roundscoresimport.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/roundproblems.h"
#include "ui/rounds/roundscoredelegate.h"
#include "ui/rounds/roundscoremodel.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/tableimport.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundScoresTab::RoundScoresTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new RoundScoreModel(this))
    , m_view(new QTableView(this))
    , m_save(new QPushButton(tr("Save the scores"), this))
    , m_import(new QPushButton(tr("Import scores…"), this))
    , m_status(new QLabel(this))
{
    HelpTopic::set(this, u"rounds"_s);
    auto *delegate = new RoundScoreDelegate(m_view);
    m_view->setModel(m_model);
    m_view->setItemDelegate(delegate);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_status->setWordWrap(true);

    auto *examiners = new QHBoxLayout;
    for (const AssessmentPart part : kAssessmentParts) {
        m_examinerLabels[int(part)]
            = new QLabel(tr("Examiner of %1").arg(AssessmentRules::display(part)), this);
        m_examiners[int(part)] = new QComboBox(this);
        m_examiners[int(part)]->setMinimumContentsLength(10);
        examiners->addWidget(m_examinerLabels[int(part)]);
        examiners->addWidget(m_examiners[int(part)]);
    }
    examiners->addStretch();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_save);
    bar->addWidget(m_import);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(examiners);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &RoundScoresTab::save);
    connect(m_import, &QPushButton::clicked, this, &RoundScoresTab::chooseImport);
    connect(delegate, &RoundScoreDelegate::refused, this, &RoundScoresTab::showRefusal);
    connect(m_model, &RoundScoreModel::refused, this, &RoundScoresTab::showRefusal);
    connect(m_model, &RoundScoreModel::editsChanged, this, [this] {
        updateButtons();
        if (m_model->hasEdits()) {
            m_status->setStyleSheet(QString());
            m_status->setText(tr("%n score(s) typed and not saved yet (yellow).", nullptr,
                int(m_model->edits().size())));
        }
    });
}

void RoundScoresTab::show(const RoundContext &context)
{
    m_context = context;
    // A kept pass names the round it was earned in.
    QHash<qint64, QString> roundNames;
    for (const RoundCandidate &c : context.candidates) {
        for (const PartScore &p : c.parts) {
            if (!p.carried || roundNames.contains(p.carriedFromRound))
                continue;
            const auto earlier = AssessmentRoundStore::get(
                context.connection->db(), p.carriedFromRound, context.officer, context.today);
            if (earlier)
                roundNames.insert(p.carriedFromRound, earlier->name);
        }
    }
    m_model->setCandidates(
        context.candidates, context.parts, roundNames, context.officer.may(Act::ManageRounds));
    m_view->resizeColumnsToContents();
    // Room for "100.0" and a header, whatever the first rows hold.
    for (int column = RoundScoreModel::kFirstPart; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), 110));
    for (const AssessmentPart part : kAssessmentParts) {
        QComboBox *combo = m_examiners[int(part)];
        const bool needed = context.parts.contains(part);
        combo->setVisible(needed);
        m_examinerLabels[int(part)]->setVisible(needed);
        const QString kept = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("(the panel)"), QString());
        for (const RoundStaffMember &s : context.staffOf(part))
            combo->addItem(tr("%1 %2").arg(s.employeeNo, s.name), s.employeeNo);
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
    }
    m_status->setStyleSheet(QString());
    int scored = 0;
    for (const RoundCandidate &c : context.candidates)
        scored += c.fullyScored ? 1 : 0;
    m_status->setText(
        tr("%1 of %n candidate(s) fully scored.", nullptr, int(context.candidates.size()))
            .arg(scored));
    updateButtons();
}

void RoundScoresTab::updateButtons()
{
    const Officer officer = m_context ? m_context->officer : Officer {};
    guardByAct(m_save, officer, Act::ManageRounds, m_context && m_model->hasEdits());
    guardByAct(m_import, officer, Act::ManageRounds, m_context.has_value());
}

void RoundScoresTab::showRefusal(const QString &message)
{
    m_status->setStyleSheet(u"color: #a81d1d;"_s);
    m_status->setText(tr("Refused: %1").arg(message));
}

bool RoundScoresTab::save()
{
    if (!m_context || !m_model->hasEdits())
        return false;
    QList<ScoreEntry> entries;
    for (const RoundScoreModel::Edit &edit : m_model->edits()) {
        ScoreEntry entry;
        entry.employeeNo = m_model->candidateAt(edit.row).employeeNo;
        entry.part = edit.part;
        entry.score = edit.score;
        entry.examinerNo = m_examiners[int(edit.part)]->currentData().toString();
        entries += entry;
    }
    return apply(entries, tr("Save the scores"));
}

bool RoundScoresTab::apply(
    const QList<ScoreEntry> &entries, const QString &title, RowProblems problems)
{
    const auto applied = AssessmentRoundStore::enterScores(m_context->connection->db(),
        m_context->round.id, entries, m_context->officer, problems, m_context->today);
    if (!applied) {
        ErrorPresenter::show(this, title, applied.error());
        return false;
    }
    if (!problems.isEmpty()) {
        // A grid's problems name the worker; add the name the grid shows.
        for (RowProblem &p : problems) {
            for (const RoundCandidate &c : m_context->candidates) {
                if (p.name.isEmpty() && c.employeeNo == p.employeeNo)
                    p.name = c.name;
            }
        }
        RoundProblems::show(this, title,
            tr("%n score(s) refused; nothing was saved.", nullptr, int(problems.size())), problems);
        return false;
    }
    const QString done = tr("%n score(s) saved.", nullptr, applied->written);
    const QString proposals = applied->proposals.isEmpty() ? QString()
                                                           : u" "_s
            + tr("%n candidate(s) passed every part and were proposed for the grade.", nullptr,
                int(applied->proposals.size()));
    Q_EMIT written();
    m_status->setStyleSheet(u"color: #1e7b34;"_s);
    m_status->setText(done + proposals);
    return true;
}

void RoundScoresTab::chooseImport()
{
    const QString path = TableImport::chooseFile(this);
    if (!path.isEmpty())
        importFile(path);
}

void RoundScoresTab::importFile(const QString &path)
{
    if (!m_context)
        return;
    RowProblems problems;
    NullProgress progress; // a file of tens of lines
    const auto entries = RoundScoresImport::read(path, problems, progress);
    if (!entries) {
        ErrorPresenter::show(this, tr("Import scores"), entries.error());
        return;
    }
    // The file's bad cells and the store's refusals are listed together; nothing is written
    // while there is any.
    apply(*entries, tr("Import scores"), problems);
}

} // namespace skl
