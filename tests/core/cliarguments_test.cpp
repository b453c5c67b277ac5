#include <QTextStream>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/auditlog.h"
#include "tests/support/catchqt.h"

using namespace Qt::StringLiterals;
using skl::CliArguments;

namespace {

// A CLI context writing into strings, as the program writes to stdout and stderr.
struct Console
{
    QString outText;
    QString errText;
    QTextStream out { &outText };
    QTextStream err { &errText };
    skl::CliContext cli { out, err };

    QString errors()
    {
        err.flush();
        return errText;
    }
};

} // namespace

TEST_CASE("An option given without its value is a usage error", "[cli][arguments]")
{
    Console console;
    CliArguments args({ u"targets-file"_s, u"--as-of"_s }, console.cli);
    CHECK(args.option(u"--as-of"_s).isEmpty());
    CHECK(args.hasErrors());
    CHECK(console.errors().contains(u"--as-of needs a value."_s));
    CHECK(console.errors().contains(u"Run skillladder-cli --help for the commands."_s));
    CHECK(args.rest() == QStringList { u"targets-file"_s });
    CHECK_FALSE(args.finish());
}

TEST_CASE("An option no command took is left over as a usage error", "[cli][arguments]")
{
    Console console;
    CliArguments args({ u"--json"_s, u"--frobnicate"_s, u"x"_s }, console.cli);
    CHECK(args.flag(u"--json"_s));
    CHECK_FALSE(args.hasErrors());
    CHECK_FALSE(args.noneLeft());
    CHECK(args.hasErrors());
    CHECK(console.errors().contains(u"Unexpected argument \"--frobnicate\"."_s));
}

TEST_CASE("Options and flags are taken out wherever they stand", "[cli][arguments]")
{
    Console console;
    CliArguments args(
        { u"add"_s, u"--name"_s, u"春季"_s, u"--json"_s, u"名单.csv"_s }, console.cli);
    CHECK(args.option(u"--name"_s) == u"春季"_s);
    CHECK(args.flag(u"--json"_s));
    CHECK_FALSE(args.flag(u"--csv"_s));
    CHECK(args.option(u"--round"_s).isEmpty());
    CHECK(args.rest() == QStringList { u"add"_s, u"名单.csv"_s });
    CHECK_FALSE(args.hasErrors());
    CHECK(console.errors().isEmpty());
}

TEST_CASE("A repeated flag counts once; a repeated option is left over", "[cli][arguments]")
{
    Console console;
    CliArguments flags({ u"--json"_s, u"--json"_s }, console.cli);
    CHECK(flags.flag(u"--json"_s));
    CHECK(flags.finish());
    CHECK(console.errors().isEmpty());

    CliArguments options({ u"--month"_s, u"2024-05"_s, u"--month"_s, u"2024-06"_s }, console.cli);
    CHECK(options.option(u"--month"_s) == u"2024-05"_s);
    CHECK_FALSE(options.finish());
    CHECK(console.errors().contains(u"Unexpected argument \"--month\"."_s));
}

TEST_CASE("Dates are required, default to today, or are a usage error", "[cli][arguments]")
{
    Console console;
    CliArguments absent({}, console.cli);
    CHECK(absent.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent) == QDate::currentDate());
    CHECK_FALSE(absent.hasErrors());
    CHECK_FALSE(absent.date(u"--date"_s, CliArguments::DateRule::Required));
    CHECK(absent.hasErrors());
    CHECK(console.errors().contains(u"--date YYYY-MM-DD is required."_s));

    CliArguments leapDay({ u"--as-of"_s, u"2024-02-29"_s }, console.cli);
    CHECK(leapDay.date(u"--as-of"_s, CliArguments::DateRule::Required) == QDate(2024, 2, 29));
    CHECK(leapDay.finish());

    CliArguments noDay({ u"--as-of"_s, u"2023-02-29"_s }, console.cli);
    CHECK_FALSE(noDay.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent));
    CHECK(noDay.hasErrors());
    CHECK(console.errors().contains(u"--as-of: \"2023-02-29\" is not a date; write YYYY-MM-DD."_s));
}

TEST_CASE("A record number is a whole number above zero", "[cli][arguments]")
{
    qint64 id = 0;
    CHECK(CliArguments::parseId(u"12"_s, id));
    CHECK(id == 12);
    CHECK_FALSE(CliArguments::parseId(u"0"_s, id));
    CHECK_FALSE(CliArguments::parseId(u"-3"_s, id));
    CHECK_FALSE(CliArguments::parseId(u"12a"_s, id));
    CHECK_FALSE(CliArguments::parseId(QString(), id));
}
