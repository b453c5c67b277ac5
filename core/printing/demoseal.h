#pragma once

#include <QByteArray>
#include <QString>

namespace skl {

// The demo company's seal: a red ring with the company's name along its top, a star, and 示例
// ("sample") across it, so that no printed demo certificate passes for a real one. PNG bytes for
// CertificateStore::setSeal. Draws text: needs a QGuiApplication.
QByteArray demoSealPng(const QString &companyName, const QString &fontFamily);

} // namespace skl
