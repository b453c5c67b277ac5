#include "ui/workbench/workbenchcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString colourOf(WorkbenchCard::Tone tone)
    {
        switch (tone) {
        case WorkbenchCard::Tone::Plain:
            return {};
        case WorkbenchCard::Tone::Good:
            return u"#1b7a3a"_s;
        case WorkbenchCard::Tone::Warning:
            return u"#b36b00"_s;
        case WorkbenchCard::Tone::Alarm:
            return u"#b00020"_s;
        }
        return {};
    }

    QString styleOf(WorkbenchCard::Tone tone, const QString &rest = {})
    {
        const QString colour = colourOf(tone);
        return (colour.isEmpty() ? QString() : u"color: %1;"_s.arg(colour)) + rest;
    }

} // namespace

WorkbenchCard::WorkbenchCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_figure(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_note(new QLabel(this))
    , m_rows(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_linkBar(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    QFont large = m_figure->font();
    large.setPointSizeF(large.pointSizeF() * 2.2);
    large.setBold(true);
    m_figure->setFont(large);
    m_caption->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    // A few rows to glance at, not a list to scroll: the link opens the whole list.
    m_rows->setFrameShape(QFrame::NoFrame);
    m_rows->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows->setTextElideMode(Qt::ElideRight);
    m_rows->setToolTip(tr("Double-click a row to open it."));

    auto *figureLine = new QHBoxLayout;
    figureLine->addWidget(m_figure);
    figureLine->addWidget(m_caption, 1);
    m_linkBar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(figureLine);
    layout->addWidget(m_note);
    layout->addWidget(m_rows);
    layout->addWidget(m_empty);
    layout->addStretch();
    layout->addLayout(m_linkBar);

    connect(m_rows, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT rowActivated(m_rows->row(item)); });
    setRows({}, {});
    setNote({});
}

void WorkbenchCard::setFigure(const QString &figure, const QString &caption, Tone tone)
{
    m_figure->setText(figure);
    m_figure->setStyleSheet(styleOf(tone));
    m_figure->setVisible(!figure.isEmpty());
    m_caption->setText(caption);
}

void WorkbenchCard::setNote(const QString &note, Tone tone)
{
    m_note->setText(note);
    m_note->setStyleSheet(styleOf(tone));
    m_note->setVisible(!note.isEmpty());
}

void WorkbenchCard::setRows(const QStringList &rows, const QString &whenEmpty)
{
    m_rows->clear();
    m_rows->addItems(rows);
    m_rows->setVisible(!rows.isEmpty());
    // As tall as its rows: the card shows them all without a scroll bar.
    const int rowHeight
        = m_rows->sizeHintForRow(0) > 0 ? m_rows->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_rows->setFixedHeight(int(rows.size()) * rowHeight + 2 * m_rows->frameWidth() + 2);
    m_empty->setText(whenEmpty);
    m_empty->setVisible(rows.isEmpty() && !whenEmpty.isEmpty());
}

QList<QPushButton *> WorkbenchCard::setLinks(const QStringList &texts)
{
    // Later: a link may be replaced while its own click is being handled.
    for (QPushButton *link : std::as_const(m_links)) {
        m_linkBar->removeWidget(link);
        link->hide();
        link->deleteLater();
    }
    m_links.clear();
    for (const QString &text : texts) {
        auto *link = new QPushButton(text, this);
        link->setCursor(Qt::PointingHandCursor);
        m_linkBar->addWidget(link);
        m_links += link;
    }
    return m_links;
}

QString WorkbenchCard::figure() const
{
    return m_figure->text();
}

QString WorkbenchCard::caption() const
{
    return m_caption->text();
}

QString WorkbenchCard::note() const
{
    return m_note->text();
}

} // namespace skl
