#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/rowproblem.h"

class QWidget;

namespace skl {

// The refusals of an all-or-none write in a round (registrations, scores), one line each: a
// file's line as the import names it, a grid's row by the worker's number and name.
class RoundProblems
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundProblems)
public:
    static QString line(const RowProblem &problem);
    // A warning box headed by headline, the first lines shown and every line in its details.
    static void show(QWidget *parent, const QString &title, const QString &headline,
        const RowProblems &problems);
};

} // namespace skl
