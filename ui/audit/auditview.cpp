#include "ui/audit/auditview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/exporting/audittrailexport.h"
#include "core/store/connection.h"
#include "core/store/exportlog.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // An import's thousands of change rows would drown the page: the first ones are shown, and
    // the row count says how many more there are (audit list on the command line shows all).
    constexpr int kChangesShown = 200;

    enum Column { Id, At, Actor, Action, Summary, Old, New, ColumnCount };

} // namespace

AuditView::AuditView(const QString &databasePath, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_officer(officer)
    , m_actor(new QLineEdit(this))
    , m_useSince(new QCheckBox(tr("From"), this))
    , m_since(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_useUntil(new QCheckBox(tr("To"), this))
    , m_until(new QDateEdit(QDate::currentDate(), this))
    , m_worker(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_apply(new QPushButton(tr("Show"), this))
    , m_more(new QPushButton(tr("Show older events"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_verify(new QPushButton(tr("Verify chain"), this))
    , m_status(new QLabel(this))
    , m_verifyResult(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_loader(
          [](const Request &r) -> Result<Page> {
              return withConnection(
                  r.path, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Result<Page> {
                      auto events = AuditTrailStore::page(db, r.officer, r.filter, r.beforeId,
                          AuditTrailStore::kPageSize, kChangesShown);
                      if (!events)
                          return events.error();
                      Page page { std::move(*events), {} };
                      if (r.beforeId == 0) {
                          auto actions = AuditTrailStore::actions(db, r.officer);
                          if (!actions)
                              return actions.error();
                          page.actions = std::move(*actions);
                      }
                      return page;
                  });
          },
          [this](const Request &request, Result<Page> page) { present(request, std::move(page)); })
{
    HelpTopic::set(this, u"audit"_s);
    setWindowTitle(tr("Audit trail"));
    //: filter of the audit trail: the officer's login name
    m_actor->setPlaceholderText(tr("any officer"));
    m_worker->setPlaceholderText(tr("employee number"));
    for (QDateEdit *date : { m_since, m_until }) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        date->setEnabled(false);
    }
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_action->addItem(tr("All kinds"), QString());

    auto *filters = new QFormLayout;
    filters->addRow(tr("Officer:"), m_actor);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useSince);
    dates->addWidget(m_since);
    dates->addWidget(m_useUntil);
    dates->addWidget(m_until);
    dates->addStretch();
    filters->addRow(tr("Dates:"), dates);
    filters->addRow(tr("Worker:"), m_worker);
    filters->addRow(tr("Kind:"), m_action);

    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("No."), tr("Time"), tr("Officer"), tr("Kind"),
        tr("Summary / change"), tr("Old value"), tr("New value") });
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setSectionResizeMode(Summary, QHeaderView::Stretch);
    // Room for a whole date and time, a login and the longest kinds ("certify-approve-batch").
    for (const auto &[column, width] : { std::pair { Id, 70 }, std::pair { At, 150 },
             std::pair { Actor, 110 }, std::pair { Action, 170 } })
        m_table->header()->resizeSection(column, width);
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_more);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_verify);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verifyResult);
    layout->addWidget(close);
    resize(1100, 700);

    connect(m_apply, &QPushButton::clicked, this, &AuditView::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_worker, &QLineEdit::returnPressed, this, &AuditView::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditView::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportShown);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifyChain);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_verifyWatcher, &QFutureWatcherBase::finished, this, &AuditView::showVerification);
    reload();
}

AuditView::~AuditView()
{
    m_verifyWatcher.waitForFinished();
}

void AuditView::setFilter(const AuditTrailFilter &filter)
{
    m_actor->setText(filter.actor);
    m_useSince->setChecked(filter.since.isValid());
    if (filter.since.isValid())
        m_since->setDate(filter.since);
    m_useUntil->setChecked(filter.until.isValid());
    if (filter.until.isValid())
        m_until->setDate(filter.until);
    m_worker->setText(filter.employeeNumber);
    int index = m_action->findData(filter.action);
    if (index < 0) {
        m_action->addItem(filter.action, filter.action);
        index = m_action->count() - 1;
    }
    m_action->setCurrentIndex(index);
    reload();
}

AuditTrailFilter AuditView::filter() const
{
    AuditTrailFilter filter;
    filter.actor = m_actor->text().trimmed();
    if (m_useSince->isChecked())
        filter.since = m_since->date();
    if (m_useUntil->isChecked())
        filter.until = m_until->date();
    filter.employeeNumber = m_worker->text().trimmed();
    filter.action = m_action->currentData().toString();
    return filter;
}

void AuditView::reload()
{
    m_events.clear();
    m_table->clear();
    m_atEnd = true;
    m_more->setEnabled(false);
    m_export->setEnabled(false);
    m_shownFilter = filter();
    m_status->setText(tr("Reading the audit trail…"));
    m_loader.load({ m_path, m_officer, m_shownFilter, 0 });
}

