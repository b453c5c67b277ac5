#include "app/cli/fundcommands.h"

#include <QJsonObject>
#include <QJsonValue>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/educationfundstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonValue fenOrNull(const std::optional<Fen> &amount)
    {
        return amount ? QJsonValue(double(amount->fen())) : QJsonValue(QJsonValue::Null);
    }

    QString yuanOrNone(const std::optional<Fen> &amount)
    {
        return amount ? amount->toYuan(Fen::Grouping::Thousands) : FundCommands::tr("none");
    }

} // namespace

int FundCommands::fund(CliArguments &args)
{
    const QString yearText = args.option(u"--year"_s);
    const QString amount = args.option(u"--amount"_s);
    const QString note = args.option(u"--note"_s);
    const bool clear = args.flag(u"--clear"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (args.hasErrors())
        return BadUsage;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (!args.noneLeft())
        return BadUsage;
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (yearText.isEmpty() || !ok || !EducationFundStore::isYear(year))
        return m_cli.usageError(tr("--year YYYY is required (1900 to 9998)."));
    if (verb.isEmpty()) {
        if (!amount.isEmpty() || clear || !note.isEmpty())
            return m_cli.usageError(
                tr("--amount, --clear and --note belong to \"fund wage-bill\"."));
        return show(year, asJson);
    }
    if (verb != u"wage-bill")
        return m_cli.usageError(tr("Unknown fund command \"%1\".").arg(verb));
    if (asJson)
        return m_cli.usageError(tr("--json belongs to \"fund --year YYYY\"."));
    if (amount.isEmpty() == !clear)
        return m_cli.usageError(tr("fund wage-bill needs either --amount YUAN or --clear."));
    return wageBill(year, amount, clear, note);
}

int FundCommands::show(int year, bool asJson)
{
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto read = EducationFundStore::year(connection->db(), m_cli.officer(), year);
    if (!read)
        return m_cli.failure(read.error());
    const FundFigures &f = read->figures;
    if (asJson) {
        m_cli.printJson(QJsonObject {
            { u"year"_s, f.year },
            { u"wage_bill_fen"_s, fenOrNull(f.wageBill) },
            { u"cap_fen"_s, fenOrNull(f.cap) },
            { u"spent_fen"_s, double(f.spent.fen()) },
            { u"frontline_fen"_s, double(f.frontline.fen()) },
            { u"frontline_share"_s,
                f.frontlineShare ? QJsonValue(f.frontlineShare->toDouble())
                                 : QJsonValue(QJsonValue::Null) },
            { u"frontline_target"_s, f.frontlineTarget.toDouble() },
            { u"met"_s, f.met ? QJsonValue(*f.met) : QJsonValue(QJsonValue::Null) },
        });
        return Success;
    }
    const WageBill &bill = read->wageBill;
    QString source;
    switch (bill.source) {
    case WageBillSource::Entered:
        source = tr("entered by %1 on %2").arg(bill.enteredBy, bill.enteredAt.left(10));
        if (!bill.note.isEmpty())
            source += tr(" (%1)").arg(bill.note);
        break;
    case WageBillSource::PayRecords:
        source = tr("from the pay records");
        if (bill.workersWithoutPay > 0)
            source += tr("; %n of %1 worker(s) in service have no pay record", nullptr,
                int(bill.workersWithoutPay))
                          .arg(bill.workersInService);
        break;
    case WageBillSource::None:
        source = tr("neither pay records nor an entered figure");
        break;
    }
    QTextStream &out = m_cli.out();
    out << tr("Employee-education fund %1").arg(year) << '\n';
    out << tr("Wage bill:        %1 yuan (%2)").arg(yuanOrNone(f.wageBill), source) << '\n';
    out << tr("Deductible cap:   %1 yuan").arg(yuanOrNone(f.cap)) << '\n';
    out << tr("Spent:            %1 yuan").arg(f.spent.toYuan(Fen::Grouping::Thousands)) << '\n';
    out << tr("Frontline:        %1 yuan").arg(f.frontline.toYuan(Fen::Grouping::Thousands))
        << '\n';
    out << tr("Frontline share:  %1 (target %2): %3")
               .arg(f.frontlineShare ? EducationFund::percentText(*f.frontlineShare) : tr("none"),
                   EducationFund::percentText(f.frontlineTarget), EducationFund::verdictText(f.met))
        << '\n';
    return Success;
}

int FundCommands::wageBill(int year, const QString &amount, bool clear, const QString &note)
{
    std::optional<Fen> fen;
    if (!clear) {
        fen = Fen::parseYuan(amount);
        if (!fen || fen->isNegative())
            return m_cli.usageError(
                tr("--amount: \"%1\" is not an amount of yuan (at most two decimals).")
                    .arg(amount));
    }
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const Status done = clear
        ? EducationFundStore::clearWageBill(db, year, note, m_cli.officer())
        : EducationFundStore::enterWageBill(db, year, *fen, note, m_cli.officer());
    if (!done)
        return m_cli.failure(done.error());
    if (clear)
        m_cli.out() << tr("The entered wage bill of %1 is taken back: the pay records count again.")
                           .arg(year)
                    << '\n';
    else
        m_cli.out() << tr("The wage bill of %1 is %2 yuan, as entered.")
                           .arg(year)
                           .arg(fen->toYuan(Fen::Grouping::Thousands))
                    << '\n';
    return Success;
}

} // namespace skl
