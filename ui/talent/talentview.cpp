#include "ui/talent/talentview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/printing/talentattestation.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/talent/talenttablemodel.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    Result<TalentPoolData> computeOnOwnConnection(
        const QString &path, const Officer &by, QDate asOf)
    {
        return withConnection(path, Connection::Mode::MustExist,
            [&by, asOf](QSqlDatabase &db) { return TalentPool::compute(db, by, asOf); });
    }

    // A combo box of "all" and then each distinct (id, name) of the pool, by name.
    void fillCombo(
        QComboBox *combo, const QString &all, const QList<std::pair<qint64, QString>> &items)
    {
        const QVariant kept = combo->currentData();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(all);
        QMap<QString, qint64> byName;
        for (const auto &[id, name] : items)
            if (id != 0)
                byName.insert(name, id);
        for (auto it = byName.constBegin(); it != byName.constEnd(); ++it)
            combo->addItem(it.key(), it.value());
        combo->setCurrentIndex(std::max(0, combo->findData(kept)));
        combo->blockSignals(false);
    }

} // namespace

TalentView::TalentView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export to Excel…"), this))
    , m_attest(new QPushButton(tr("Issue the staffing attestation…"), this))
    , m_site(new QComboBox(this))
    , m_workshop(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_occupation(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new TalentTableModel(this))
    , m_loader([](const Request &r) { return computeOnOwnConnection(r.path, r.officer, r.asOf); },
          [this](const Request &, Result<TalentPoolData> result) {
              m_refresh->setEnabled(true);
              if (!result) {
                  m_summary->setText(result.error().userMessage);
                  ErrorPresenter::show(this, tr("Talent pool"), result.error());
                  return;
              }
              display(std::move(*result));
              Q_EMIT refreshed();
          })
{
    HelpTopic::set(this, u"talent"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_attest->setObjectName(u"issueAttestation"_s);
    m_attest->setToolTip(tr("A signed-off PDF of the company's high-skilled staffing as of the "
                            "date, for bids, awards and qualification reviews."));
    m_grade->addItem(tr("All grades"));
    for (Grade grade : kGrades)
        m_grade->addItem(GradeNames::display(grade), rankOf(grade));
    m_reason->addItem(tr("All reasons"));
    for (TalentReason reason :
        { TalentReason::HighSkilled, TalentReason::Honour, TalentReason::Medal })
        m_reason->addItem(TalentPool::display(reason), int(reason));
    m_search->setPlaceholderText(tr("Name or employee No."));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(m_refresh);
    bar->addStretch();
    bar->addWidget(m_export);
    bar->addWidget(m_attest);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_site);
    filters->addWidget(m_workshop);
    filters->addWidget(m_occupation);
    filters->addWidget(m_grade);
    filters->addWidget(m_reason);
    filters->addWidget(m_search, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 2);
    top->addWidget(m_chart, 3);
    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TalentView::refresh);
    connect(m_asOf, &QDateEdit::editingFinished, this, &TalentView::refresh);
    connect(m_export, &QPushButton::clicked, this, &TalentView::exportPool);
    connect(m_attest, &QPushButton::clicked, this, &TalentView::attest);
    for (QComboBox *combo : { m_site, m_workshop, m_grade, m_reason, m_occupation })
        connect(combo, &QComboBox::currentIndexChanged, this, &TalentView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &TalentView::applyFilters);
    display({});
}

TalentView::~TalentView()
{
    m_asOf->disconnect(this);
}

void TalentView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_loader.discard();
    m_connection = connection;
    // Issuing is human resources' act (Act::IssueAttestation): the others never see the button.
    m_attest->setVisible(officer.may(Act::IssueAttestation));
    m_export->setEnabled(officer.may(Act::ExportRoster));
    display({});
    m_stale = true;
    if (isVisible())
        refresh();
}

void TalentView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

void TalentView::reload()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void TalentView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TalentView::refresh()
{
    m_stale = !isVisible();
    if (m_stale || !m_connection)
        return;
    m_refresh->setEnabled(false);
    m_summary->setText(
        tr("Reading the talent pool as of %1…").arg(m_asOf->date().toString(Qt::ISODate)));
    m_loader.load({ m_connection->path(), m_asOf->date(), m_officer });
}

void TalentView::display(TalentPoolData pool)
{
    m_pool = std::move(pool);
    fillFilters();
    applyFilters();
}

void TalentView::fillFilters()
{
    QList<std::pair<qint64, QString>> sites, workshops, occupations;
    for (const TalentWorker &w : m_pool.workers) {
        sites += { w.siteId, w.site };
        workshops
            += { w.workshopId, w.site.isEmpty() ? w.workshop : w.site + u" / "_s + w.workshop };
        occupations += { w.occupationId, w.occupation };
    }
    fillCombo(m_site, tr("All sites"), sites);
    fillCombo(m_workshop, tr("All workshops"), workshops);
    fillCombo(m_occupation, tr("All occupations"), occupations);
}

TalentFilter TalentView::currentFilter() const
{
    TalentFilter f;
    if (m_site->currentIndex() > 0)
        f.siteId = m_site->currentData().toLongLong();
    if (m_workshop->currentIndex() > 0)
        f.workshopId = m_workshop->currentData().toLongLong();
    if (m_occupation->currentIndex() > 0)
        f.occupationId = m_occupation->currentData().toLongLong();
    if (m_grade->currentIndex() > 0)
        f.grade = gradeFromRank(m_grade->currentData().toInt());
    if (m_reason->currentIndex() > 0)
        f.reason = TalentReason(m_reason->currentData().toInt());
    f.text = m_search->text();
    return f;
}

