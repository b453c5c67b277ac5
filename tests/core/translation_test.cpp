#include <QFile>
#include <QXmlStreamReader>

#include "tests/support/catchqt.h"

// Simplified Chinese is the primary UI language: an entry lupdate added and nobody translated
// would show English on a Chinese screen.
TEST_CASE("Every Simplified Chinese translation entry is translated", "[translations]")
{
    QFile ts(QStringLiteral(SKL_SOURCE_DIR "/translations/skillladder_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList untranslated;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const bool unfinished = xml.attributes().value(QLatin1StringView("type"))
                == QLatin1StringView("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || text.trimmed().isEmpty())
                untranslated += source;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 300);
    CHECK(untranslated == QStringList {});
}
