#include "ui/referencedata/salarybandsdialog.h"

#include <algorithm>
#include <array>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/figureformat.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString trackName(PayTrack track)
    {
        return track == PayTrack::Grade ? SalaryBandsDialog::tr("Skill grade")
                                        : SalaryBandsDialog::tr("Professional title");
    }

    bool sameKey(const SalaryBandRecord &a, const SalaryBandRecord &b)
    {
        return a.track == b.track && a.level == b.level && a.effectiveFrom == b.effectiveFrom;
    }

} // namespace

SalaryBandsDialog::SalaryBandsDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_table(newReadOnlyTable(this,
          { tr("Track"), tr("Level"), tr("From"), tr("Minimum (yuan)"), tr("Midpoint (yuan)"),
              tr("Maximum (yuan)") }))
    , m_track(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_from(new DateField(this))
    , m_min(new QLineEdit(this))
    , m_mid(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add from this day"), this))
    , m_correct(new QPushButton(tr("&Correct this band"), this))
{
    HelpTopic::set(this, QStringLiteral("salarybands"));
    setWindowTitle(tr("Salary bands"));
    resize(820, 640);
    m_track->addItem(trackName(PayTrack::Grade), int(PayTrack::Grade));
    m_track->addItem(trackName(PayTrack::Title), int(PayTrack::Title));
    fillLevels();
    const QDate today = QDate::currentDate();
    m_from->setText(QDate(today.year(), today.month(), 1).toString(Qt::ISODate));
    for (QLineEdit *amount : { m_min, m_mid, m_max })
        amount->setPlaceholderText(tr("yuan a month, e.g. 6,500.00"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_add->setToolTip(tr("A new band from the day given; the bands before it stay as they were."));
    m_correct->setToolTip(tr("New amounts for the band of this level and day; the old amounts "
                             "are kept in its history."));

    auto *form = new QFormLayout;
    form->addRow(tr("Track"), m_track);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Applies from"), m_from);
    form->addRow(tr("Minimum"), m_min);
    form->addRow(tr("Midpoint"), m_mid);
    form->addRow(tr("Maximum"), m_max);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_correct);
    buttons->addWidget(m_add);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SalaryBandsDialog::showSelected);
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        fillLevels();
        check();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, &SalaryBandsDialog::check);
    connect(m_from, &QLineEdit::textChanged, this, &SalaryBandsDialog::check);
    for (QLineEdit *amount : { m_min, m_mid, m_max })
        connect(amount, &QLineEdit::textChanged, this, &SalaryBandsDialog::check);
    connect(m_add, &QPushButton::clicked, this, &SalaryBandsDialog::addBand);
    connect(m_correct, &QPushButton::clicked, this, &SalaryBandsDialog::correctBand);
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_track, m_level, m_from, m_min, m_mid, m_max })
        guardByAct(w, m_by, Act::EditSalaryBands, !m_connection.isReadOnly());
    reload();
}

void SalaryBandsDialog::fillLevels()
{
    const auto track = PayTrack(m_track->currentData().toInt());
    const QSignalBlocker blocker(m_level);
    const int keep = m_level->currentData().toInt();
    m_level->clear();
    if (track == PayTrack::Grade) {
        for (const Grade g : kGrades)
            m_level->addItem(SalaryBandStore::levelName(track, rankOf(g)), rankOf(g));
    } else {
        for (int level = 1; level <= 4; ++level)
            m_level->addItem(SalaryBandStore::levelName(track, level), level);
    }
    m_level->setCurrentIndex(std::max(0, m_level->findData(keep)));
}

void SalaryBandsDialog::reload()
{
    const auto bands = SalaryBandStore(m_connection.db()).bands(m_by);
    if (!bands) {
        m_problem->setText(bands.error().userMessage);
        m_problem->show();
        return;
    }
    m_rows = *bands;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const SalaryBandRecord &b = m_rows[row];
        const QStringList cells { trackName(b.track), SalaryBandStore::levelName(b.track, b.level),
            b.effectiveFrom.toString(Qt::ISODate), FigureFormat::amount(b.min),
            FigureFormat::amount(b.mid), FigureFormat::amount(b.max) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, row);
            if (column >= Min)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    check();
}

