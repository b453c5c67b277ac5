#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/store/allowancestore.h"

class QWidget;

namespace skl {

// The window's side of the small table imports (rates, roles, agreements, bands, pay, wages).
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::TableImport)
public:
    // Asks for a CSV or Excel file (the folder is remembered); empty when cancelled.
    static QString chooseFile(QWidget *parent);
    // Shows the outcome: the error, or every problem row (nothing was imported), or how many
    // rows were. True when rows were written.
    static bool showOutcome(QWidget *parent, const Result<AllowanceImport> &outcome);
};

} // namespace skl
