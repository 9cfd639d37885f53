#pragma once

#include <QStringList>
#include <QTextStream>

namespace al {

// `articlelens-cli export FILE --format json|csv|brat|timeml|graphml|ics -o OUT`: the corrected
// reading (the sidecar's corrections applied unless --no-corrections) in one of ExportFormats.
class CliExport
{
public:
    explicit CliExport(QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_err;
};

} // namespace al
