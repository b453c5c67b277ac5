#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QUuid>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/xlsxbuilder.h"

using skl::test::cliOn;
using skl::test::Run;
using skl::test::XlsxBuilder;

namespace {

// Every row of every table of the database file, read through a connection of its own: equal
// dumps mean the stored data is unchanged.
QString dump(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery list(db);
        REQUIRE(list.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (list.next())
            tables += list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
            out += table + u'\n';
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        REQUIRE(tables.size() > 5);
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString inl(const QString &ref, const QString &text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text);
}

// A workbook of one sheet "表" with the given rows of inline strings (row 1 the header), and
// then extraRowsXml as written.
QByteArray workbook(
    const QTemporaryDir &dir, const QList<QStringList> &rows, const QString &extraRowsXml = {})
{
    XlsxBuilder book;
    QString xml;
    for (int r = 0; r < rows.size(); ++r) {
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c)
            xml += inl(QChar(u'A' + c) + QString::number(r + 1), rows[r][c]);
        xml += QStringLiteral("</row>");
    }
    book.sheets = { { QStringLiteral("表"), xml + extraRowsXml } };
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    book.write(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The same workbook with 16 bytes flipped in the middle of the sheet's deflate stream.
QByteArray damaged(QByteArray bytes)
{
    const QByteArray name("xl/worksheets/sheet1.xml");
    auto le = [&bytes](qsizetype at, int size) {
        quint32 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = value << 8 | quint8(bytes[at + i]);
        return qsizetype(value);
    };
    const qsizetype local = bytes.indexOf(name) - 30;
    const qsizetype central = bytes.lastIndexOf(name) - 46;
    const qsizetype data = local + 30 + name.size() + le(local + 28, 2);
    const qsizetype middle = data + le(central + 20, 4) / 2;
    for (qsizetype i = middle; i < middle + 16; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    return bytes;
}

struct Case
{
    QString name;
    QByteArray bytes;
    QString named; // what the message must name: a line, a cell, or the file
};

QList<Case> malformedFiles(const QTemporaryDir &dir, const QString &header, const QString &goodRow,
    const QString &keyless, const QStringList &columns)
{
    const QByteArray head = header.toUtf8() + '\n';
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 37 + 11) % 256);
    QByteArray bigField = head + "E1,\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"\n";
    QStringEncoder gbk("GBK");
    QList<QStringList> manyRows { columns };
    for (int i = 0; i < 3000; ++i)
        manyRows += goodRow.split(u',');
    const QByteArray sound = workbook(dir, manyRows);
    return {
        { QStringLiteral("empty"), {}, QStringLiteral("line 1") },
        { QStringLiteral("BOM only"), "\xEF\xBB\xBF", QStringLiteral("line 1") },
        { QStringLiteral("binary garbage"), binary, QStringLiteral("line 1") },
        { QStringLiteral("NUL"),
            head
                + "S1\0"
                  "1,"
                + goodRow.section(u',', 1).toUtf8() + '\n',
            QStringLiteral("line 2") },
        { QStringLiteral("unterminated quote"), head + "S1,\"" + goodRow.toUtf8() + "\nS2\n",
            QStringLiteral("line 2") },
        { QStringLiteral("5 MB field"), bigField, QStringLiteral("line 2") },
        { QStringLiteral("no key column"), keyless.toUtf8(), QStringLiteral("line 1") },
        { QStringLiteral("mixed encodings"),
            head + (goodRow + QStringLiteral(",一车间车工高级")).toUtf8() + '\n'
                + QByteArray(gbk.encode(goodRow + QStringLiteral(",张三李四王五"))) + '\n',
            QStringLiteral("line 3") },
        { QStringLiteral("short row"), head + "S1\n", QStringLiteral("line 2") },
        { QStringLiteral("impossible date"),
            head
                + QString(goodRow)
                      .replace(QStringLiteral("2025-07-01"), QStringLiteral("2023-02-30"))
                      .replace(QStringLiteral("2020-01-01"), QStringLiteral("2023-02-30"))
                      .toUtf8()
                + '\n',
            QStringLiteral("line 2") },
        { QStringLiteral("truncated .xlsx"), sound.left(sound.size() / 2),
            QStringLiteral(".xlsx") },
        { QStringLiteral("damaged .xlsx"), damaged(sound), QStringLiteral("表!") },
        { QStringLiteral("hostile .xlsx"),
            workbook(dir, { columns },
                QStringLiteral("<row r=\"2\">")
                    + inl(QStringLiteral("ZZZZZZ2"), QStringLiteral("x"))
                    + QStringLiteral("</row>")),
            QStringLiteral("ZZZZZZ2") },
    };
}

void checkRefused(const QString &db, const QStringList &command, const QList<Case> &cases,
    const QTemporaryDir &dir)
{
    for (const Case &c : cases) {
        INFO(c.name.toStdString());
        const QString before = dump(db);
        const QString path = dir.filePath(QStringLiteral("bad")
            + (c.name.endsWith(QStringLiteral(".xlsx")) ? QStringLiteral(".xlsx")
                                                        : QStringLiteral(".csv")));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(c.bytes) == c.bytes.size());
        file.close();
        const Run run = cliOn(db, command + QStringList { path });
        INFO(run.err.toStdString());
        CHECK((run.exitCode == 1 || run.exitCode == 2));
        CHECK(run.err.contains(c.named));
        CHECK(dump(db) == before);
    }
}

} // namespace