void AuditView::loadMore()
{
    if (m_atEnd || m_events.isEmpty() || m_loader.isBusy())
        return;
    m_more->setEnabled(false);
    m_status->setText(tr("Reading older events…"));
    m_loader.load({ m_path, m_officer, m_shownFilter, m_events.constLast().id });
}

void AuditView::present(const Request &request, Result<Page> page)
{
    if (!page) {
        m_status->setText(tr("The audit trail could not be read."));
        ErrorPresenter::show(this, tr("Audit trail"), page.error());
        Q_EMIT loaded();
        return;
    }
    if (request.beforeId == 0) {
        const QString chosen = m_action->currentData().toString();
        m_action->clear();
        m_action->addItem(tr("All kinds"), QString());
        for (const QString &action : std::as_const(page->actions))
            m_action->addItem(action, action);
        const int index = m_action->findData(chosen);
        m_action->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_atEnd = page->events.size() < AuditTrailStore::kPageSize;
    appendRows(page->events);
    m_events += page->events;
    m_more->setEnabled(!m_atEnd);
    m_export->setEnabled(!m_events.isEmpty());
    m_status->setText(m_events.isEmpty()
            ? tr("No audit event matches.")
            : tr("%n event(s) shown, newest first.", nullptr, int(m_events.size())));
    Q_EMIT loaded();
}

void AuditView::appendRows(const QList<AuditEventRow> &events)
{
    for (const AuditEventRow &event : events) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(Id, QString::number(event.id));
        row->setText(At, QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat));
        row->setText(Actor, event.actor);
        row->setText(Action, event.action);
        row->setText(Summary, event.summary);
        row->setToolTip(Summary, event.summary);
        for (const AuditChangeRow &change : event.changes) {
            auto *child = new QTreeWidgetItem(row);
            //: a change row of the audit trail: record, its number, field
            child->setText(
                Summary, tr("%1 %2: %3").arg(change.entity).arg(change.entityId).arg(change.field));
            child->setText(Old, change.oldValue);
            child->setText(New, change.newValue);
        }
        if (event.changeCount > event.changes.size()) {
            auto *more = new QTreeWidgetItem(row);
            more->setText(Summary,
                tr("… %n more change row(s): see \"audit list\" on the command line.", nullptr,
                    int(event.changeCount - event.changes.size())));
        }
    }
}

void AuditView::exportShown()
{
    if (m_events.isEmpty())
        return;
    QString chosenFilter = tr("Excel workbook (*.xlsx)");
    const QString path = SaveFileDialog::ask(this, tr("Export the audit trail"),
        tr("audit-trail-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx)") + u";;"_s + tr("CSV, UTF-8 (*.csv)"), &chosenFilter);
    if (path.isEmpty())
        return;
    const bool excel = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    // The rows are those on screen, at most a few pages: written here, as the allowance page
    // writes its run.
    Status done = excel ? AuditTrailExport::toXlsx(m_events, path)
                        : AuditTrailExport::toCsv(m_events, path);
    // Every file that leaves the program is in the audit log, the trail's own too (issue 13).
    if (done)
        done = withConnection(m_path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
            return ExportLog::record(
                db, m_officer, u"export-audit"_s, tr("the audit trail"), m_events.size(), path);
        });
    if (!done) {
        ErrorPresenter::show(this, tr("Export the audit trail"), done.error());
        return;
    }
    m_status->setText(tr("%n event(s) written to %1.", nullptr, int(m_events.size()))
                          .arg(QDir::toNativeSeparators(path)));
}

void AuditView::verifyChain()
{
    if (m_verifyWatcher.isRunning())
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Checking every event of the audit trail…"));
    m_verifyWatcher.setFuture(
        QtConcurrent::run([path = m_path, officer = m_officer]() -> Result<AuditVerification> {
            return withConnection(path, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return AuditChain::verify(db, officer); });
        }));
}

void AuditView::showVerification()
{
    m_verify->setEnabled(true);
    const Result<AuditVerification> outcome = m_verifyWatcher.result();
    if (!outcome) {
        m_verifyResult->clear();
        ErrorPresenter::show(this, tr("Verify chain"), outcome.error());
        return;
    }
    if (outcome->firstBreak) {
        m_verifyResult->setText(
            tr("The audit trail is broken. %1").arg(outcome->firstBreak->userMessage()));
        m_verifyResult->setStyleSheet(u"color: #b00020;"_s);
        Q_EMIT verified(false);
        return;
    }
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->setText(tr("The audit trail is whole: %n event(s) checked. Newest seal "
                               "(event %1): %2",
        nullptr, int(outcome->eventCount))
                                .arg(outcome->lastEventId)
                                .arg(outcome->lastHash));
    Q_EMIT verified(true);
}

QString AuditView::verifyText() const
{
    return m_verifyResult->text();
}

} // namespace skl