void TalentView::applyFilters()
{
    const QList<TalentWorker> shown = TalentPool::filtered(m_pool.workers, currentFilter());
    m_model->setWorkers(shown);
    m_table->resizeColumnsToContents();
    fillChart(shown);
    if (!m_connection) {
        m_summary->clear();
        return;
    }
    const auto count = [&](TalentReason reason) {
        return int(std::count_if(shown.cbegin(), shown.cend(),
            [reason](const TalentWorker &w) { return w.has(reason); }));
    };
    QString text = u"<p><b>"_s
        + tr("%n worker(s) in the talent pool as of %1", nullptr, int(m_pool.workers.size()))
              .arg(m_pool.asOf.toString(Qt::ISODate))
        + u"</b></p><p>"_s + tr("Shown: %n", nullptr, int(shown.size())) + u"<br>"_s
        + tr("High-skilled (高级工 or above): %1").arg(count(TalentReason::HighSkilled)) + u"<br>"_s
        + tr("Holding an honour of %1 level or above: %2")
              .arg(RecognitionNames::display(m_pool.minLevel))
              .arg(count(TalentReason::Honour))
        + u"<br>"_s
        + tr("Holding a competition medal of %1 level or above: %2")
              .arg(RecognitionNames::display(m_pool.minLevel))
              .arg(count(TalentReason::Medal))
        + u"</p><p><small>"_s
        + tr("A worker counts under every reason that applies. Only gold, silver and bronze are "
             "medals; the level is set in the policy (人才库入库级别).")
        + u"</small></p>"_s;
    m_summary->setText(text);
}

void TalentView::fillChart(const QList<TalentWorker> &workers)
{
    // The pool by grade: the high-skilled grades, and those who are in for an honour or a medal
    // below them.
    QStringList categories;
    QList<qint64> counts;
    for (int rank = rankOf(Grade::Senior); rank < kGradeCount; ++rank) {
        categories += GradeNames::display(Grade(rank));
        counts += 0;
    }
    categories += tr("Below 高级工");
    counts += 0;
    for (const TalentWorker &w : workers) {
        if (w.grade && isHighSkilled(*w.grade))
            ++counts[rankOf(*w.grade) - rankOf(Grade::Senior)];
        else
            ++counts.last();
    }
    auto *set = new QBarSet(tr("Workers"));
    qint64 highest = 0;
    for (qint64 n : counts) {
        *set << double(n);
        highest = std::max(highest, n);
    }
    set->setColor(QColor(0x2f, 0x6f, 0xb3));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("The talent pool by grade"));
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(4, highest + highest / 5 + 1)));
    y->applyNiceNumbers();
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void TalentView::exportPool()
{
    if (!m_connection)
        return;
    const QString path = SaveFileDialog::ask(this, tr("Export the talent pool"),
        tr("Talent pool %1").arg(m_pool.asOf.toString(Qt::ISODate)) + u".xlsx"_s,
        tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void TalentView::exportTo(const QString &path)
{
    runWithProgress<Status>(
        this, tr("Writing the talent pool…"),
        [database = m_connection->path(), by = m_officer, pool = m_pool, shown = m_model->workers(),
            path](ProgressSink &) {
            return withConnection(database, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return TalentPool::toXlsx(db, by, pool, shown, path); });
        },
        [this, path, rows = m_model->workers().size()](const std::optional<Status> &written) {
            if (!written)
                return;
            if (!written->ok())
                return ErrorPresenter::show(this, tr("Export the talent pool"), written->error());
            QMessageBox::information(this, tr("Export the talent pool"),
                tr("%n worker(s) written to %1.", nullptr, int(rows))
                    .arg(QDir::toNativeSeparators(path)));
        });
}

void TalentView::attest()
{
    if (!m_connection)
        return;
    const QDate asOf = m_asOf->date();
    const QString path = SaveFileDialog::ask(this, tr("Issue the staffing attestation"),
        tr("High-skilled staffing %1").arg(asOf.toString(Qt::ISODate)) + u".pdf"_s,
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        attestTo(path);
}

void TalentView::attestTo(const QString &path)
{
    runWithProgress<Result<AttestationContent>>(
        this, tr("Issuing the attestation of high-skilled staffing…"),
        [database = m_connection->path(), by = m_officer, asOf = m_asOf->date(), path](
            ProgressSink &progress) {
            return withConnection(database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return TalentAttestation::issue(db, by, asOf, path, progress);
            });
        },
        [this, path](const std::optional<Result<AttestationContent>> &issued) {
            if (!issued)
                return;
            if (!issued->ok())
                return ErrorPresenter::show(
                    this, tr("Issue the staffing attestation"), issued->error());
            Q_EMIT attestationIssued(issued->value().reference);
            QMessageBox::information(this, tr("Issue the staffing attestation"),
                tr("The attestation %1 as of %2 is written to %3. Print it, have it signed and "
                   "sealed.")
                    .arg(issued->value().reference, issued->value().asOf.toString(Qt::ISODate),
                        QDir::toNativeSeparators(path)));
        },
        AfterCancel::Deliver);
}

} // namespace skl
