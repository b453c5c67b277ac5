#pragma once

#include <QWidget>

#include "ui/help/manual.h"

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace skl {

// The user manual's window (帮助 ▸ 使用手册, F1; issue 15): a search field and the contents, or
// the pages found, beside the page shown. It stays open beside the window it explains.
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // The manual over widget's window, made there on first use, showing topic: from a modal
    // dialog the manual must be that dialog's own window, or the dialog would block it.
    static ManualWindow *openOver(QWidget *widget, const QString &topic);

    // Shows topic's page, or the contents for a topic without a page.
    void showTopic(const QString &topic);
    // The topic of the page shown.
    QString currentTopic() const { return m_topic; }
    // Lists the pages holding words, or the contents when words is empty.
    void search(const QString &words);
    const Manual &manual() const { return m_manual; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *pageList() const { return m_pages; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void listContents();
    void listHits(const QString &words, const QList<Manual::Hit> &hits);
    void pageShown(const QUrl &url);

    Manual m_manual;
    QString m_topic;
    QLineEdit *m_search;
    QListWidget *m_pages;
    QTextBrowser *m_browser;
};

} // namespace skl
