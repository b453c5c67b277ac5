#pragma once

#include <QFrame>
#include <QString>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace skl {

// One item of the home page (工作台, issue 15): a title, a figure with what it counts, a line
// that may warn, the first rows of its list (or what an empty list means), and the links that
// open its list already filtered. The page fills it; a row or a link is a request the page
// passes on.
class WorkbenchCard : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Plain, Good, Warning, Alarm };

    explicit WorkbenchCard(const QString &title, QWidget *parent = nullptr);

    // The big figure and what it counts ("12", "promotions due within 30 days").
    void setFigure(const QString &figure, const QString &caption, Tone tone = Tone::Plain);
    // A sentence under the figure; a warning in amber, a break in red.
    void setNote(const QString &note, Tone tone = Tone::Plain);
    // The first rows of the list; empty says what that means instead (never a blank card).
    void setRows(const QStringList &rows, const QString &whenEmpty);
    // Replaces the links by these; returns them in order for the page to connect.
    QList<QPushButton *> setLinks(const QStringList &texts);

    QString figure() const;
    QString caption() const;
    QString note() const;
    QListWidget *rows() const { return m_rows; }
    QLabel *emptyLabel() const { return m_empty; }
    QList<QPushButton *> links() const { return m_links; }

Q_SIGNALS:
    void rowActivated(int row);

private:
    QLabel *m_figure;
    QLabel *m_caption;
    QLabel *m_note;
    QListWidget *m_rows;
    QLabel *m_empty;
    QHBoxLayout *m_linkBar;
    QList<QPushButton *> m_links;
};

} // namespace skl