void SalaryBandsDialog::showSelected()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return;
    const SalaryBandRecord &b = m_rows.at(chosen.first()->data(Qt::UserRole).toInt());
    m_track->setCurrentIndex(m_track->findData(int(b.track)));
    m_level->setCurrentIndex(m_level->findData(b.level));
    m_from->setText(b.effectiveFrom.toString(Qt::ISODate));
    m_min->setText(b.min.toYuan(Fen::Grouping::Thousands));
    m_mid->setText(b.mid.toYuan(Fen::Grouping::Thousands));
    m_max->setText(b.max.toYuan(Fen::Grouping::Thousands));
    check();
}

std::optional<SalaryBandRecord> SalaryBandsDialog::typed(QString &problem) const
{
    SalaryBandRecord band;
    band.track = PayTrack(m_track->currentData().toInt());
    band.level = m_level->currentData().toInt();
    band.effectiveFrom = m_from->date();
    if (!band.effectiveFrom.isValid()) {
        problem = m_from->text().trimmed().isEmpty()
            ? QString()
            : tr("\"%1\" is not a date: write it as YYYY-MM-DD.").arg(m_from->text().trimmed());
        return std::nullopt;
    }
    const std::array<std::pair<QLineEdit *, QString>, 3> amounts { { { m_min, tr("minimum") },
        { m_mid, tr("midpoint") }, { m_max, tr("maximum") } } };
    std::array<Fen, 3> fen;
    for (size_t i = 0; i < amounts.size(); ++i) {
        const QString text = amounts[i].first->text().trimmed();
        if (text.isEmpty()) {
            problem.clear(); // not yet wrong: the buttons wait for every amount
            return std::nullopt;
        }
        const auto parsed = Fen::parseYuan(text);
        if (!parsed) {
            problem = tr("The %1 \"%2\" is not an amount in yuan with at most two decimals.")
                          .arg(amounts[i].second, text);
            return std::nullopt;
        }
        fen[i] = *parsed;
    }
    band.min = fen[0];
    band.mid = fen[1];
    band.max = fen[2];
    problem = SalaryBandStore::problem(band);
    if (!problem.isEmpty())
        return std::nullopt;
    return band;
}

bool SalaryBandsDialog::stored(const SalaryBandRecord &band) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
        [&band](const SalaryBandRecord &b) { return sameKey(b, band); });
}

void SalaryBandsDialog::check()
{
    const bool may = m_by.may(Act::EditSalaryBands) && !m_connection.isReadOnly();
    QString problem;
    const auto band = typed(problem);
    const bool exists = band && stored(*band);
    if (band && exists) {
        const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
        const bool editingThatBand = !chosen.isEmpty()
            && sameKey(m_rows.at(chosen.first()->data(Qt::UserRole).toInt()), *band);
        if (!editingThatBand)
            problem = tr("A band of %1 already applies from %2: choose another day to add a "
                         "band, or correct that one.")
                          .arg(SalaryBandStore::levelName(band->track, band->level),
                              band->effectiveFrom.toString(Qt::ISODate));
    }
    guardByAct(m_add, m_by, Act::EditSalaryBands, may && band && !exists);
    guardByAct(m_correct, m_by, Act::EditSalaryBands, may && band && exists);
    if (!may)
        problem.clear();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString SalaryBandsDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void SalaryBandsDialog::written(const Status &done, const SalaryBandRecord &band)
{
    if (!done) {
        m_problem->setText(done.error().userMessage);
        m_problem->show();
        return;
    }
    reload();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameKey(m_rows[row], band))
            m_table->selectRow(row);
    }
    Q_EMIT bandsChanged();
}

void SalaryBandsDialog::addBand()
{
    QString problem;
    const auto band = typed(problem);
    if (!band)
        return check();
    written(SalaryBandStore(m_connection.db()).add(m_by, *band), *band);
}

void SalaryBandsDialog::correctBand()
{
    QString problem;
    const auto band = typed(problem);
    if (!band)
        return check();
    written(SalaryBandStore(m_connection.db()).correct(m_by, *band), *band);
}

} // namespace skl
