#include "ui/widgets/datefield.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A small calendar sheet drawn here: no icon theme exists on Windows, and the program ships
    // no image resources.
    QIcon calendarIcon(const QPalette &palette)
    {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor ink = palette.color(QPalette::Text);
        p.setPen(QPen(ink, 2));
        p.setBrush(palette.color(QPalette::Base));
        p.drawRoundedRect(QRectF(4, 6, 24, 22), 2, 2);
        p.fillRect(QRectF(4, 6, 24, 6), ink);
        p.drawLine(QPointF(10, 3), QPointF(10, 8));
        p.drawLine(QPointF(22, 3), QPointF(22, 8));
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 4; ++column)
                p.drawRect(QRectF(7 + column * 5, 15 + row * 4, 3, 2));
        return QIcon(pixmap);
    }

} // namespace

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
    , m_pick(addAction(calendarIcon(palette()), QLineEdit::TrailingPosition))
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    m_pick->setToolTip(tr("Choose the date on a calendar (Alt+Down)"));
    connect(m_pick, &QAction::triggered, this, &DateField::showCalendar);
}

QDate DateField::date() const
{
    return QDate::fromString(text().trimmed(), Qt::ISODate);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    // Alt+Down opens the calendar, as it does a combo box's list.
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    m_calendar = new QCalendarWidget(popup);
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    // The date typed, or for an empty field today's month with nothing chosen in it yet.
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(popup, &QObject::destroyed, this, [this] { m_calendar = nullptr; });
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    m_calendar->setFocus();
}

void DateField::pick(QDate date)
{
    const QString picked = date.toString(Qt::ISODate);
    if (m_calendar) {
        QWidget *popup = m_calendar->parentWidget();
        m_calendar = nullptr;
        popup->close();
    }
    if (picked == text())
        return;
    setText(picked);
    setFocus();
    Q_EMIT textEdited(picked);
    Q_EMIT editingFinished();
}

} // namespace skl
