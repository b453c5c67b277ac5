#pragma once

#include <QString>

namespace skl {

// The kind of identity document (证件类型) a certificate prints beside its number
// (人社鉴发〔2021〕1号). The roster keeps one number per worker, not its kind: the number's own
// shape tells it. An 18-character number with a valid GB 11643 check character is a resident
// identity card, or, by its first digits, a residence permit of Hong Kong, Macao or Taiwan
// residents (81/82/83) or a foreigner's permanent residence card (9); a mainland travel permit
// has its letter and 8 digits (H/M) or 8 digits alone (Taiwan); anything else is a passport.
namespace IdDocuments {
    // In Chinese, as printed; empty for an empty number.
    QString typeOf(const QString &number);
} // namespace IdDocuments

} // namespace skl
