#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace skl {

// A table of figures or messages to read, not edit: alternating rows, no row numbers, and the
// given column headers.
QTableWidget *newReadOnlyTable(QWidget *parent, const QStringList &headers = {});

} // namespace skl
