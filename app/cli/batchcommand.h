#pragma once

#include <QStringList>
#include <QTextStream>

namespace al {

// `articlelens-cli batch`: a mapper for distributed engines (Hadoop Streaming, Spark's
// RDD.pipe, the Dask recipe in tools/). Reads article paths — as arguments, or one per line on
// stdin, plain or as JSON lines {"path": ..., "date": ...} — and writes one compact JSON
// analysis per line on stdout, in the order of the input, using every core. A file that cannot
// be read gives {"path": ..., "error": ...} on its line and the stream goes on; the exit code
// is 0 unless the input itself could not be read. Each analysis line also carries "checksum"
// (SHA-256 of the file), which `library add --from-jsonl` uses to skip unchanged files.
class BatchCommand
{
public:
    BatchCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace al
