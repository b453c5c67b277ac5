#pragma once

#include <QDate>
#include <QLineEdit>

class QAction;
class QCalendarWidget;
class QKeyEvent;

namespace skl {

// A date typed as YYYY-MM-DD, or picked from a calendar (the button at its right end). Unlike a
// QDateEdit it may stay empty (a leave date while in service) and keeps what was typed, wrong or
// not, for the form's own checks to name. A picked date arrives as if typed: textEdited and
// editingFinished are emitted, so validation and undo see it like any edit.
class DateField : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // The date shown, or an invalid QDate when empty or not a date.
    QDate date() const;
    QAction *calendarAction() const { return m_pick; }
    // The calendar popup while it is open (for tests), else null.
    QCalendarWidget *openCalendar() const { return m_calendar; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showCalendar();
    void pick(QDate date);

    QAction *m_pick;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace skl
