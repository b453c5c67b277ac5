#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace skl {

// The user manual (使用手册, issue 15): one HTML page per screen, written in Chinese for HR
// officers, under resources/manual and embedded as :/manual. A page's topic is its file's name
// ("roster" for roster.html), its title the page's <title>; the contents follow the links of
// index.html, in their order.
class Manual
{
public:
    struct Page
    {
        QString topic;
        QString title;
        QString text; // the words of the page, for searching
    };
    struct Hit
    {
        QString topic;
        QString title;
        QString excerpt; // the words around the first match
    };

    // Reads the embedded pages.
    static Manual load();

    // The pages in the order of the contents, the contents page itself first.
    const QList<Page> &pages() const { return m_pages; }
    bool hasTopic(const QString &topic) const;
    QString titleOf(const QString &topic) const;
    // qrc:/manual/TOPIC.html, from which a page's pictures and links resolve.
    static QUrl urlOf(const QString &topic);
    // The topic of a page's address; empty for an address outside the manual.
    static QString topicOf(const QUrl &url);
    // The contents page, index.html.
    static QString contentsTopic() { return QStringLiteral("index"); }

    // The pages holding every word of words, separated by spaces (Chinese is matched as typed,
    // without word breaks), the best first: a word in the title counts more than one in the
    // text. The contents page, which names every page, is left out.
    QList<Hit> search(const QString &words) const;

private:
    QList<Page> m_pages;
};

} // namespace skl
