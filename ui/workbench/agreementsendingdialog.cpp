#include "ui/workbench/agreementsendingdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/readonlytable.h"

namespace skl {

AgreementsEndingDialog::AgreementsEndingDialog(
    const QString &databasePath, const Officer &officer, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(tr("Reading the agreements…"), this))
    , m_table(newReadOnlyTable(this,
          { tr("Planned end"), tr("Status"), tr("Apprentice No."), tr("Apprentice"), tr("Mentor"),
              tr("Occupation"), tr("Start") }))
    , m_loader(
          [](const Request &r) {
              return withConnection(r.path, Connection::Mode::MustExist, [&r](QSqlDatabase &db) {
                  return Workbench::agreementsEnding(db, r.officer, r.today, kMostRows);
              });
          },
          [this](const Request &request, Result<AgreementsEnding> ending) {
              present(request, std::move(ending));
          })
{
    HelpTopic::set(this, QStringLiteral("agreements"));
    setWindowTitle(tr("Master-apprentice agreements ending"));
    m_summary->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("Double-click a row to open the apprentice's profile."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row < m_apprentices.size())
            Q_EMIT workerRequested(m_apprentices[row]);
    });
    m_loader.load({ databasePath, officer, today });
}

void AgreementsEndingDialog::present(const Request &request, Result<AgreementsEnding> ending)
{
    if (!ending) {
        m_summary->setText(ending.error().userMessage);
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        Q_EMIT loaded();
        return;
    }
    const AgreementCounts &counts = ending->counts;
    const qint64 total = counts.overdue + counts.soon + counts.later;
    QString summary = tr("%1 agreement(s) past their planned end or ending by %2: %3 overdue, "
                         "%4 by %5.")
                          .arg(QLocale().toString(total), ending->later.toString(Qt::ISODate),
                              QLocale().toString(counts.overdue), QLocale().toString(counts.soon),
                              ending->soon.toString(Qt::ISODate));
    if (total > ending->first.size())
        summary
            += u' ' + tr("The first %1 are listed.").arg(QLocale().toString(ending->first.size()));
    m_summary->setText(summary);
    m_table->setRowCount(int(ending->first.size()));
    m_apprentices.clear();
    for (int row = 0; row < ending->first.size(); ++row) {
        const EndingAgreement &a = ending->first[row];
        const QString status = a.plannedEnd < request.today ? tr("Overdue")
            : a.plannedEnd <= ending->soon ? tr("Within %1 days").arg(Workbench::kSoonDays)
                                           : tr("Within %1 days").arg(Workbench::kLaterDays);
        const QStringList cells { a.plannedEnd.toString(Qt::ISODate), status, a.apprenticeNo,
            a.apprenticeName, a.mentorName, a.occupation, a.start.toString(Qt::ISODate) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (a.plannedEnd < request.today)
            m_table->item(row, 1)->setForeground(QColor(0xb0, 0x00, 0x20));
        m_apprentices += a.apprenticeId;
    }
    m_table->resizeColumnsToContents();
    Q_EMIT loaded();
}

} // namespace skl
