#include "ui/rounds/roundresultstab.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/help/helptopic.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kRed(0xa8, 0x1d, 0x1d);
    const QColor kGreen(0x1e, 0x7b, 0x34);

    QString scoreText(const PartScore &part)
    {
        if (!part.score)
            return RoundResultsTab::tr("not scored");
        return part.carried ? RoundResultsTab::tr("%1 (kept)").arg(part.score->text())
                            : part.score->text();
    }

} // namespace

RoundResultsTab::RoundResultsTab(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_table(newReadOnlyTable(this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_filter->addItem(tr("All"), int(Filter::All));
    m_filter->addItem(tr("Passed"), int(Filter::Passed));
    m_filter->addItem(tr("Failed"), int(Filter::Failed));
    m_counts->setTextFormat(Qt::RichText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counts, 1);
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RoundResultsTab::fill);
}

void RoundResultsTab::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void RoundResultsTab::show(const RoundContext &context)
{
    m_context = context;
    const RoundRecord &r = context.round;
    m_counts->setText(tr("%1 candidates · %2 fully scored · <span style=\"color:#1e7b34\">%3 "
                         "passed</span> · <span style=\"color:#a81d1d\">%4 failed</span> · %5 "
                         "proposals awaiting a decision · %6 approved · %7 rejected")
                          .arg(r.candidates)
                          .arg(r.scored)
                          .arg(r.passed)
                          .arg(r.failed)
                          .arg(r.proposed)
                          .arg(r.approved)
                          .arg(r.rejected));
    fill();
}

void RoundResultsTab::fill()
{
    if (!m_context) {
        m_table->setRowCount(0);
        return;
    }
    QStringList header { tr("Employee No."), tr("Name"), tr("Workshop") };
    for (const AssessmentPart part : m_context->parts)
        header += AssessmentRules::display(part);
    header += { tr("Result"), tr("Parts failed"), tr("Proposal"), tr("Status") };
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);

    const auto filter = Filter(m_filter->currentData().toInt());
    QList<const RoundCandidate *> shown;
    for (const RoundCandidate &c : m_context->candidates) {
        if (filter == Filter::Passed && !c.outcome.passed)
            continue;
        // 未通过: scored in full and not passed; a candidate still being scored is neither.
        if (filter == Filter::Failed && (c.outcome.passed || !c.fullyScored))
            continue;
        shown += &c;
    }
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const RoundCandidate &c = *shown[row];
        QStringList cells { c.employeeNo, c.name, c.workshop };
        for (const AssessmentPart part : m_context->parts)
            cells += scoreText(c.parts[int(part)]);
        QStringList failed;
        for (const AssessmentPart part : c.outcome.failedParts)
            failed += AssessmentRules::display(part);
        const QString result = c.outcome.passed ? tr("Passed")
            : c.fullyScored                     ? tr("Failed")
                                                : tr("Being scored");
        cells += { result, c.fullyScored && !c.outcome.passed ? failed.join(tr(", ")) : QString(),
            c.proposalId != 0 ? tr("No. %1").arg(c.proposalId) : QString(),
            c.proposalStatus ? CertificationNames::display(*c.proposalStatus) : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        const int resultColumn = 3 + int(m_context->parts.size());
        if (c.outcome.passed)
            m_table->item(row, resultColumn)->setForeground(kGreen);
        else if (c.fullyScored)
            m_table->item(row, resultColumn)->setForeground(kRed);
    }
    m_table->resizeColumnsToContents();
}

} // namespace skl
