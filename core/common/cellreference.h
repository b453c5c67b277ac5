#pragma once

#include <QString>

namespace skl {

// How spreadsheets name a column ("A" … "Z", "AA" …): written by the .xlsx writer and named in
// the reader's problems ("花名册!D17").
QString spreadsheetColumnName(int column); // 0-based

} // namespace skl
