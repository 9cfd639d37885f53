#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace al {

// One file an exporter makes: where it goes and its bytes. Exporters only make files;
// ExportFormats checks where they go and writes them, so no exporter can write over the article.
struct ExportFile
{
    QString path;
    QByteArray bytes;
};

using ExportFiles = QVector<ExportFile>;

} // namespace al
