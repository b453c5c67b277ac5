#include "ui/help/manual.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTextDocument>

// Outside any namespace, as Q_INIT_RESOURCE requires: the manual lives in skl_ui, a static
// library, whose resources the linker would otherwise leave out of the program.
static void initManualResource()
{
    Q_INIT_RESOURCE(manual);
}

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kRoot = u":/manual";
    constexpr int kExcerptBefore = 12;
    constexpr int kExcerptLength = 60;
    constexpr int kTitleWeight = 10;

    QString readPage(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    Manual::Page pageOf(const QString &topic, const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        QString title = document.metaInformation(QTextDocument::DocumentTitle);
        return { topic, title.isEmpty() ? topic : title, document.toPlainText().simplified() };
    }

    // The topics index.html links to, in its order.
    QStringList contentsOrder(const QString &indexHtml)
    {
        static const QRegularExpression link(uR"(href="([a-z0-9-]+)\.html")"_s);
        QStringList topics;
        for (const auto &match : link.globalMatch(indexHtml)) {
            if (!topics.contains(match.captured(1)))
                topics += match.captured(1);
        }
        return topics;
    }

    QString excerptAround(const QString &text, qsizetype at)
    {
        const qsizetype from = std::max<qsizetype>(0, at - kExcerptBefore);
        QString excerpt = text.mid(from, kExcerptLength);
        if (from > 0)
            excerpt.prepend(u'…');
        if (from + kExcerptLength < text.size())
            excerpt.append(u'…');
        return excerpt;
    }

} // namespace

Manual Manual::load()
{
    initManualResource();
    const QString contents = contentsTopic();
    QHash<QString, Page> byTopic;
    const QDir root(QString::fromUtf16(kRoot));
    const auto files = root.entryList({ u"*.html"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString topic = QFileInfo(file).completeBaseName();
        byTopic.insert(topic, pageOf(topic, readPage(root.filePath(file))));
    }
    Manual manual;
    QStringList order { contents };
    order += contentsOrder(readPage(root.filePath(contents + u".html"_s)));
    // A page the contents forget is still found, after the others (the tests name it).
    QStringList rest = byTopic.keys();
    std::sort(rest.begin(), rest.end());
    order += rest;
    for (const QString &topic : std::as_const(order)) {
        if (byTopic.contains(topic))
            manual.m_pages += byTopic.take(topic);
    }
    return manual;
}

bool Manual::hasTopic(const QString &topic) const
{
    return std::any_of(
        m_pages.cbegin(), m_pages.cend(), [&](const Page &page) { return page.topic == topic; });
}

QString Manual::titleOf(const QString &topic) const
{
    for (const Page &page : m_pages) {
        if (page.topic == topic)
            return page.title;
    }
    return {};
}

QUrl Manual::urlOf(const QString &topic)
{
    return QUrl(u"qrc"_s + QString::fromUtf16(kRoot) + u'/' + topic + u".html"_s);
}

QString Manual::topicOf(const QUrl &url)
{
    const QString prefix = QString::fromUtf16(kRoot).mid(1) + u'/'; // "/manual/"
    if (url.scheme() != u"qrc" || !url.path().startsWith(prefix) || !url.path().endsWith(u".html"))
        return {};
    return QFileInfo(url.path()).completeBaseName();
}

QList<Manual::Hit> Manual::search(const QString &words) const
{
    const QStringList terms = words.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    if (terms.isEmpty())
        return {};
    struct Scored
    {
        Hit hit;
        qsizetype score;
        qsizetype order;
    };
    QList<Scored> found;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const Page &page = m_pages[i];
        if (page.topic == contentsTopic())
            continue;
        qsizetype score = 0;
        bool every = true;
        for (const QString &term : terms) {
            const qsizetype inTitle = page.title.count(term, Qt::CaseInsensitive);
            const qsizetype inText = page.text.count(term, Qt::CaseInsensitive);
            every = every && inTitle + inText > 0;
            score += kTitleWeight * inTitle + inText;
        }
        if (!every)
            continue;
        const qsizetype at = page.text.indexOf(terms.constFirst(), 0, Qt::CaseInsensitive);
        found += Scored { { page.topic, page.title,
                              excerptAround(page.text, std::max<qsizetype>(0, at)) },
            score, i };
    }
    std::stable_sort(found.begin(), found.end(),
        [](const Scored &a, const Scored &b) { return a.score > b.score; });
    QList<Hit> hits;
    for (const Scored &scored : std::as_const(found))
        hits += scored.hit;
    return hits;
}

} // namespace skl