TEST_CASE("Malformed files are refused by import workers and pay import, the data unchanged",
    "[cli][import][hostile]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("company.sqlite"));
    REQUIRE(cliOn(db,
                { QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("齐鲁"),
                    QStringLiteral("--province"), QStringLiteral("山东") })
                .exitCode
        == 0);
    const QString seed = dir.filePath(QStringLiteral("seed.csv"));
    {
        QFile file(seed);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("工号,姓名,入职日期,车间,职业(工种),技能等级,等级取得日期\n"
                   "S1,高一,2010-01-01,一车间,车工,高级工,2020-01-01\n"
                   "S2,高二,2010-01-01,一车间,车工,技师,2020-01-01\n");
    }
    REQUIRE(cliOn(db, { QStringLiteral("import"), QStringLiteral("workers"), seed }).exitCode == 0);

    const QString rosterHeader
        = QStringLiteral("工号,姓名,入职日期,身份证号,技能等级,等级取得日期");
    QList<Case> roster
        = malformedFiles(dir, rosterHeader, QStringLiteral("S1,高一,2020-01-01,,高级工,2020-01-01"),
            QStringLiteral("姓名,入职日期\n张三,2020-01-01\n"), rosterHeader.split(u','));
    roster += Case { QStringLiteral("scientific ID"),
        (rosterHeader + QStringLiteral("\nS9,张三,2020-01-01,1.23457E+17,,\n")).toUtf8(),
        QStringLiteral("line 2: id_number") };
    roster += Case { QStringLiteral("unknown grade"),
        (rosterHeader + QStringLiteral("\nS9,张三,2020-01-01,,超级工,2020-01-01\n")).toUtf8(),
        QStringLiteral("line 2: grade") };
    checkRefused(db, { QStringLiteral("import"), QStringLiteral("workers") }, roster, dir);

    const QString payHeader = QStringLiteral("employee_no,effective_from,mode,amount,title");
    const QList<Case> pay
        = malformedFiles(dir, payHeader, QStringLiteral("S1,2025-07-01,月薪,4600,"),
            QStringLiteral("effective_from,mode,amount\n2025-07-01,月薪,4600\n"),
            payHeader.split(u','));
    checkRefused(db, { QStringLiteral("pay"), QStringLiteral("import") }, pay, dir);
}
