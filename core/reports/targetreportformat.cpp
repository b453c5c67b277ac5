#include "core/reports/targetreportformat.h"

#include <algorithm>

#include <QJsonArray>
#include <QLocale>

#include "core/domain/figureformat.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QJsonValue json(std::optional<double> value)
    {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }

    QJsonValue json(std::optional<bool> value)
    {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    }

    void addFigures(QJsonObject &o, const UnitTargets &u)
    {
        o.insert(u"employees"_s, u.employees);
        o.insert(u"skilled"_s, u.skilled);
        o.insert(u"high_skilled"_s, u.highSkilled);
        o.insert(u"skilled_ratio"_s, json(u.skilledRatio()));
        o.insert(u"high_skilled_ratio"_s, json(u.highSkilledRatio()));
        o.insert(u"skilled_target"_s, u.skilledTarget.toDouble());
        o.insert(u"high_skilled_target"_s, u.highSkilledTarget.toDouble());
        o.insert(u"skilled_target_met"_s, json(u.skilledTargetMet()));
        o.insert(u"high_skilled_target_met"_s, json(u.highSkilledTargetMet()));
    }

    QJsonValue provinceName(const UnitTargets &u)
    {
        return u.province ? QJsonValue(u.province->shortName()) : QJsonValue(QJsonValue::Null);
    }

    // Display width: CJK characters take two terminal columns.
    int widthOf(const QString &text)
    {
        int width = 0;
        for (QChar c : text)
            width += c.unicode() >= 0x1100 ? 2 : 1;
        return width;
    }

    QString padded(const QString &text, int width, bool right)
    {
        const QString fill(std::max(0, width - widthOf(text)), u' ');
        return right ? fill + text : text + fill;
    }

} // namespace

QJsonObject TargetReportFormat::toJson(const TargetReport &report)
{
    QJsonObject company { { u"name"_s, report.company.name },
        { u"province"_s, provinceName(report.company) },
        { u"eastern"_s, report.company.isEastern() } };
    addFigures(company, report.company);
    QJsonArray sites;
    for (const UnitTargets &u : report.sites) {
        QJsonObject o { { u"name"_s, u.name }, { u"province"_s, provinceName(u) },
            { u"eastern"_s, u.isEastern() } };
        addFigures(o, u);
        sites.append(o);
    }
    QJsonArray workshops;
    for (const UnitTargets &u : report.workshops) {
        QJsonObject o { { u"site"_s, u.site.isEmpty() ? QJsonValue(QJsonValue::Null) : u.site },
            { u"name"_s, u.name }, { u"province"_s, provinceName(u) },
            { u"eastern"_s, u.isEastern() } };
        addFigures(o, u);
        workshops.append(o);
    }
    return { { u"as_of"_s, report.asOf.toString(Qt::ISODate) }, { u"company"_s, company },
        { u"sites"_s, sites }, { u"workshops"_s, workshops } };
}

QString TargetReportFormat::percent(std::optional<double> ratio)
{
    if (!ratio)
        return u"—"_s;
    return FigureFormat::percent(ratio);
}

QString TargetReportFormat::toText(const TargetReport &report)
{
    auto met = [](std::optional<bool> value) {
        if (!value)
            return u"—"_s;
        return *value ? tr("met") : tr("not met");
    };
    auto target = [](const Fraction &f) { return percent(f.toDouble()); };
    const QStringList header { tr("Unit"), tr("Employees"), tr("Skilled"), tr("High-skilled"),
        tr("Skilled %"), tr("Target"), tr("Result"), tr("High-skilled %"), tr("Target"),
        tr("Result") };
    QList<QStringList> rows;
    auto addRow = [&](const QString &label, const UnitTargets &u) {
        const QLocale locale;
        rows += QStringList { label, locale.toString(u.employees), locale.toString(u.skilled),
            locale.toString(u.highSkilled), percent(u.skilledRatio()), target(u.skilledTarget),
            met(u.skilledTargetMet()), percent(u.highSkilledRatio()), target(u.highSkilledTarget),
            met(u.highSkilledTargetMet()) };
    };
    addRow(report.company.name, report.company);
    for (const UnitTargets &u : report.sites)
        addRow(u"  "_s + u.name, u);
    for (const UnitTargets &u : report.workshops)
        addRow(u"  "_s + (u.site.isEmpty() ? u.name : u.site + u" / "_s + u.name), u);

    QList<int> widths;
    for (const QString &h : header)
        widths += widthOf(h);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], widthOf(row[i]));
    }
    auto line = [&](const QStringList &cells) {
        QStringList out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += padded(cells[i], widths[i], i > 0);
        QString text = out.join(u"  "_s);
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = tr("Workforce targets as of %1 (section 二 of the 2022 opinion)")
                       .arg(report.asOf.toString(Qt::ISODate))
        + u"\n\n"_s + line(header);
    for (const QStringList &row : std::as_const(rows))
        text += line(row);
    text += u'\n'
        + tr("Skilled %: skilled workers (初级工 and above) of employees in service. "
             "High-skilled %: high-skilled workers (高级工 and above) of skilled workers; "
             "the target is 35% for units in eastern provinces.")
        + u'\n';
    return text;
}

} // namespace skl
