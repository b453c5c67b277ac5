#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/certification.h"

namespace skl {

// An honour or a project an exceptional promotion (破格晋升) may rest on, described.
struct GroundBasis
{
    qint64 honourId = 0;
    qint64 projectId = 0;
    QString
        text; // "全国技术能手 (国家级, 2024-05-01, 人力资源社会保障部)" or the project's outcome
};

// The link of an exceptional proposal to what it rests on (issue 17, DOMAIN.md §3 way 4):
// ground award names an honour of the worker's own, provincial (省部级) or above, not withdrawn,
// awarded on or before the certification date; ground technical-problem names a project
// finished with an outcome by that date, the worker its lead or a member not withdrawn.
class RecognitionGrounds
{
    Q_DECLARE_TR_FUNCTIONS(skl::RecognitionGrounds)
public:
    // The basis when the link stands (an empty one when nothing is linked), or an Error naming
    // the rule it breaks.
    static Result<GroundBasis> check(QSqlDatabase &db, qint64 workerId, CertificationWay way,
        std::optional<ExceptionalGround> ground, qint64 honourId, qint64 projectId, QDate date);
    // What the worker may link for the ground on date, for a chooser: newest first.
    static Result<QList<GroundBasis>> eligible(
        QSqlDatabase &db, qint64 workerId, ExceptionalGround ground, QDate date);
};

} // namespace skl
