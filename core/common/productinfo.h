#pragma once

#include <QCoreApplication>
#include <QString>

namespace skl {

// What the About box and --version say about the program itself (issue 15): its version, taken
// from the project's version in CMake (SKL_VERSION), its owner and its licence. The owner is a
// constant here and nowhere else: no licence has been chosen, and the program is proprietary
// until one is.
class ProductInfo
{
    Q_DECLARE_TR_FUNCTIONS(skl::ProductInfo)
public:
    // "0.1.0": CMake's project(VERSION), the same for the window, the CLI and the tests.
    static QString version();
    // Who holds the copyright: the product's owner, written once.
    static QString owner();
    // "Proprietary software, all rights reserved." with the owner and the years.
    static QString licence();
};

} // namespace skl
